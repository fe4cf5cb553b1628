import Lexicon
import Model

/// Finds sources that tell one story: wire copies and rewrites by shingle containment, translations and
/// paraphrases by shared claims backed by shared wording (a quotation both print) or a credit line (one
/// names the other's outlet). Independent reports of one event share figures by nature, so shared figures
/// alone never make a family. Candidate pairs come from inverted indexes, never from all pairs: the cost is
/// linear in the corpus' words plus the pairs that share a shingle, a quotation or a figure.
struct TextReuse {
    /// Word shingle length.
    static let k = 5
    /// Share of the shorter text's shingles found in the other that makes a copy.
    static let containmentThreshold = 0.25
    /// Shared claims (same measure and figure, or same dated event) that make a paraphrase, and the share
    /// of the smaller set they must be.
    static let minSharedClaims = 3
    static let claimOverlapThreshold = 0.5
    /// A shingle in more sources than this is boilerplate, not evidence of copying.
    static let maxPosting = 50
    /// Words in a shared run of quotation that shows two texts copy one wording.
    static let quoteK = 6

    let sources: [Source]
    let extractions: [ID<Source>: Extraction]
    /// Each source's shingles where known (kept from an earlier build by the source's digest); the others
    /// are made here.
    var facts: [ID<Source>: ReuseFacts] = [:]

    /// Cost: with every source's `ReuseFacts` given, no text is tokenised except those of the pairs that
    /// share enough figures and need a credit line looked for; postings are made from the hashed shingles.
    func families() -> [Family] {
        var sets = UnionFind(count: sources.count)
        var evidence: [Int: [String]] = [:]
        let facts = sources.map { self.facts[$0.id] ?? ReuseFacts($0) }
        for (i, j, score) in pairs(facts.map(\.shingles)) where score >= TextReuse.containmentThreshold {
            sets.union(i, j)
            evidence[i, default: []].append("\(sources[i].id) and \(sources[j].id) share \(percent(score)) of the shorter text's five-word sequences")
        }
        let signatures = sources.map { claimSignatures($0) }
        let quotePairs = Set(pairs(facts.map(\.quotations), counting: true).map { Pair($0.0, $0.1) })
        var credits = Credits(sources: sources)
        for (i, j, shared) in pairs(signatures, counting: true) {
            let overlap = Double(shared) / Double(max(1, min(signatures[i].count, signatures[j].count)))
            guard Int(shared) >= TextReuse.minSharedClaims, overlap >= TextReuse.claimOverlapThreshold,
                  sets.find(i) != sets.find(j) else { continue }
            let credited = credits.credit(i, j)
            guard credited || quotePairs.contains(Pair(i, j)) && mayShareOneQuotation(sources[i], sources[j]) else { continue }
            sets.union(i, j)
            let backing = credited ? "and one credits the other's outlet" : "and print the same quotation"
            evidence[i, default: []].append("\(sources[i].id) and \(sources[j].id) carry \(Int(shared)) of the same figures and dates \(backing)")
        }
        return sets.groups().map { members in
            let ordered = members.sorted { a, b in
                let da = sources[a].metadata.published, db = sources[b].metadata.published
                switch (da, db) {
                case let (x?, y?) where x != y: return x < y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return sources[a].id < sources[b].id
                }
            }
            let dated = members.compactMap { sources[$0].metadata.published }
            let window = dated.isEmpty || dated.count == members.count ? nil : dated.min()!...dated.max()!
            let notes = members.flatMap { evidence[$0] ?? [] }
            return Family(id: ID("f-" + sources[ordered[0]].id.rawValue), sources: ordered.map { sources[$0].id },
                          evidence: Array(Set(notes)).sorted(), window: window)
        }
    }

    /// Pairs of sets (each element listed once) that share elements, with containment (|A∩B| / min) or
    /// the shared count, sorted. Cost: one hash look-up per element (an element only one set holds gets no
    /// list), then per set, one array increment per other member of each of its postings: the pairs
    /// sharing an element, counted without a dictionary per pair.
    private func pairs(_ sets: [[UInt64]], counting: Bool = false) -> [(Int, Int, Double)] {
        // The first set holding each element, until a second one does: then -(its posting's number + 1).
        var holder: [UInt64: Int] = [:]
        holder.reserveCapacity(sets.reduce(0) { $0 + $1.count })
        var postings: [[Int]] = []
        func hold(_ slot: inout Int, _ i: Int) {
            if slot == Int.min {
                slot = i
            } else if slot >= 0 {
                postings.append([slot, i])
                slot = -postings.count
            } else {
                postings[-slot - 1].append(i)
            }
        }
        for (i, set) in sets.enumerated() {
            for element in set { hold(&holder[element, default: Int.min], i) }
        }
        // The postings each set is in (members are in set order), with its place in them.
        var memberOf = [[(posting: Int, at: Int)]](repeating: [], count: sets.count)
        for (p, posting) in postings.enumerated() where posting.count <= TextReuse.maxPosting {
            for (at, member) in posting.enumerated() { memberOf[member].append((p, at)) }
        }
        var result: [(Int, Int, Double)] = []
        var shared = [Int](repeating: 0, count: sets.count), touched: [Int] = []
        for i in sets.indices {
            for (p, at) in memberOf[i] {
                for j in postings[p][(at + 1)...] {
                    if shared[j] == 0 { touched.append(j) }
                    shared[j] += 1
                }
            }
            touched.sort()
            for j in touched {
                let count = shared[j]
                shared[j] = 0
                result.append((i, j, counting ? Double(count) : Double(count) / Double(max(1, min(sets[i].count, sets[j].count)))))
            }
            touched.removeAll(keepingCapacity: true)
        }
        return result
    }

    /// An unordered pair of source indexes.
    private struct Pair: Hashable {
        let a: Int, b: Int
        init(_ x: Int, _ y: Int) { a = min(x, y); b = max(x, y) }
    }

    /// Words inside quotation marks, one run per quotation, joined with a break word so shingles never span two.
    static func quotedWords(_ source: Source) -> [String] {
        var words: [String] = []
        for sentence in source.sentences {
            if let quoted = Words.quotedWords(plain: sentence.text) {
                words += quoted
                continue
            }
            var inside = false
            var current = ""
            for ch in sentence.text {
                switch ch {
                case "\u{201C}", "\u{201D}", "\"":
                    if inside { words += Words.tokens(current) + ["\u{1}"] }
                    inside = ch == "\u{201C}" ? true : (ch == "\u{201D}" ? false : !inside)
                    current = ""
                default:
                    if inside { current.append(ch) }
                }
            }
        }
        return words
    }

    /// Whether one source of a pair names the other's outlet in its text ("…, the Tidewater Press Agency
    /// reported"). Outlets of one word are too ambiguous to count. A text is tokenised when a pair first
    /// asks for it: only the pairs that share enough figures do.
    private struct Credits {
        let sources: [Source]
        /// Each source's outlet as tokens, when it has two words or more.
        let outlets: [[String]?]
        var texts: [Int: [String]] = [:]

        init(sources: [Source]) {
            self.sources = sources
            outlets = sources.map { source in
                source.metadata.outlet.map { Words.tokens($0) }.flatMap { $0.count >= 2 ? $0 : nil }
            }
        }

        /// Whether `i`'s text names `j`'s outlet or `j`'s names `i`'s. Cost: linear in the two texts.
        mutating func credit(_ i: Int, _ j: Int) -> Bool { names(i, outletOf: j) || names(j, outletOf: i) }

        private mutating func names(_ i: Int, outletOf j: Int) -> Bool {
            guard let outlet = outlets[j] else { return false }
            let text = texts[i] ?? ReuseFacts.tokens(sources[i])
            texts[i] = text
            guard text.count >= outlet.count else { return false }
            return (0...(text.count - outlet.count)).contains { start in
                text[start] == outlet[0] && text[start..<(start + outlet.count)].elementsEqual(outlet)
            }
        }
    }

    /// Whether shared figures and a shared quotation may make two texts one story. Independent reporters quote one
    /// statement alike: a report under its own reporter's byline is one only with a text that names the same
    /// author or says it is a translation. Cost: the two sources' bylines and left-out notes.
    func mayShareOneQuotation(_ a: Source, _ b: Source) -> Bool {
        let x = Set(a.metadata.authors), y = Set(b.metadata.authors)
        if x.isEmpty && y.isEmpty || !x.isDisjoint(with: y) { return true }
        return Self.isTranslation(a) || Self.isTranslation(b)
    }

    /// A note about the article that says it is a translation (`boilerplate.translationWords`).
    static func isTranslation(_ source: Source) -> Bool {
        let words = WordLists.current.words(Lists.boilerplateTranslationWords)
        return source.blocks.contains { block in
            block.role == .boilerplate && block.text.count <= 400 && Words.tokens(block.text).contains(where: words.contains)
        }
    }

    /// The hashed figures and dates of a source's extraction, each listed once.
    private func claimSignatures(_ source: Source) -> [UInt64] {
        guard let extraction = extractions[source.id] else { return [] }
        var signatures = Set<UInt64>()
        for claim in extraction.claims where claim.measure != nil && claim.value.qualifier != .vague && claim.derivedFrom == nil {
            let low = claim.value.low.map(Quantity.format) ?? "", high = claim.value.high.map(Quantity.format) ?? ""
            signatures.insert(Words.fnv1a(["claim", claim.measure ?? "", low, high]))
        }
        for event in extraction.events where event.date.granularity == .day {
            signatures.insert(Words.fnv1a(["event", event.date.iso]))
        }
        return Array(signatures)
    }

    private func percent(_ value: Double) -> String { "\(Int((min(1, value) * 100).rounded()))%" }
}

/// What text reuse reads of one source alone: the hashed five-word shingles of its sentences and six-word
/// shingles of its quotations, each listed once (sorted). A build keeps them by the source's digest, so
/// finding families after one more article tokenises that article only.
public struct ReuseFacts: Hashable, Sendable, Codable {
    var shingles: [UInt64]
    var quotations: [UInt64]
    /// What alignment, place drift and the timeline read of each sentence, where made (`reuseFacts(of:)`).
    var sentences: SentenceFacts?

    /// Cost: one tokenisation of the source's sentences and of its quotations.
    init(_ source: Source) {
        self.init(source, sentenceTokens: source.sentences.map { Words.tokens($0.text) })
    }

    /// The facts from each sentence's `Words.tokens`: the sentences joined by spaces tokenise as their
    /// tokens one after another (a space is no part of a word and ends any character before it).
    init(_ source: Source, sentenceTokens: [[String]]) {
        shingles = Words.shingles(Array(sentenceTokens.joined()), k: TextReuse.k).sorted()
        quotations = Words.shingles(TextReuse.quotedWords(source), k: TextReuse.quoteK).sorted()
    }

    private enum CodingKeys: String, CodingKey { case shingles, quotations, sentences }

    /// Each list is one string of hex digits, sixteen to a hash: a JSON array of numbers costs a decoder a
    /// container per element, and a cached build reads every source's shingles.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.hex(shingles), forKey: .shingles)
        try container.encode(Self.hex(quotations), forKey: .quotations)
        if let sentences, sentences.isEncodable { try container.encode(sentences, forKey: .sentences) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let shingles = Self.hashes(try container.decode(String.self, forKey: .shingles)),
              let quotations = Self.hashes(try container.decode(String.self, forKey: .quotations)) else {
            throw DecodingError.dataCorruptedError(forKey: .shingles, in: container, debugDescription: "not hex hashes")
        }
        self.shingles = shingles
        self.quotations = quotations
        sentences = try container.decodeIfPresent(SentenceFacts.self, forKey: .sentences)
    }

    static func hex(_ hashes: [UInt64]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hashes.count * 16)
        for hash in hashes {
            for shift in stride(from: 60, through: 0, by: -4) { bytes.append(digits[Int((hash >> UInt64(shift)) & 15)]) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func hashes(_ hex: String) -> [UInt64]? {
        var result: [UInt64] = []
        result.reserveCapacity(hex.utf8.count / 16)
        var value: UInt64 = 0, digits = 0
        for byte in hex.utf8 {
            switch byte {
            case 48...57: value = value << 4 | UInt64(byte - 48)
            case 97...102: value = value << 4 | UInt64(byte - 87)
            default: return nil
            }
            digits += 1
            if digits == 16 { result.append(value); value = 0; digits = 0 }
        }
        return digits == 0 ? result : nil
    }

    /// The words of a source's sentences, as text reuse compares them.
    static func tokens(_ source: Source) -> [String] {
        Words.tokens(source.sentences.map(\.text).joined(separator: " "))
    }
}

extension Reconciler {
    /// What finding families, alignment, place drift and the timeline read of one refined source (cacheable by
    /// the source's digest). Cost: one tokenisation of its sentences and one of its quotations.
    public func reuseFacts(of source: Source) -> ReuseFacts {
        lists.withLists {
            let tokens = source.sentences.map { Words.tokens($0.text) }
            var facts = ReuseFacts(source, sentenceTokens: tokens)
            facts.sentences = SentenceFacts(source, tokens: tokens, finder: placeFinder)
            return facts
        }
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let boilerplateTranslationWords = ListName("boilerplate", "translationWords")
}
