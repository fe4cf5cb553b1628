import ArgumentParser
import Foundation

/// The `crosscheck` command: builds, previews and checks fact-check reports.
public struct Crosscheck: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Turn a folder of news articles into a hostable fact-check report.",
        subcommands: [Build.self, Serve.self, Check.self, ExtractCommand.self, Claims.self, Init.self],
        defaultSubcommand: Build.self
    )

    public init() {}
}

/// Options every command that reads a project shares.
struct ProjectOptions: ParsableArguments {
    @Option(help: "Folder of articles (.txt, .md, .html).")
    var input = "seeds"

    @Option(help: "Folder the site is written to.")
    var output = "public"

    @Option(help: "Folder of Mustache templates and assets.")
    var templates = "templates"

    @Option(help: "Configuration file; built-in defaults when it does not exist.")
    var config = "crosscheck.yml"

    @Option(name: .customLong("base-url"), help: "Base path for every link, e.g. /report/ (default: relative links).")
    var baseURL: String?

    func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}

/// Writes a line to standard error: progress and summaries never mix with machine output.
func report(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
