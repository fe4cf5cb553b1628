import Foundation
import Pipeline

/// Why the last rebuild failed: what the overlay shows.
public struct BuildFailure: Hashable, Sendable, CustomStringConvertible {
    /// The file at fault, relative to the working directory when inside it.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// A failure at a file and line.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// The failure of a pipeline error, with its path shortened to the working directory.
    public init(_ error: PipelineError) {
        self.init(file: BuildFailure.shortened(error.file), line: error.line, message: error.message)
    }

    /// `file:line: message`.
    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }

    private static func shortened(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}

/// What the browser must know after a build: a token that changes with every build, and the failure if any.
public struct BuildStatus: Hashable, Sendable {
    /// Unique per server run and build, so a page from before a rebuild or restart knows it is stale.
    public var token: String
    /// How many builds finished (failed or not) since the server started.
    public var generation: Int
    /// Set while the last build failed; the last good site is served underneath.
    public var failure: BuildFailure?

    /// A status as the hub publishes it.
    public init(token: String, generation: Int, failure: BuildFailure?) {
        self.token = token
        self.generation = generation
        self.failure = failure
    }
}
