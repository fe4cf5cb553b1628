import ArgumentParser
import Foundation
import Pipeline
import Testing
import TestSupport
@testable import CrosscheckCLI

/// `crosscheck init` proposes a configuration from the articles and never overwrites one.
@Suite struct InitTests {
    static let corpus = Fixtures.root.appendingPathComponent("Tests/Fixtures/corpora/valley-wildfire/seeds")

    @Test func writesACommentedProposalThatLoadsAndBuilds() throws {
        let folder = Fixtures.temporaryFolder()
        let config = folder.appendingPathComponent("crosscheck.yml")
        var command = try Crosscheck.parseAsRoot(["init", "--input", Self.corpus.path, "--config", config.path])
        try command.run()
        let text = try String(contentsOf: config, encoding: .utf8)
        #expect(text.hasPrefix("# crosscheck.yml proposed by `crosscheck init`"))
        let loaded = try ConfigLoader.decode(text, file: config.path)
        // The proposal names the corpus' own topics, with a timeline, and measures with the nouns the articles use.
        #expect(loaded.topics.contains { $0.kind == .timeline })
        #expect(loaded.topics.filter { $0.kind == .figures }.count >= 2)
        #expect(loaded.topics.allSatisfy { $0.kind == .timeline || $0.measures.allSatisfy { m in loaded.measure(m) != nil } })
        #expect(loaded.measures.contains { !$0.terms.isEmpty })
        // Building with it gives the same topic pages as building with no configuration at all.
        var builder = Builder(input: Self.corpus)
        builder.config = config
        try builder.build()
        for topic in loaded.topics {
            #expect(FileManager.default.fileExists(atPath: builder.output.appendingPathComponent(topic.id + ".html").path), "\(topic.id)")
        }
    }

    @Test func neverOverwritesAnExistingFile() throws {
        let folder = Fixtures.temporaryFolder()
        let config = folder.appendingPathComponent("crosscheck.yml")
        try Data("site: {title: Mine}\n".utf8).write(to: config)
        var command = try Crosscheck.parseAsRoot(["init", "--input", Self.corpus.path, "--config", config.path])
        #expect(throws: ExitCode.self) { try command.run() }
        #expect(try String(contentsOf: config, encoding: .utf8) == "site: {title: Mine}\n")
    }
}
