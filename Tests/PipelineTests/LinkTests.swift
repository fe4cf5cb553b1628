import Foundation
import Model
import TestSupport
import Testing
@testable import Pipeline

/// Symbolic links are never followed: not in the input, not in the templates, not in the output.
@Suite struct LinkTests {
    @Test func aLinkedFolderInTheOutputIsNeverWrittenOrDeletedThrough() throws {
        let project = Fixtures.temporaryFolder("links-out")
        let outside = project.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let victim = outside.appendingPathComponent("keep.html")
        try Data("not the build's".utf8).write(to: victim)
        let builder = Builder(input: Fixtures.seeds, output: project.appendingPathComponent("public"))
        try builder.build()
        // Swap the built sources folder for a link to a folder outside, listing one of its files as ours.
        let sources = builder.output.appendingPathComponent("sources")
        let page = try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted()[0]
        try FileManager.default.removeItem(at: sources)
        try FileManager.default.createSymbolicLink(at: sources, withDestinationURL: outside)
        let manifest = builder.output.appendingPathComponent(".crosscheck-manifest")
        try (String(contentsOf: manifest, encoding: .utf8) + "sources/keep.html\n").write(to: manifest, atomically: true, encoding: .utf8)
        try builder.build()
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["keep.html"])
        #expect(try Data(contentsOf: victim) == Data("not the build's".utf8))
        let values = try sources.resourceValues(forKeys: [.isSymbolicLinkKey])
        #expect(values.isSymbolicLink != true)
        #expect(FileManager.default.fileExists(atPath: sources.appendingPathComponent(page).path))
    }

    @Test func linksInTheInputAndTemplatesAreSkippedWithAWarning() throws {
        let project = Fixtures.temporaryFolder("links-in")
        let secret = project.appendingPathComponent("secret.txt")
        try Data("Officials said 999 fighters remain in Secretland, the ministry said.".utf8).write(to: secret)
        let input = HostileCorpusTests.corpus(["normal.txt": HostileCorpusTests.text(HostileCorpusTests.article)])
        try FileManager.default.createSymbolicLink(at: input.appendingPathComponent("linked.txt"), withDestinationURL: secret)
        let templates = project.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Fixtures.templates, to: templates)
        try FileManager.default.createSymbolicLink(at: templates.appendingPathComponent("leak.css"), withDestinationURL: secret)
        var builder = Builder(input: input)
        builder.templates = templates
        let report = try builder.build()
        let files = Fixtures.tree(builder.output)
        #expect(files["leak.css"] == nil)
        #expect(!files.values.contains { String(decoding: $0, as: UTF8.self).contains("Secretland") })
        #expect(report.notices.contains { $0.file == "linked.txt" && $0.severity == .warning })
        #expect(report.notices.contains { $0.file.hasSuffix("leak.css") && $0.severity == .warning })
    }
}
