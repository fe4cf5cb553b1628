import Model

/// What refine reads of one source, made from that source alone: the key of its text, the keys of its
/// furniture-shaped lines and its content words. A build keeps it beside the parsed source (keyed like it,
/// by the file's bytes and the configuration), so refining a corpus whose sources are cached tokenises
/// nothing: only the counts across sources are made again. Cost to make: one tokenisation of the source.
public struct RefineFacts: Hashable, Sendable, Codable {
    /// FNV-1a of the analysed text's key (`Words.key` of each analysed block, one space apart); nil
    /// when the text has no words. Equal hashes are confirmed on the texts themselves.
    var textHash: UInt64?
    /// Per block: its key when it is shaped like site furniture, else nil.
    var furniture: [Furniture?]
    /// The distinct content words of the analysed blocks, in order of first use.
    var words: [String]
    /// Per block: its content words (`Words.content`) as indexes into `words`, in order; empty for a
    /// block that is not analysed.
    var blockWords: [[Int]]

    /// A furniture-shaped block: analysed, short, not a sentence, with words.
    struct Furniture: Hashable, Sendable {
        /// `Words.key` of the block's text.
        var key: String
        /// At most four words as printed: twice in the corpus is enough to be furniture.
        var short: Bool
    }

    /// The facts of a source as ingest left it. Blocks that are not analysed contribute nothing.
    init(_ source: Source) {
        var hash = Self.offset, first = true
        var furniture: [Furniture?] = [], words: [String] = [], blockWords: [[Int]] = []
        var indexOf: [String: Int] = [:]
        for block in source.blocks {
            guard block.role.isAnalysed else {
                furniture.append(nil)
                blockWords.append([])
                continue
            }
            let tokens = Words.tokens(block.text)
            for token in tokens {
                if !first { hash = Self.mix(hash, 0x20) }
                first = false
                for byte in token.utf8 { hash = Self.mix(hash, byte) }
            }
            furniture.append(Self.furniture(block, tokens: tokens))
            blockWords.append(Words.content(tokens: tokens).map { word in
                if let known = indexOf[word] { return known }
                indexOf[word] = words.count
                words.append(word)
                return words.count - 1
            })
        }
        textHash = first ? nil : hash
        self.furniture = furniture
        self.words = words
        self.blockWords = blockWords
    }

    private enum CodingKeys: String, CodingKey { case textHash, blocks, furniture, words, blockWords }

    /// The words are one string, a space apart (a token has no space), the furniture one line per block
    /// (empty, or `1` or `0` for short or not and the key: keys are tokens a space apart, so no line break),
    /// and the blocks' word indexes one string of decimal numbers (`,` between words, `;` between blocks):
    /// a JSON array costs a decoder a container per element, and a cached build reads every source's facts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(textHash, forKey: .textHash)
        try container.encode(furniture.count, forKey: .blocks)
        try container.encode(furniture.map { $0.map { ($0.short ? "1" : "0") + $0.key } ?? "" }.joined(separator: "\n"), forKey: .furniture)
        try container.encode(words.joined(separator: " "), forKey: .words)
        try container.encode(blockWords.map { $0.map(String.init).joined(separator: ",") }.joined(separator: ";"), forKey: .blockWords)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        textHash = try container.decodeIfPresent(UInt64.self, forKey: .textHash)
        // With no blocks every list is empty; otherwise each has one entry per block.
        let count = try container.decode(Int.self, forKey: .blocks)
        let lines = try container.decode(String.self, forKey: .furniture)
        furniture = count == 0 ? [] : Self.pieces(lines, 0x0A).map { line in
            line.first.map { Furniture(key: String(line.dropFirst()), short: $0 == "1") }
        }
        let joined = try container.decode(String.self, forKey: .words)
        words = joined.isEmpty ? [] : Self.pieces(joined, 0x20).map(String.init)
        var blocks: [[Int]] = [[]], number: Int?
        for byte in try container.decode(String.self, forKey: .blockWords).utf8 {
            switch byte {
            case 48...57: number = (number ?? 0) * 10 + Int(byte - 48)
            case 44, 59:
                if let n = number { blocks[blocks.count - 1].append(n) }
                number = nil
                if byte == 59 { blocks.append([]) }
            default: throw DecodingError.dataCorruptedError(forKey: .blockWords, in: container, debugDescription: "not word indexes")
            }
        }
        if let n = number { blocks[blocks.count - 1].append(n) }
        if count == 0 { blocks = [] }
        let known = words.count
        guard furniture.count == count, blocks.count == count, blocks.allSatisfy({ $0.allSatisfy { $0 < known } }) else {
            throw DecodingError.dataCorruptedError(forKey: .blockWords, in: container, debugDescription: "word indexes do not fit")
        }
        blockWords = blocks
    }

    /// The pieces of a text between bytes `separator` (ASCII): split as bytes, since a separator followed by
    /// a combining mark is one `Character` and would not split.
    private static func pieces(_ text: String, _ separator: UInt8) -> [Substring] {
        text.utf8.split(separator: separator, omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// Whether these facts describe the blocks of `source` (a cached entry from another build does not).
    func fits(_ source: Source) -> Bool { furniture.count == source.blocks.count }

    private static let offset: UInt64 = 0xcbf29ce484222325
    private static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100000001b3 }

    /// The block's furniture key when it is shaped like site furniture: analysed, short, not a sentence,
    /// with words.
    private static func furniture(_ block: Block, tokens: [String]) -> Furniture? {
        guard !tokens.isEmpty else { return nil }
        let count = Words.count(block.text)
        guard count <= 12, !Words.endsLikeSentence(block.text) else { return nil }
        return Furniture(key: tokens.joined(separator: " "), short: count <= 4)
    }
}

/// Corpus-wide refinements: the same text twice, lines that recur across sources (site furniture),
/// and a tail that shifts sharply away from what the rest of the corpus is about.
struct Refiner {
    /// Fewest content words a part needs before its overlap with the corpus means anything.
    static let minimumWords = 40
    /// Sentences are renumbered with the same bound on their length as ingest used.
    var maxSentenceLength = SentenceSplitter.defaultMaxLength

    /// Cost: with every source's `RefineFacts` given (cached), no text is tokenised: a hash look-up per
    /// source for duplicates, per furniture-shaped line for recurring lines, and per distinct content word
    /// of each source for the counts behind topic shifts. Facts not given are made, one tokenisation of
    /// each source. Linear in the corpus either way.
    func refine(_ input: [Source], facts given: [RefineFacts?]? = nil) -> (sources: [Source], notices: [Notice]) {
        let facts = input.indices.map { i in
            given.flatMap { $0[i] }.flatMap { $0.fits(input[i]) ? $0 : nil } ?? RefineFacts(input[i])
        }
        var sources = input
        var notices: [Notice] = []
        var duplicateOf: [Int: Int] = [:]
        // Sources whose text hashed alike so far, and the texts' keys, made only to confirm a match.
        var firstWithHash: [UInt64: [Int]] = [:]
        var keys: [Int: String] = [:]
        func key(_ i: Int) -> String {
            if let known = keys[i] { return known }
            let made = input[i].blocks.filter(\.role.isAnalysed).flatMap { Words.tokens($0.text) }.joined(separator: " ")
            keys[i] = made
            return made
        }
        for (i, source) in sources.enumerated() {
            guard let hash = facts[i].textHash else { continue }
            if let first = firstWithHash[hash]?.first(where: { key($0) == key(i) }) {
                duplicateOf[i] = first
                notices.append(Notice(.warning, file: source.file,
                    message: "same text as \(sources[first].file): \(source.file) and \(sources[first].file) are one article saved twice"))
            } else {
                firstWithHash[hash, default: []].append(i)
            }
        }
        let distinct = sources.indices.filter { duplicateOf[$0] == nil }
        var changed = markRecurringLines(&sources, among: distinct, facts: facts)
        if distinct.count >= 3 { changed.formUnion(markTopicShifts(&sources, among: distinct, facts: facts, furnished: changed)) }
        for i in changed.sorted() {
            sources[i].sentences = Ingester.number(&sources[i].blocks, maxLength: maxSentenceLength, split: input[i].sentences)
        }
        return (sources, notices)
    }

    /// Short non-sentence lines printed in several sources are the sites' furniture, not the story.
    /// Returns the sources changed.
    private func markRecurringLines(_ sources: inout [Source], among distinct: [Int], facts: [RefineFacts]) -> Set<Int> {
        var seenIn: [String: Set<Int>] = [:]
        for i in distinct {
            for line in facts[i].furniture { if let line { seenIn[line.key, default: []].insert(i) } }
        }
        var changed = Set<Int>()
        for i in distinct {
            for (b, line) in facts[i].furniture.enumerated() {
                guard let line else { continue }
                let count = seenIn[line.key]?.count ?? 0
                guard count >= 3 || (count >= 2 && line.short) else { continue }
                sources[i].blocks[b].role = .boilerplate
                sources[i].blocks[b].reason = "recurs in \(count - 1) other source\(count == 2 ? "" : "s"): site furniture"
                changed.insert(i)
            }
        }
        return changed
    }

    /// Marks the tail of a source unrelated when its words are much rarer in the other sources than
    /// the words before it: a second story without its own headline or date. `furnished` are the sources
    /// that lost furniture lines (the others still analyse every block their facts have words for).
    /// Returns the sources changed.
    private func markTopicShifts(_ sources: inout [Source], among distinct: [Int], facts: [RefineFacts],
                                 furnished: Set<Int>) -> Set<Int> {
        // How many sources use each word of a block still analysed, counted once per source: a word of
        // source i occurs in another source exactly when it is used by two or more. Linear in the corpus,
        // not in pairs of sources.
        var sourcesUsing: [String: Int] = [:]
        for i in distinct {
            let words = facts[i].words
            guard furnished.contains(i) else {
                for word in words { sourcesUsing[word, default: 0] += 1 }
                continue
            }
            var used = [Bool](repeating: false, count: words.count)
            for (b, block) in sources[i].blocks.enumerated() where block.role.isAnalysed {
                for w in facts[i].blockWords[b] { used[w] = true }
            }
            for (w, word) in words.enumerated() where used[w] { sourcesUsing[word, default: 0] += 1 }
        }
        var changed = Set<Int>()
        for i in distinct {
            let blockWords = facts[i].blockWords
            // Whether each of the source's words occurs in another source, looked up once it is asked.
            var shared: [Bool]?
            let counted = Self.topicShift(in: sources[i].blocks, words: { blockWords[$0].count }, shared: { b in
                let flags = shared ?? facts[i].words.map { (sourcesUsing[$0] ?? 0) >= 2 }
                shared = flags
                return blockWords[b].reduce(0) { $0 + (flags[$1] ? 1 : 0) }
            })
            guard let shift = counted else { continue }
            Segmenter.markUnrelated(&sources[i].blocks, from: shift.start, reason: shift.reason)
            changed.insert(i)
        }
        return changed
    }

    /// The analysed block where a sharp shift away from the corpus's vocabulary starts, if any.
    /// `words(b)` counts the content words (`Words.content`) of block `b`'s text and `shared(b)` those of
    /// them that occur in other sources; `shared` is asked only when a split has enough words on both sides.
    static func topicShift(in blocks: [Block], words count: (Int) -> Int,
                           shared sharedCount: (Int) -> Int) -> (start: Int, reason: String)? {
        let analysed = blocks.indices.filter { blocks[$0].role.isAnalysed }
        guard analysed.count >= 5 else { return nil }
        let words = analysed.map(count)
        let total = words.reduce(0, +)
        guard (3...(analysed.count - 2)).contains(where: { k in
            let head = words[..<k].reduce(0, +)
            return head >= minimumWords && total - head >= minimumWords
        }) else { return nil }
        let shared = analysed.map(sharedCount)
        var best: (k: Int, ratio: Double, head: Double, tail: Double)?
        for k in 3...(analysed.count - 2) {
            let headWords = words[..<k].reduce(0, +), tailWords = words[k...].reduce(0, +)
            guard headWords >= minimumWords, tailWords >= minimumWords else { continue }
            let head = Double(shared[..<k].reduce(0, +)) / Double(headWords)
            let tail = Double(shared[k...].reduce(0, +)) / Double(tailWords)
            guard head >= 0.4, tail < head * 0.45, tail <= 0.3 else { continue }
            let ratio = tail / head
            if ratio < (best?.ratio ?? .infinity) { best = (k, ratio, head, tail) }
        }
        guard let best else { return nil }
        var start = analysed[best.k]
        if start > 0, blocks[start - 1].role == .subheadline || blocks[start - 1].role == .dateline { start -= 1 }
        let percent = { (x: Double) in "\(Int((x * 100).rounded()))%" }
        return (start, "a different story appended after the article: only \(percent(best.tail)) of its words occur in other sources, against \(percent(best.head)) before it")
    }
}
