import Foundation
import Hummingbird
import Logging
import Pipeline

/// The live preview: builds the site into a private folder, serves it, rebuilds on change and
/// reloads open pages. `public/` is never touched, so it stays equal to a plain build.
public struct PreviewServer: Sendable {
    /// Where to listen and what to build.
    public struct Configuration: Sendable {
        /// The project's build options; `output` is the folder `public/` would be (the preview
        /// builds next to it, into `.crosscheck/serve`).
        public var build: BuildOptions
        /// The address to bind: loopback unless told otherwise.
        public var host: String
        /// The port; 0 picks a free one.
        public var port: Int
        /// What to watch and how often.
        public var watcher: Watcher
        /// How long a connection may sit without a whole request (a half-sent request, an idle keep-alive)
        /// before it is closed. A live-reload stream being answered is never idle.
        public var idleTimeout: Duration

        /// A configuration watching the build's input, templates and config.
        public init(build: BuildOptions, host: String = "127.0.0.1", port: Int = 8000, watcher: Watcher? = nil,
                    idleTimeout: Duration = .seconds(15)) {
            self.idleTimeout = idleTimeout
            self.build = build
            self.host = host
            self.port = port
            self.watcher = watcher ?? Watcher(paths: Rebuilder.watchedPaths(for: build))
        }
    }

    /// The configuration as given.
    public let configuration: Configuration
    /// The base path pages are served under.
    public let base: BasePath
    /// Build statuses for the pages.
    public let hub: ReloadHub
    /// Builds and watches.
    public let rebuilder: Rebuilder

    /// A server for a project; `log` receives one line per build and the URL at start.
    public init(_ configuration: Configuration, log: @escaping @Sendable (String) -> Void = { _ in },
                build: @escaping Rebuilder.Build = { try Pipeline.build($0) }) {
        self.configuration = configuration
        base = BasePath(configuration.build.baseURL)
        hub = ReloadHub()
        var options = configuration.build
        options.output = Self.folder(nextTo: configuration.build.output)
        options.injection = ""
        // Parsed sources, extractions and rendered pages stay in memory between rebuilds.
        if options.memory == nil { options.memory = BuildMemory() }
        rebuilder = Rebuilder(options: options, watcher: configuration.watcher, hub: hub, log: log, build: build)
    }

    /// The folder served: `.crosscheck/serve` next to the output, with a `.gitignore` that ignores it all.
    public static func folder(nextTo output: URL) -> URL {
        output.standardizedFileURL.deletingLastPathComponent().appendingPathComponent(".crosscheck/serve")
    }

    /// The folder this server serves.
    public var folder: URL { rebuilder.options.output }

    /// Creates the preview folder (git-ignored) and runs the first build.
    /// Returns its failure, if any: the server still starts and shows the overlay.
    @discardableResult
    public func prepare() async -> BuildFailure? {
        let parent = folder.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let ignore = parent.appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore.path) {
            try? Data("# Crosscheck's preview builds and caches.\n*\n".utf8).write(to: ignore)
        }
        return await rebuilder.rebuild(verb: "Built")
    }

    /// The responder alone (what tests drive in-process).
    public var responder: PreviewResponder {
        PreviewResponder(folder: folder, base: base, hub: hub)
    }

    /// The Hummingbird application: the responder plus the watcher as a service. `onRunning` gets the
    /// URL actually bound (useful with port 0).
    public func application(logger: Logger? = nil,
                            onRunning: @escaping @Sendable (String) async -> Void = { _ in }) -> Application<PreviewResponder> {
        var quiet = Logger(label: "crosscheck.serve")
        quiet.logLevel = .warning
        let base = self.base
        let configuration = self.configuration
        return Application(
            responder: responder,
            server: .http1(configuration: .init(idleTimeout: .nanoseconds(Int64(configuration.idleTimeout.components.seconds) * 1_000_000_000
                                                                          + configuration.idleTimeout.components.attoseconds / 1_000_000_000))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "crosscheck"),
            services: [rebuilder],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                await onRunning("http://\(host):\(port)\(base.path)")
            },
            logger: logger ?? quiet
        )
    }
}
