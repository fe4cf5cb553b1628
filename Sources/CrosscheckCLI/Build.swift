import ArgumentParser
import Foundation
import Pipeline

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the report from the input folder into the output folder.")

    @OptionGroup var project: ProjectOptions

    @Flag(name: .shortAndLong, help: "Show per-stage timings.")
    var verbose = false

    @Flag(name: .customLong("no-cache"), help: "Rebuild every source from scratch instead of reusing .crosscheck-cache/.")
    var noCache = false

    func run() throws {
        var options = BuildOptions(input: project.url(project.input), output: project.url(project.output),
                                   templates: project.url(project.templates), config: project.url(project.config),
                                   baseURL: project.baseURL, cache: noCache ? nil : project.url(".crosscheck-cache"))
        options.waiting = { report($0) }
        let line = ProgressLine.onTerminal()
        options.progress = line.map { line in BuildProgress { line.show($0, $1, $2) } } ?? .silent
        do {
            let result = try Pipeline.build(options)
            line?.clear()
            Summary.print(result, verbose: verbose, output: project.output)
        } catch let error as PipelineError {
            line?.clear()
            report("Error: \(error)")
            report("The previous \(project.output)/ was left as it was.")
            throw ExitCode.failure
        }
    }
}

/// The end-of-build summary, in the spirit of Hugo's.
enum Summary {
    static func print(_ result: BuildReport, verbose: Bool, output: String) {
        for notice in result.notices.sorted(by: { ($1.severity, $0.file) < ($0.severity, $1.file) }) {
            report(notice.formatted)
        }
        let rows: [(String, Int)] = [
            ("Sources", result.sources), ("Claims", result.claims), ("Propositions", result.propositions),
            ("Topics", result.topics), ("Pages", result.pages), ("Files written", result.write.written),
            ("Files unchanged", result.write.unchanged), ("Files removed", result.write.removed),
            ("Warnings", result.notices.filter { $0.severity == .warning }.count),
            ("Errors in sources", result.notices.filter { $0.severity == .error }.count),
        ]
        report("")
        for (label, value) in rows {
            report(label.padding(toLength: 18, withPad: " ", startingAt: 0) + "| " + String(value))
        }
        if verbose {
            report("")
            for lap in result.timings {
                report("  " + lap.stage.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%8.1f ms", lap.milliseconds))
            }
        }
        report("")
        report("Built \(output)/. Total in \(Int(result.totalMilliseconds.rounded())) ms")
    }
}

/// One self-overwriting line of progress on stderr ("render 4,210/10,007"), shown only when stderr is a
/// terminal and only once the build has run for a second, so CI logs and quick builds stay quiet.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let started = DispatchTime.now().uptimeNanoseconds
    private var lastShown: UInt64 = 0
    private var visible = false

    /// A progress line when stderr is a terminal, else nil.
    static func onTerminal() -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
    }

    /// Shows a stage's count, at most ten times a second.
    func show(_ stage: String, _ done: Int, _ total: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        lock.lock()
        defer { lock.unlock() }
        guard now - started >= 1_000_000_000, now - lastShown >= 100_000_000 || done == total else { return }
        lastShown = now
        visible = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(stage) \(done)/\(total)".utf8))
    }

    /// Removes the line before the summary is printed.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        if visible { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        visible = false
    }
}
