import Foundation
import TestSupport
import Testing

/// Kills real `crosscheck build` processes at many moments and checks the output folder is always a
/// whole site: the previous one or the new one, never a mix.
@Suite struct KillTests {
    /// The `crosscheck` binary next to the test bundle (SwiftPM builds it for the test run).
    static var binary: URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("crosscheck")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        let fallback = Fixtures.root.appendingPathComponent(".build/debug/crosscheck")
        return FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil
    }

    @Test func aBuildKilledAtAnyMomentLeavesAWholeSite() throws {
        guard let binary = KillTests.binary else {
            Issue.record("crosscheck binary not found next to the tests; build the product first")
            return
        }
        let project = Fixtures.temporaryFolder("kill")
        let input = project.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: Fixtures.seeds, to: input)
        let output = project.appendingPathComponent("public")
        func build() throws -> Process {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["build", "--no-cache", "--input", input.path, "--output", output.path,
                                 "--templates", Fixtures.templates.path, "--config", Fixtures.config.path]
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        let first = try build()
        first.waitUntilExit()
        let old = Fixtures.tree(output)
        #expect(!old.isEmpty)
        // A change that alters many pages, so a kill can land mid-write.
        let seed = try FileManager.default.contentsOfDirectory(atPath: input.path).sorted()[0]
        let url = input.appendingPathComponent(seed)
        try (String(contentsOf: url, encoding: .utf8) + "\n\nOfficials said on Monday that 321 fighters remain in Iraq.\n")
            .write(to: url, atomically: true, encoding: .utf8)
        var new: [String: Data]?
        for delay in stride(from: 0, through: 400_000, by: 20_000) {
            let process = try build()
            usleep(useconds_t(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let tree = Fixtures.tree(output)
            if tree != old {
                if new == nil {
                    // The first changed tree must be the complete new site.
                    let complete = try build()
                    complete.waitUntilExit()
                    new = Fixtures.tree(output)
                }
                #expect(tree == new, "a build killed after \(delay) µs left a partial site")
                // Put the old site back for the next round.
                try FileManager.default.removeItem(at: output)
                for (path, data) in old {
                    let target = output.appendingPathComponent(path)
                    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try data.write(to: target)
                }
            }
        }
    }
}
