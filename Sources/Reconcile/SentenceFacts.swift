import Model

/// What sentence alignment, place drift and the timeline read of one source alone: each sentence's content
/// words (`Words.contentWords`, each hashed with `Words.fnv1a` and listed once, sorted) and the places it
/// names (`DriftFinder.places(in:)`). A build keeps them inside the source's `ReuseFacts`, by the source's
/// digest, so after one more article only that article's sentences are tokenised. The 64-bit hashes stand
/// for the words as the shingles of text reuse do: only two words whose hashes collide would be told apart
/// differently.
public struct SentenceFacts: Hashable, Sendable {
    /// Every sentence's word hashes, one sentence after another: sentence n's end at `ends[n]`.
    private(set) var words: [UInt64]
    private(set) var ends: [Int]
    /// The places each sentence names, sorted.
    private(set) var places: [[String]]
    /// The UTF-8 length of all sentences together, to tell facts of another text with as many sentences.
    private(set) var length: Int

    /// Cost: one tokenisation of each sentence, read for its content words and its places.
    init(_ source: Source, finder: DriftFinder) {
        self.init(source, tokens: source.sentences.map { Words.tokens($0.text) }, finder: finder)
    }

    /// The facts from each sentence's `Words.tokens`, when they were made for text reuse too.
    init(_ source: Source, tokens: [[String]], finder: DriftFinder) {
        words = []
        ends = []
        places = []
        let stopWords = Words.stopWords
        for (sentence, tokens) in zip(source.sentences, tokens) {
            words += Words.contentWordHashes(tokens: tokens, stopWords: stopWords)
            ends.append(words.count)
            places.append(finder.places(in: sentence.text, tokens: tokens, stopWords: stopWords).sorted())
        }
        length = Self.length(of: source)
    }

    private init(words: [UInt64], ends: [Int], places: [[String]], length: Int) {
        self.words = words
        self.ends = ends
        self.places = places
        self.length = length
    }

    /// Sentence n's content-word hashes. Cost: O(1).
    func words(of n: Int) -> ArraySlice<UInt64> { words[(n == 0 ? 0 : ends[n - 1])..<ends[n]] }

    /// Whether these facts were made from the sentences of `source` (as many, as long). Cost: O(sentences).
    func describe(_ source: Source) -> Bool {
        ends.count == source.sentences.count && places.count == ends.count && length == Self.length(of: source)
    }

    private static func length(of source: Source) -> Int { source.sentences.reduce(0) { $0 + $1.text.utf8.count } }

    /// Place names hold no tab or newline (the gazetteer's could, in principle: such facts are not kept).
    var isEncodable: Bool { !places.contains { $0.contains { $0.isEmpty || $0.contains("\t") || $0.contains("\n") } } }
}

extension SentenceFacts: Codable {
    private enum CodingKeys: String, CodingKey { case words, ends, places, length }

    /// Strings, not JSON arrays (a decoder's container per element costs more than the facts save): the
    /// hashes as hex, the ends as decimals a space apart, the places a tab apart and a newline per sentence.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ReuseFacts.hex(words), forKey: .words)
        try container.encode(ends.map(String.init).joined(separator: " "), forKey: .ends)
        try container.encode(places.map { $0.joined(separator: "\t") }.joined(separator: "\n"), forKey: .places)
        try container.encode(length, forKey: .length)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let endsText = try container.decode(String.self, forKey: .ends)
        let ends = endsText.isEmpty ? [] : endsText.split(separator: " ", omittingEmptySubsequences: false).map { Int($0) }
        let placesText = try container.decode(String.self, forKey: .places)
        let places = ends.isEmpty ? [] : placesText.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.isEmpty ? [] : line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        guard let words = ReuseFacts.hashes(try container.decode(String.self, forKey: .words)),
              !ends.contains(nil), places.count == ends.count,
              zip(ends, ends.dropFirst()).allSatisfy({ $0! <= $1! }), (ends.last ?? 0) == words.count else {
            throw DecodingError.dataCorruptedError(forKey: .words, in: container, debugDescription: "not sentence facts")
        }
        self.init(words: words, ends: ends.map { $0! }, places: places, length: try container.decode(Int.self, forKey: .length))
    }
}

/// Each source's sentence facts where they were kept and describe it; sentences of the others (or of an
/// event whose summary is not its sentence) are tokenised when asked for, as before the facts existed.
struct SentenceLookup {
    let sources: [ID<Source>: Source]
    private let facts: [ID<Source>: SentenceFacts]

    /// Cost: O(sentences) per source with facts, to check they describe it.
    init(sources: [ID<Source>: Source], reuse: [ID<Source>: ReuseFacts] = [:]) {
        self.sources = sources
        var facts: [ID<Source>: SentenceFacts] = [:]
        for (id, kept) in reuse {
            if let sentences = kept.sentences, let source = sources[id], sentences.describe(source) { facts[id] = sentences }
        }
        self.facts = facts
    }

    /// The content-word hashes of sentence `n` of `source`, whose text is `text`. Cost: O(1) from the facts
    /// (the text compared with the sentence's: shared storage for the source's own sentence, else one memcmp),
    /// else one tokenisation.
    func words(_ source: ID<Source>, _ n: Int, text: String) -> ArraySlice<UInt64> {
        if let kept = facts[source], let sentences = sources[source]?.sentences, sentences.indices.contains(n),
           sentences[n].text == text {
            return kept.words(of: n)
        }
        return ArraySlice(Words.contentWordHashes(text))
    }

    /// A source's facts, where kept and describing it.
    func facts(of source: ID<Source>) -> SentenceFacts? { facts[source] }

    /// The places sentence `citation` names. Cost: O(its places) from the facts, else one tokenisation.
    func places(_ citation: Citation, finder: DriftFinder) -> Set<String> {
        if let kept = facts[citation.source], kept.ends.indices.contains(citation.sentence) {
            return Set(kept.places[citation.sentence])
        }
        guard let source = sources[citation.source], source.sentences.indices.contains(citation.sentence) else {
            return finder.places(in: "")
        }
        return finder.places(in: source.sentences[citation.sentence].text)
    }
}
