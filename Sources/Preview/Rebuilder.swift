import Foundation
import Pipeline
import ServiceLifecycle

/// Rebuilds the preview site whenever the watched files change, then tells the pages. Builds never
/// overlap; a change that arrives during a build is caught by the next poll (the baseline is taken
/// before the build starts), so it triggers another build and is never dropped.
public actor Rebuilder {
    /// Runs one build; the pipeline's by default, replaceable in tests.
    public typealias Build = @Sendable (BuildOptions) throws -> BuildReport

    /// What is built, and where.
    public nonisolated let options: BuildOptions
    /// What is watched, and how often.
    public nonisolated let watcher: Watcher
    /// Who is told after each build.
    public nonisolated let hub: ReloadHub
    private let build: Build
    private let log: @Sendable (String) -> Void
    private var baseline: Snapshot?
    /// How many builds have finished, failed or not.
    public private(set) var buildCount = 0

    /// A rebuilder for a site; `log` receives one human line per build.
    public init(options: BuildOptions, watcher: Watcher, hub: ReloadHub,
                log: @escaping @Sendable (String) -> Void = { _ in },
                build: @escaping Build = { try Pipeline.build($0) }) {
        self.options = options
        self.watcher = watcher
        self.hub = hub
        self.log = log
        self.build = build
    }

    /// The paths a build reads: input, templates and config.
    public static func watchedPaths(for options: BuildOptions) -> [URL] {
        [options.input, options.templates, options.config]
    }

    /// Builds once and notifies the hub (only after the writer has swapped every file in).
    /// Returns the failure, if the build failed.
    @discardableResult
    public func rebuild(verb: String = "Rebuilt") async -> BuildFailure? {
        baseline = watcher.snapshot()
        let clock = ContinuousClock()
        let started = clock.now
        let result = await Self.offThePool { [build, options] in try build(options) }
        let elapsed = clock.now - started
        let milliseconds = Int((Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15).rounded())
        buildCount += 1
        switch result {
        case .success(let report):
            var line = "\(verb) in \(milliseconds) ms: \(report.write.written) file\(report.write.written == 1 ? "" : "s") written"
            if report.write.removed > 0 { line += ", \(report.write.removed) removed" }
            log(line)
            await hub.publish(failure: nil)
            return nil
        case .failure(let error):
            let failure = (error as? PipelineError).map(BuildFailure.init) ?? BuildFailure(file: options.input.path, message: "\(error)")
            log("Build failed: \(failure)")
            await hub.publish(failure: failure)
            return failure
        }
    }

    /// Watches until cancelled, rebuilding after each settled change.
    /// - Throws: `CancellationError` when cancelled.
    public func watch() async throws {
        while true {
            let start = baseline ?? watcher.snapshot()
            baseline = start
            _ = try await watcher.nextChange(after: start)
            await rebuild()
        }
    }

    /// Builds are synchronous and use every core; keep them off Swift's cooperative pool.
    private static func offThePool(_ work: @escaping @Sendable () throws -> BuildReport) async -> Result<BuildReport, any Error> {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: Result { try work() })
            }
        }
    }
}

extension Rebuilder: Service {
    /// Watches until graceful shutdown (Ctrl-C), then ends every open event stream.
    public nonisolated func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { try await self.watch() }
        } catch is CancellationError {}
        await hub.finish()
    }
}
