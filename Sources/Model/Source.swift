/// One article as ingest read it: metadata, every block of the file with its role, and the sentences
/// that later stages analyse.
public struct Source: Hashable, Sendable, Codable, Identifiable {
    /// The file format a source came from.
    public enum Format: String, Sendable, Codable {
        case text, markdown, html
    }

    /// The file stem, e.g. `000_5ef4c4a7e52da6a1`; names the source page `sources/<id>.html`.
    public var id: ID<Source>
    /// The path relative to the input folder.
    public var file: String
    public var format: Format
    public var metadata: Metadata
    /// Every part of the file in reading order, kept or left out.
    public var blocks: [Block]
    /// The sentences of the analysed text; `sentences[n].index == n`, anchored as `#s<n>`.
    public var sentences: [Sentence]
    public var notices: [Notice]

    public init(id: ID<Source>, file: String, format: Format, metadata: Metadata,
                blocks: [Block], sentences: [Sentence], notices: [Notice] = []) {
        self.id = id
        self.file = file
        self.format = format
        self.metadata = metadata
        self.blocks = blocks
        self.sentences = sentences
        self.notices = notices
    }

    /// Whether English extraction should read this source.
    public var isAnalysed: Bool { metadata.language == nil || metadata.language == "en" }

    /// The text the analysis read: every kept sentence, one paragraph per block.
    public var analysedText: String {
        blocks.filter { $0.role.isAnalysed }.map(\.text).joined(separator: "\n\n")
    }
}

/// A source's metadata, each field with where it came from.
public struct Metadata: Hashable, Sendable, Codable {
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var published: EventDate?
    /// The printed date line, as printed ("Mon Mar 13 2023").
    public var publishedText: String?
    /// A two-letter language code; nil when not detected.
    public var language: String?
    public var authors: [String]
    /// Field name → where it came from ("first line", "date line 3", "front matter", "sources.yml").
    public var provenance: [String: String]

    public init(title: String? = nil, outlet: String? = nil, url: String? = nil,
                published: EventDate? = nil, publishedText: String? = nil, language: String? = "en",
                authors: [String] = [], provenance: [String: String] = [:]) {
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.publishedText = publishedText
        self.language = language
        self.authors = authors
        self.provenance = provenance
    }
}

/// A paragraph-like part of a source file and what ingest made of it.
public struct Block: Hashable, Sendable, Codable {
    /// What a block is.
    public enum Role: String, Sendable, Codable {
        case headline, subheadline, dateline, masthead, body, caption, boilerplate, unrelated

        /// Whether the analysis reads this block's sentences.
        public var isAnalysed: Bool { self == .body || self == .subheadline || self == .headline }
    }

    public var role: Role
    public var text: String
    /// Why a block was left out of the analysis; nil for analysed blocks.
    public var reason: String?
    /// Indexes into `Source.sentences` of this block's sentences (empty when left out).
    public var sentences: [Int]
    /// The 1-based line in the file where the block starts.
    public var line: Int

    public init(role: Role, text: String, reason: String? = nil, sentences: [Int] = [], line: Int = 0) {
        self.role = role
        self.text = text
        self.reason = reason
        self.sentences = sentences
        self.line = line
    }
}

/// One sentence of analysed text.
public struct Sentence: Hashable, Sendable, Codable {
    /// Its position among the source's sentences; the anchor is `s<index>`.
    public var index: Int
    public var text: String

    public init(index: Int, text: String) {
        self.index = index
        self.text = text
    }

    /// The sentence's anchor within its source page.
    public var anchor: String { "s\(index)" }
}
