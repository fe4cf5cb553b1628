import Foundation
import Pipeline
import Preview
import TestSupport

struct TimedOut: Error, CustomStringConvertible {
    var what: String
    var description: String { "timed out waiting for \(what)" }
}

/// Runs `body`, failing after `seconds`.
func within<T: Sendable>(_ seconds: Double, _ what: String, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            throw TimedOut(what: what)
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}

/// Polls a condition every 20 ms until it holds, failing after `seconds`.
func waitUntil(_ seconds: Double = 10, _ what: String, _ condition: @escaping @Sendable () async -> Bool) async throws {
    try await within(seconds, what) {
        while await !condition() { try await Task.sleep(for: .milliseconds(20)) }
    }
}

/// A temporary copy of the repository's project (seeds, templates, config) with build options into it.
struct Project {
    let folder: URL

    init() throws {
        folder = Fixtures.temporaryFolder("crosscheck-preview")
        let fm = FileManager.default
        try fm.copyItem(at: Fixtures.seeds, to: folder.appendingPathComponent("seeds"))
        try fm.copyItem(at: Fixtures.templates, to: folder.appendingPathComponent("templates"))
        try fm.copyItem(at: Fixtures.config, to: folder.appendingPathComponent("crosscheck.yml"))
    }

    func url(_ path: String) -> URL { folder.appendingPathComponent(path) }

    func options(baseURL: String? = nil) -> BuildOptions {
        BuildOptions(input: url("seeds"), output: url("public"), templates: url("templates"),
                     config: url("crosscheck.yml"), baseURL: baseURL)
    }

    /// A server with a fast watcher.
    func server(baseURL: String? = nil, build: @escaping Rebuilder.Build = { try Pipeline.build($0) }) -> PreviewServer {
        let options = options(baseURL: baseURL)
        let watcher = Watcher(paths: Rebuilder.watchedPaths(for: options), interval: .milliseconds(30),
                              debounce: .milliseconds(100), maximumWait: .seconds(1))
        return PreviewServer(.init(build: options, port: 0, watcher: watcher), build: build)
    }

    func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    /// Replaces text in a project file.
    func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try read(path)
        precondition(text.contains(old), "\(old) not in \(path)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url(path))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
