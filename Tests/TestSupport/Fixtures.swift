import Foundation
import Model

/// Shared test helpers: the repository's folders, temporary folders, and quick model values.
public enum Fixtures {
    /// The repository root (found from this file's path).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    public static var seeds: URL { root.appendingPathComponent("seeds") }
    public static var templates: URL { root.appendingPathComponent("templates") }
    public static var config: URL { root.appendingPathComponent("crosscheck.yml") }
    public static var publicFolder: URL { root.appendingPathComponent("public") }

    /// A new empty temporary folder.
    public static func temporaryFolder(_ name: String = "crosscheck-test") -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent(name + "-" + UUID().uuidString)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes files (path → text) into a folder, creating subfolders.
    public static func write(_ files: [String: String], into folder: URL) {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! Data(text.utf8).write(to: url)
        }
    }

    /// Every regular file below a folder: relative path → bytes.
    public static func tree(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            result[String(url.standardizedFileURL.path.dropFirst(base.count))] = FileManager.default.contents(atPath: url.path)
        }
        return result
    }

    /// A source of one body paragraph per string, sentences split as ingest does.
    public static func source(_ id: String, outlet: String? = nil, published: EventDate? = nil, paragraphs: [String]) -> Source {
        var blocks: [Block] = []
        var sentences: [Sentence] = []
        for paragraph in paragraphs {
            var indexes: [Int] = []
            for text in SentenceSplitter.sentences(in: paragraph) {
                indexes.append(sentences.count)
                sentences.append(Sentence(index: sentences.count, text: text))
            }
            blocks.append(Block(role: .body, text: paragraph, sentences: indexes))
        }
        return Source(id: ID(id), file: id + ".txt", format: .text,
                      metadata: Metadata(title: paragraphs.first, outlet: outlet, published: published),
                      blocks: blocks, sentences: sentences)
    }

    /// A claim with the fields reconcile looks at.
    public static func claim(_ source: String, _ sentence: Int, _ n: Int = 0, measure: String, value: Quantity,
                             text: String = "", term: String = "", scope: [String] = [], speaker: String? = nil,
                             date: EventDate? = nil, topic: String = "fighters") -> Claim {
        Claim(id: ID("\(source)-s\(sentence)-\(n)"), source: ID(source), sentence: sentence,
              span: Span(start: 0, length: text.count), text: text.isEmpty ? value.notation : text,
              measure: measure, term: term, scope: scope, topic: topic,
              attribution: speaker.map { Speaker(key: $0.lowercased(), name: $0, kind: .person) },
              value: value, eventDate: date)
    }
}
