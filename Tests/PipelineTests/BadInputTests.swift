import ArgumentParser
import Foundation
import Model
import TestSupport
import Testing
@testable import CrosscheckCLI
@testable import Pipeline

/// The ingest fixture corpus (saved HTML pages, Markdown with front matter, hostile HTML, a non-English
/// text) plus bad files made here, built end to end.
@Suite struct BadInputTests {
    static func corpus() -> URL {
        let input = Fixtures.temporaryFolder("bad-input")
        let fixtures = Fixtures.root.appendingPathComponent("Tests/Fixtures/ingest")
        for name in try! FileManager.default.contentsOfDirectory(atPath: fixtures.path) {
            try! FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        Fixtures.write(["empty.txt": "", "copy-of-front-matter.md": try! String(contentsOf: fixtures.appendingPathComponent("front-matter.md"), encoding: .utf8)], into: input)
        try! Data([0x48, 0x69, 0x00, 0x01, 0x02, 0xFF]).write(to: input.appendingPathComponent("binary.txt"))
        try! Data("Headline\n\nOfficials said 300 fighters remain in Norland, \u{1}".utf8 + [0xC3, 0x28] + Array(" the ministry said.".utf8))
            .write(to: input.appendingPathComponent("latin1.txt"))
        return input
    }

    @Test func aHostileCorpusBuildsWithNoticesAndNoUnescapedMarkup() throws {
        let builder = Builder(input: BadInputTests.corpus())
        let report = try builder.build()
        let files = Fixtures.tree(builder.output)
        #expect(report.sources >= 8)
        for (path, data) in files where path.hasSuffix(".html") {
            // The report's own ClaimReview JSON-LD is the one script allowed (it escapes every `<`).
            let html = String(decoding: data, as: UTF8.self).lowercased()
                .replacingOccurrences(of: "<script type=\"application/ld+json\">", with: "")
            #expect(!html.contains("<script"), "\(path)")
            #expect(!html.contains("<iframe"), "\(path)")
            #expect(!html.contains("javascript:"), "\(path)")
            #expect(!html.contains(" onerror="), "\(path)")
            #expect(!html.contains(" onclick="), "\(path)")
        }
        let notices = report.notices.map(\.formatted).joined(separator: "\n")
        #expect(notices.contains("empty.txt"))
        #expect(notices.contains("binary.txt"))
        #expect(notices.contains("latin1.txt"))
        #expect(notices.contains("not-english.txt"))
        // Every notice also reaches the sources page, naming its file.
        let sourcesPage = String(decoding: files["sources/index.html"]!, as: UTF8.self)
        for name in ["empty.txt", "binary.txt", "latin1.txt", "not-english.txt"] {
            #expect(sourcesPage.contains(name), "\(name) missing from the sources page")
        }
    }

    @Test func checkListsFindingsAndFailsOnErrors() throws {
        let input = BadInputTests.corpus()
        let output = Fixtures.temporaryFolder().path
        var command = try Crosscheck.parseAsRoot(["check", "--input", input.path, "--output", output,
                                                  "--templates", Fixtures.templates.path, "--config", Fixtures.config.path])
        #expect(throws: ExitCode.self) { try command.run() }
    }

    @Test func checkPassesOnTheSeeds() throws {
        var command = try Crosscheck.parseAsRoot(["check", "--input", Fixtures.seeds.path,
                                                  "--templates", Fixtures.templates.path, "--config", Fixtures.config.path])
        try command.run()
    }
}
