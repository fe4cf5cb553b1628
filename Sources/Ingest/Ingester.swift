import Lexicon
import Foundation
import Model

/// One input file as the pipeline read it from disk.
public struct InputFile: Hashable, Sendable {
    /// The path relative to the input folder, e.g. `000_5ef4c4a7e52da6a1.txt`.
    public var path: String
    public var data: Data

    /// A file's relative path and bytes.
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

/// Reads article files into `Source` values: clean text, metadata, and what was left out and why.
public struct Ingester: Sendable {
    /// Boilerplate phrases and input limits.
    public let config: Config
    /// Field overrides per file from `seeds/sources.yml` (file name → field → value).
    public let overrides: [String: [String: String]]
    /// The lexicon ingest reads: the built-in one plus the configuration's additions.
    let lists: WordLists

    /// An ingester for a configuration and the per-file overrides of `sources.yml`.
    public init(config: Config, overrides: [String: [String: String]] = [:]) {
        self.config = config
        self.overrides = overrides
        self.lists = config.wordLists
    }

    /// Reads one file on its own (cacheable: depends only on the file, config and overrides).
    public func source(from file: InputFile) -> Source {
        lists.withLists { readSource(from: file) }
    }

    private func readSource(from file: InputFile) -> Source {
        let stem = ((file.path as NSString).lastPathComponent as NSString).deletingPathExtension
        let decoded = TextDecoding(maxBytes: config.limits.maxFileBytes).decode(file.data, file: file.path)
        var notices = decoded.notices
        let format = Self.format(of: file.path, text: decoded.text)
        guard let text = decoded.text else {
            var metadata = Metadata(language: nil, provenance: ["published": "not printed"])
            applyOverrides(to: &metadata, file: file.path, notices: &notices)
            Self.keepOnlyWebURL(in: &metadata, file: file.path, notices: &notices)
            return Source(id: ID(stem), file: file.path, format: format, metadata: metadata,
                          blocks: [], sentences: [], notices: notices)
        }
        var draft: Draft
        switch format {
        case .text: draft = Draft(format: .text, blocks: PlainText.blocks(text))
        case .markdown: draft = MarkdownReader.read(text, file: file.path, limits: config.limits)
        case .html: draft = HTMLReader.read(text)
        }
        notices += draft.notices.map { notice in
            var notice = notice
            notice.file = file.path
            return notice
        }
        let laidOut = layOut(draft)
        var blocks = laidOut.blocks, metadata = laidOut.metadata
        // The analysed text's tokens are its blocks' tokens, which layout has made already.
        let analysed = blocks.indices.filter { blocks[$0].role.isAnalysed }.flatMap { laidOut.lines[$0].tokens }
        detectLanguage(of: analysed, declared: draft.declaredLanguage, into: &metadata, notices: &notices, file: file.path)
        applyOverrides(to: &metadata, file: file.path, notices: &notices)
        Self.keepOnlyWebURL(in: &metadata, file: file.path, notices: &notices)
        let sentences = Self.number(&blocks, maxLength: config.limits.maxSentenceCharacters)
        if sentences.isEmpty {
            notices.append(Notice(.warning, file: file.path, message: "no article text found: nothing to analyse"))
        }
        return Source(id: ID(stem), file: file.path, format: format, metadata: metadata,
                      blocks: blocks, sentences: sentences, notices: notices)
    }

    /// Corpus-wide refinements that need every source: lines recurring across sources, topic shifts,
    /// the same text twice. Returns the refined sources and corpus notices. `facts` are each source's
    /// `RefineFacts` where known (kept from an earlier build): given them, refine tokenises no text.
    public func refine(_ sources: [Source], facts: [RefineFacts?]? = nil) -> (sources: [Source], notices: [Notice]) {
        lists.withLists { Refiner(maxSentenceLength: config.limits.maxSentenceCharacters).refine(sources, facts: facts) }
    }

    /// What refine reads of one source as `source(from:)` made it (cacheable beside it).
    public func refineFacts(of source: Source) -> RefineFacts {
        lists.withLists { RefineFacts(source) }
    }

    // MARK: - Steps

    static func format(of path: String, text: String?) -> Source.Format {
        switch (path as NSString).pathExtension.lowercased() {
        case "md", "markdown", "mdown": return .markdown
        case "html", "htm", "xhtml": return .html
        default:
            // Only the start of the head can match: lower-case 15 characters after its leading space.
            let head = String((text ?? "").prefix(512).drop(while: \.isSpace).prefix(15)).lowercased()
            return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") ? .html : .text
        }
    }

    private func layOut(_ draft: Draft) -> (blocks: [Block], metadata: Metadata, lines: [Line]) {
        let layout = Layout(boilerplate: Boilerplate(phrases: config.boilerplate.phrases))
        var (blocks, found) = layout.assign(draft.blocks, knownTitle: draft.metadata.title)
        var metadata = draft.metadata
        var end = blocks.count
        if let split = Segmenter.secondStory(in: blocks, raws: draft.blocks, findings: found) {
            Segmenter.markUnrelated(&blocks, from: split.start, reason: split.reason)
            end = split.start
        }
        if let h = found.headline, h < end {
            metadata.fill(\.title, blocks[h].text, from: Self.place(draft.blocks[h], format: draft.format, what: "headline"), key: "title")
        }
        metadata.fill(\.title, draft.fallbackTitle, from: "<title>", key: "title")
        let dated = found.datelines.filter { $0.key < end }.sorted { $0.key < $1.key }
        if let (index, line) = dated.first(where: { !$0.value.isRevision }) ?? dated.first, metadata.published == nil {
            metadata.published = line.date
            metadata.publishedText = blocks[index].text
            if case .time = draft.blocks[index].kind {
                metadata.provenance["published"] = "<time datetime>"
            } else {
                metadata.provenance["published"] = "date line \(blocks[index].line)"
            }
        }
        if let outlet = found.outlet, outlet.index < end {
            metadata.fill(\.outlet, outlet.name, from: "\(outlet.kind) line \(blocks[outlet.index].line)", key: "outlet")
        }
        if metadata.authors.isEmpty, !found.authors.isEmpty {
            metadata.authors = found.authors
            metadata.provenance["authors"] = "byline"
        }
        // "Posted on 10/06/2025" in an article that writes "the decision of 4 June": its own order of day and month.
        if metadata.published == nil, let line = found.ambiguousDate,
           let dayFirst = DateParser.writesDayFirst(blocks.filter { $0.role == .body }.map(\.text)),
           let date = DateParser.resolve(line, dayFirst: dayFirst) {
            metadata.published = date
            metadata.publishedText = line
            metadata.provenance["published"] = "“\(line)” read \(dayFirst ? "day" : "month") first, as the article writes its dates"
        }
        if metadata.published == nil {
            metadata.provenance["published"] = found.ambiguousDate.map { "not used: “\($0)” could be day/month or month/day" }
                ?? "not printed"
        }
        if metadata.title == nil { metadata.provenance["title"] = "not printed" }
        if metadata.outlet == nil { metadata.provenance["outlet"] = "not printed" }
        return (blocks, metadata, found.lines)
    }

    private static func place(_ raw: RawBlock, format: Source.Format, what: String) -> String {
        if case .heading(let level) = raw.kind, format == .html { return "<h\(level)>" }
        return raw.line == 1 ? "first line" : "\(what) line \(raw.line)"
    }

    private func detectLanguage(of tokens: [String], declared: String?, into metadata: inout Metadata,
                                notices: inout [Notice], file: String) {
        if let stated = metadata.language {
            if stated.lowercased().prefix(2) != "en" {
                notices.append(Notice(.warning, file: file, message: "not in English (stated “\(stated)”): left out of extraction"))
            }
            return
        }
        let guess = Language.detect(tokens: tokens)
        let code = guess.confident ? guess.code : (declared.map { String($0.prefix(2)).lowercased() } ?? guess.code)
        metadata.language = code
        metadata.provenance["language"] = guess.confident ? "detected from common words" : (declared != nil ? "declared in the page" : "assumed (too little text to tell)")
        if code != "en" {
            let name = code == "und" ? "language not recognised" : "detected “\(code)”"
            notices.append(Notice(.warning, file: file, message: "not in English (\(name)): left out of extraction"))
        }
    }

    /// Gives every analysed block its sentences, numbered in reading order. `split` are sentences the
    /// blocks were given before (refine renumbers after taking blocks out): a block that has some keeps
    /// their texts instead of being split again.
    static func number(_ blocks: inout [Block], maxLength: Int = SentenceSplitter.defaultMaxLength,
                       split: [Sentence] = []) -> [Sentence] {
        var sentences: [Sentence] = []
        for i in blocks.indices {
            let before = blocks[i].sentences
            blocks[i].sentences = []
            guard blocks[i].role.isAnalysed else { continue }
            let known = !before.isEmpty && before.allSatisfy { split.indices.contains($0) }
            for text in known ? before.map({ split[$0].text }) : SentenceSplitter.sentences(in: blocks[i].text, maxLength: maxLength) {
                blocks[i].sentences.append(sentences.count)
                sentences.append(Sentence(index: sentences.count, text: text))
            }
        }
        return sentences
    }
}
