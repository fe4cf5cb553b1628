import Foundation
import TestSupport
import Testing

/// Builds of one corpus in separate processes (each with its own hash seed, so any order that leans on
/// a dictionary's shows) are byte-identical: every sort is a total order.
@Suite(.serialized) struct DeterminismTests {
    /// A small deterministic generator, so corpora need no files in the repository.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func word() -> String {
            let syllables = ["ka", "lo", "ve", "dra", "mir", "tan", "sol", "bek", "ar", "un", "zi", "por", "que", "len", "ost", "hal"]
            return (0..<3).map { _ in syllables[Int(next() % UInt64(syllables.count))] }.joined()
        }
    }

    /// `count` articles published on a few Mondays, each with an event "on Sunday" (inferred) and the
    /// same Sunday printed in full: large same-date groups mixing inferred and printed dates.
    static func timelineCorpus(count: Int) -> URL {
        let input = Fixtures.temporaryFolder("timeline-corpus")
        var rng = Generator(state: 42)
        let mondays = [(2, "Mon Jan 02 2023", "1 January 2023"), (9, "Mon Jan 09 2023", "8 January 2023"),
                       (16, "Mon Jan 16 2023", "15 January 2023"), (23, "Mon Jan 23 2023", "22 January 2023")]
        var files: [String: String] = [:]
        for i in 0..<count {
            let (_, published, sunday) = mondays[i % mondays.count]
            let w = (0..<10).map { _ in rng.word() }
            files[String(format: "b%04d.txt", i)] = """
                Reports from the valley \(i)

                \(published)

                On Sunday, \(w[0].capitalized) \(w[1]) \(w[2]) \(w[3]) \(w[4]).

                On \(sunday), \(w[5].capitalized) \(w[6]) \(w[7]) \(w[8]) \(w[9]).
                """
        }
        Fixtures.write(files, into: input)
        return input
    }

    static func process(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = KillTests.binary
        process.arguments = arguments
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, pipe)
    }

    @Test func buildsInSeparateProcessesAreByteIdentical() throws {
        guard KillTests.binary != nil else { Issue.record("crosscheck binary not found"); return }
        let input = DeterminismTests.timelineCorpus(count: 200)
        let project = Fixtures.temporaryFolder("determinism")
        var trees: [[String: Data]] = []
        for n in 0..<2 {
            let output = project.appendingPathComponent("out\(n)")
            let (process, pipe) = try DeterminismTests.process(["build", "--no-cache", "--input", input.path, "--output", output.path,
                                                                   "--templates", Fixtures.templates.path, "--config", Fixtures.config.path])
            _ = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            trees.append(Fixtures.tree(output))
        }
        for tree in trees.dropFirst() {
            for (path, data) in trees[0] where tree[path] != data {
                Issue.record("\(path) differs between two builds of one corpus")
            }
        }
    }
}
