import ArgumentParser
import Foundation
import Pipeline
import Preview

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the report: build, serve, rebuild on change and reload open pages.",
        discussion: """
            Builds into .crosscheck/serve next to the output folder (the output folder itself is not \
            touched), serves it on 127.0.0.1 and watches the input, templates and config. A failed \
            rebuild keeps the last good site and shows the error on every page. Ctrl-C stops.
            """)

    @OptionGroup var project: ProjectOptions

    @Option(help: "Address to listen on; 0.0.0.0 exposes the preview to the network.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port = 8000

    @Flag(help: "Open the report in the default browser.")
    var open = false

    // The root command runs synchronously (`Crosscheck.main()`), so an async subcommand is not allowed;
    // run the server on the concurrency pool and wait here.
    func run() throws {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await serve() } catch { outcome.set(error) }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            report("Error: \(error)")
            throw ExitCode.failure
        }
    }

    private func serve() async throws {
        let options = BuildOptions(input: project.url(project.input), output: project.url(project.output),
                                   templates: project.url(project.templates), config: project.url(project.config),
                                   baseURL: project.baseURL, cache: project.url(".crosscheck-cache"))
        let server = PreviewServer(.init(build: options, host: host, port: port), log: { report($0) })
        await server.prepare()
        let open = self.open
        let app = server.application { url in
            report("Serving \(url) (Ctrl-C to stop)")
            if open { Browser.open(url) }
        }
        try await app.runService()
        report("Stopped.")
    }
}

/// The error a background task ended with.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    func set(_ error: any Error) { lock.withLock { stored = error } }
    var error: (any Error)? { lock.withLock { stored } }
}

/// Opens a URL in the user's browser, best effort.
private enum Browser {
    static func open(_ url: String) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        process.arguments = [url]
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        #endif
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        if (try? process.run()) == nil { report("Could not open a browser; visit \(url)") }
    }
}
