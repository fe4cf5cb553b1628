import Foundation
import Model

/// One input file as the pipeline read it from disk.
public struct InputFile: Hashable, Sendable {
    /// The path relative to the input folder, e.g. `000_5ef4c4a7e52da6a1.txt`.
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

/// Reads article files into `Source` values: clean text, metadata, and what was left out and why.
public struct Ingester: Sendable {
    public let config: Config
    /// Field overrides per file from `seeds/sources.yml` (file name → field → value).
    public let overrides: [String: [String: String]]

    public init(config: Config, overrides: [String: [String: String]] = [:]) {
        self.config = config
        self.overrides = overrides
    }

    /// Reads one file on its own (cacheable: depends only on the file, config and overrides).
    public func source(from file: InputFile) -> Source {
        let text = String(decoding: file.data, as: UTF8.self)
        let stem = (file.path as NSString).deletingPathExtension
        var blocks: [Block] = []
        var sentences: [Sentence] = []
        var line = 1
        for paragraph in text.components(separatedBy: "\n\n") {
            let trimmed = paragraph.trimmingWhitespace()
            defer { line += paragraph.filter { $0 == "\n" }.count + 2 }
            guard !trimmed.isEmpty else { continue }
            var indexes: [Int] = []
            for sentence in SentenceSplitter.sentences(in: trimmed) {
                indexes.append(sentences.count)
                sentences.append(Sentence(index: sentences.count, text: sentence))
            }
            blocks.append(Block(role: .body, text: trimmed, sentences: indexes, line: line))
        }
        let title = blocks.first?.text
        return Source(id: ID(stem), file: file.path, format: .text,
                      metadata: Metadata(title: title), blocks: blocks, sentences: sentences)
    }

    /// Corpus-wide refinements that need every source: lines recurring across sources, topic shifts,
    /// the same text twice. Returns the refined sources and corpus notices.
    public func refine(_ sources: [Source]) -> (sources: [Source], notices: [Notice]) {
        (sources, [])
    }
}
