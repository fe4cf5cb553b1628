import ArgumentParser
import Foundation
import Model
import Pipeline

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate inputs, config, templates and every internal link and anchor, without writing.",
        discussion: "Lists every finding on stderr; exits non-zero when any is an error.")

    @OptionGroup var project: ProjectOptions

    func run() throws {
        let options = BuildOptions(input: project.url(project.input), output: project.url(project.output),
                                   templates: project.url(project.templates), config: project.url(project.config),
                                   baseURL: project.baseURL)
        var timer = StageTimer()
        let site: Pipeline.Site
        do {
            site = try Pipeline.site(options, timer: &timer)
        } catch let error as PipelineError {
            report("error: \(error)")
            throw ExitCode.failure
        }
        let notices = site.analysis.notices + site.analysis.sources.flatMap(\.notices)
        for notice in notices { report(notice.formatted) }
        let broken = LinkChecker.broken(in: site.files, base: SiteBase.normalised(project.baseURL))
        for link in broken { report("error: \(link)") }
        let errors = notices.filter { $0.severity == .error }.count + broken.count
        let warnings = notices.filter { $0.severity == .warning }.count
        report("Checked \(site.analysis.sources.count) sources, \(site.files.count) files: \(errors) errors, \(warnings) warnings.")
        if errors > 0 { throw ExitCode.failure }
    }
}

enum SiteBase {
    static func normalised(_ base: String?) -> String? {
        guard let base, !base.isEmpty else { return nil }
        return (base.hasPrefix("/") ? "" : "/") + base + (base.hasSuffix("/") ? "" : "/")
    }
}
