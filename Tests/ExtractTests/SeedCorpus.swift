import Foundation
import Model
@testable import Extract

/// The seed articles as sources: a stand-in for ingest that keeps these tests independent of it.
enum SeedCorpus {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    static var stems: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    static let debris = ["icon-", "Read Also", "Recent Articles", "Related News", "Leave A Reply", "Please enter",
                         "Short Url", "Follow", "Last Modified", "Updated"]

    /// A source built from a seed: the first line is the title, a short line with a full date is the
    /// publication date, lines without a closing full stop are headlines, a second date line starts an
    /// unrelated story and ends the article.
    static func source(_ stem: String, extractor: Extractor) throws -> Source {
        let text = try String(contentsOf: directory.appendingPathComponent(stem + ".txt"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n").map { $0.trimmingWhitespace() }
        var published: EventDate?
        var sentences: [Sentence] = []
        var seenBody = false
        for (n, line) in lines.enumerated() where !line.isEmpty {
            if n == 0 { continue }
            if line.count < 70, let date = extractor.analyse(text: line, reference: nil).mentions
                .compactMap(\.date).first(where: { $0.granularity == .day }) {
                if published != nil, seenBody { break }
                published = published ?? date
                continue
            }
            if debris.contains(where: { line.hasPrefix($0) }) || line.hasPrefix("•") { continue }
            guard let last = line.last, ".”\"’".contains(last) else { continue }
            seenBody = true
            for s in SentenceSplitter.sentences(in: line) {
                sentences.append(Sentence(index: sentences.count, text: s))
            }
        }
        return Source(id: ID(stem), file: stem + ".txt", format: .text,
                      metadata: Metadata(title: lines.first, published: published), blocks: [], sentences: sentences)
    }
}
