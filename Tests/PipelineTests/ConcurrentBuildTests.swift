import Foundation
import TestSupport
import Testing

/// Real `crosscheck build` processes, two at once on one project: the second waits for the first, and
/// neither fails or leaves a partial site.
@Suite(.serialized) struct ConcurrentBuildTests {
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

    @Test func twoBuildsAtOnceNeverLeaveAPartialSite() throws {
        guard KillTests.binary != nil else { Issue.record("crosscheck binary not found"); return }
        let project = Fixtures.temporaryFolder("concurrent")
        let input = project.appendingPathComponent("seeds")
        // Enough sources that two builds overlap.
        var files: [String: String] = [:]
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        for copy in 0..<24 {
            for seed in seeds {
                let text = try String(contentsOf: Fixtures.seeds.appendingPathComponent(seed), encoding: .utf8)
                files["c\(copy)-" + seed] = text + "\n\nA further \(copy * 7 + 11) fighters were reported in Norland, officials said.\n"
            }
        }
        Fixtures.write(files, into: input)
        func arguments(_ output: URL) -> [String] {
            ["build", "--no-cache", "--input", input.path, "--output", output.path,
             "--templates", Fixtures.templates.path, "--config", Fixtures.config.path]
        }
        let output = project.appendingPathComponent("public")
        // The whole site, built alone.
        let reference = project.appendingPathComponent("reference")
        let (alone, alonePipe) = try ConcurrentBuildTests.process(arguments(reference))
        _ = alonePipe.fileHandleForReading.readDataToEndOfFile()
        alone.waitUntilExit()
        let whole = Fixtures.tree(reference).filter { !$0.key.hasPrefix(".") }
        #expect(whole.count > 100)
        for round in 0..<2 {
            let (a, pipeA) = try ConcurrentBuildTests.process(arguments(output))
            let (b, pipeB) = try ConcurrentBuildTests.process(arguments(output))
            let errorsA = String(decoding: pipeA.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let errorsB = String(decoding: pipeB.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            a.waitUntilExit()
            b.waitUntilExit()
            #expect(a.terminationStatus == 0, "round \(round): \(errorsA)")
            #expect(b.terminationStatus == 0, "round \(round): \(errorsB)")
            let site = Fixtures.tree(output).filter { !$0.key.hasPrefix(".") }
            #expect(site.count == whole.count, "round \(round): \(whole.count - site.count) of \(whole.count) files missing")
            #expect(site == whole, "round \(round): the site differs from one built alone")
            #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent(".public.staging").path))
            try FileManager.default.removeItem(at: output)
        }
    }
}
