import Foundation
import Model
import Pipeline
@testable import Ingest

/// Paths and helpers shared by the ingest tests.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = packageRoot.appendingPathComponent("seeds")
    static let folder = packageRoot.appendingPathComponent("Tests/Fixtures/ingest")

    /// The shipped configuration: the repository's `crosscheck.yml` over the built-in defaults.
    static let config: Config = {
        do { return try ConfigLoader.load(from: packageRoot.appendingPathComponent("crosscheck.yml")) }
        catch { fatalError("crosscheck.yml: \(error)") }
    }()

    static func ingest(_ text: String, path: String = "article.txt", config: Config = config,
                       overrides: [String: [String: String]] = [:]) -> Source {
        Ingester(config: config, overrides: overrides).source(from: InputFile(path: path, data: Data(text.utf8)))
    }

    static func file(_ url: URL) -> InputFile {
        InputFile(path: url.lastPathComponent, data: (try? Data(contentsOf: url)) ?? Data())
    }

    static func seed(_ prefix: String) -> Source {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        let name = names.sorted().first { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") } ?? prefix
        return Ingester(config: config).source(from: file(seeds.appendingPathComponent(name)))
    }

    static func fixture(_ name: String) -> Source {
        Ingester(config: config).source(from: file(folder.appendingPathComponent(name)))
    }

    /// Every block as `role | reason | text`, for failure messages and dumps.
    static func dump(_ source: Source) -> String {
        var lines = ["# \(source.file) title=\(source.metadata.title ?? "nil") outlet=\(source.metadata.outlet ?? "nil") published=\(source.metadata.published?.iso ?? "nil") lang=\(source.metadata.language ?? "nil") authors=\(source.metadata.authors) url=\(source.metadata.url ?? "nil")",
                     "  provenance=\(source.metadata.provenance.sorted { $0.key < $1.key })"]
        for notice in source.notices { lines.append("  ! \(notice.formatted)") }
        for block in source.blocks {
            lines.append("  [\(block.line)] \(block.role.rawValue)\(block.reason.map { " (\($0))" } ?? "") s=\(block.sentences.count): \(block.text.prefix(90))")
        }
        return lines.joined(separator: "\n")
    }
}

extension Source {
    /// The analysed sentences of the body: every analysed block but the headline (which is sentence 0 when printed).
    var bodySentences: [Sentence] {
        let headline = Set(blocks.filter { $0.role == .headline }.flatMap(\.sentences))
        return sentences.filter { !headline.contains($0.index) }
    }

    /// The analysed text without the headline.
    var analysedBodyText: String {
        blocks.filter { $0.role.isAnalysed && $0.role != .headline }.map(\.text).joined(separator: "\n\n")
    }
}
