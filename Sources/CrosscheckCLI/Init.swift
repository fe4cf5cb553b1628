import ArgumentParser
import Foundation
import Model
import Pipeline

/// `crosscheck init`: a commented `crosscheck.yml` proposing topics, measures and places from the articles.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a commented crosscheck.yml proposing topics, measures and places found in the articles.",
        discussion: "Reads the articles with the built-in defaults, then writes the topics the report would generate, each measure with the nouns the articles use for it, and the places they name. It never overwrites an existing file.")

    @Option(help: "Folder of articles (.txt, .md, .html).")
    var input = "seeds"

    @Option(help: "Configuration file to write.")
    var config = "crosscheck.yml"

    @Flag(help: "Print the proposal to stdout instead of writing the file.")
    var print = false

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let target = URL(fileURLWithPath: config, relativeTo: cwd).standardizedFileURL
        if !print, FileManager.default.fileExists(atPath: target.path) {
            report("error: \(config) already exists; crosscheck init never overwrites it (use --print to see a proposal).")
            throw ExitCode.failure
        }
        let analysis: Analysis
        do {
            var timer = StageTimer()
            analysis = try Pipeline.analyse(input: URL(fileURLWithPath: input, relativeTo: cwd).standardizedFileURL,
                                            config: ConfigLoader.defaults(), timer: &timer)
        } catch let error as PipelineError {
            report("error: \(error)")
            throw ExitCode.failure
        }
        let text = ConfigProposal(analysis: analysis, defaults: ConfigLoader.defaults()).yaml()
        if print {
            FileHandle.standardOutput.write(Data(text.utf8))
        } else {
            try Data(text.utf8).write(to: target, options: .withoutOverwriting)
            report("Wrote \(config): \(analysis.topics.count) topics, \(analysis.measures.count) measures from \(analysis.sources.count) sources. Edit it, then run crosscheck build.")
        }
    }
}

/// The text `init` writes: what the corpus holds, as configuration a user edits.
struct ConfigProposal {
    let analysis: Analysis
    let defaults: Config

    func yaml() -> String {
        var lines: [String] = [
            "# crosscheck.yml proposed by `crosscheck init` from \(analysis.sources.count) articles. Every key is optional:",
            "# delete what you do not want and the built-in default applies. See README.md, \"Configuration\".",
            "",
            "site:",
            "  title: \(quoted(title))",
            "  description: \"Every figure in the articles, checked against every other telling of it.\"",
            "  language: en",
            "",
            "# One page per topic, in this order. Rename a page, merge measures onto one page, or drop a topic.",
            "topics:",
        ]
        for topic in analysis.topics {
            lines.append("  - id: \(topic.id)")
            lines.append("    title: \(quoted(topic.title))")
            if !topic.summary.isEmpty { lines.append("    summary: \(quoted(topic.summary))") }
            if topic.kind == .timeline { lines.append("    kind: timeline") }
            else { lines.append("    measures: [\(topic.measures.joined(separator: ", "))]") }
        }
        lines += [
            "",
            "# Measures: what is counted. `terms` are the nouns the articles put after a figure; add synonyms to",
            "# merge them (\"dockers\" under workers). `cues` are words right before a figure (\"killed 22\").",
            "measures:",
        ]
        let terms = termsByMeasure()
        let used = Set(analysis.claims.compactMap(\.measure))
        for measure in analysis.measures where used.contains(measure.id) || defaults.measure(measure.id) != nil {
            let nouns = Array(Set(measure.terms + (terms[measure.id] ?? []))).sorted()
            let count = analysis.claims.filter { $0.measure == measure.id }.count
            lines.append("  - id: \(measure.id)  # \(count) \(count == 1 ? "figure" : "figures")")
            lines.append("    label: \(quoted(measure.label))")
            lines.append("    unit: \(measure.unit)")
            if !nouns.isEmpty { lines.append("    terms: [\(nouns.map(quoted).joined(separator: ", "))]") }
            if !measure.cues.isEmpty { lines.append("    cues: [\(measure.cues.map(quoted).joined(separator: ", "))]") }
            if measure.catchAll { lines.append("    catchAll: true") }
        }
        let named = Set(analysis.claims.flatMap(\.scope))
        lines += [
            "",
            "# Places the articles name (from the built-in gazetteer). Add the story's own towns and regions here,",
            "# with their other spellings as aliases; `places:` replaces the built-in list, so keep what you need.",
            "places:",
        ]
        for place in defaults.places where named.contains(place.name) {
            let aliases = place.aliases.isEmpty ? "" : ", aliases: [\(place.aliases.map(quoted).joined(separator: ", "))]"
            lines.append("  - {name: \(quoted(place.name))\(aliases)}")
        }
        if named.isEmpty { lines.append("  []  # none found: the built-in gazetteer applies when this key is removed") }
        return lines.joined(separator: "\n") + "\n"
    }

    private var title: String {
        let titles = analysis.sources.compactMap(\.metadata.title)
        return titles.isEmpty ? "Crosscheck report" : "Fact-check: " + titles[0]
    }

    /// The counted nouns the articles use for each measure, as written.
    private func termsByMeasure() -> [String: [String]] {
        var result: [String: Set<String>] = [:]
        for claim in analysis.claims {
            guard let m = claim.measure, !claim.term.isEmpty, claim.term.count < 40 else { continue }
            result[m, default: []].insert(claim.term.lowercased())
        }
        return result.mapValues { Array($0).sorted() }
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
