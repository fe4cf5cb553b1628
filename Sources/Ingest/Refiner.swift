import Model

/// Corpus-wide refinements: the same text twice, lines that recur across sources (site furniture),
/// and a tail that shifts sharply away from what the rest of the corpus is about.
struct Refiner {
    /// Fewest content words a part needs before its overlap with the corpus means anything.
    static let minimumWords = 40
    /// Sentences are renumbered with the same bound on their length as ingest used.
    var maxSentenceLength = SentenceSplitter.defaultMaxLength

    /// Cost: every analysed block of every source is tokenised once; the duplicate keys, the recurring
    /// lines and the topic shifts all read those tokens. Linear in the corpus.
    func refine(_ input: [Source]) -> (sources: [Source], notices: [Notice]) {
        var sources = input
        var notices: [Notice] = []
        // The tokens of each analysed block (nil for the others). Refine only ever takes blocks out of
        // the analysis, so these cover every block it reads.
        let tokens = input.map { source in source.blocks.map { $0.role.isAnalysed ? Words.tokens($0.text) : nil } }
        var duplicateOf: [Int: Int] = [:]
        var firstWithText: [String: Int] = [:]
        for (i, source) in sources.enumerated() {
            // `Words.key(source.analysedText)`: the blocks' tokens in order, one space apart.
            let key = tokens[i].compactMap { $0 }.flatMap { $0 }.joined(separator: " ")
            guard !key.isEmpty else { continue }
            if let first = firstWithText[key] {
                duplicateOf[i] = first
                notices.append(Notice(.warning, file: source.file,
                    message: "same text as \(sources[first].file): \(source.file) and \(sources[first].file) are one article saved twice"))
            } else {
                firstWithText[key] = i
            }
        }
        let distinct = sources.indices.filter { duplicateOf[$0] == nil }
        markRecurringLines(&sources, among: distinct, tokens: tokens)
        if distinct.count >= 3 { markTopicShifts(&sources, among: distinct, tokens: tokens) }
        for i in sources.indices where sources[i] != input[i] {
            sources[i].sentences = Ingester.number(&sources[i].blocks, maxLength: maxSentenceLength, split: input[i].sentences)
        }
        return (sources, notices)
    }

    /// Short non-sentence lines printed in several sources are the sites' furniture, not the story.
    private func markRecurringLines(_ sources: inout [Source], among distinct: [Int], tokens: [[[String]?]]) {
        // The key of every furniture-shaped block, found once for both passes (a block's shape does not
        // change when another block is marked).
        let keys = distinct.map { i in
            sources[i].blocks.indices.map { b in Self.furnitureKey(sources[i].blocks[b], tokens: tokens[i][b]) }
        }
        var seenIn: [String: Set<Int>] = [:]
        for (n, i) in distinct.enumerated() {
            for key in keys[n] { if let key { seenIn[key, default: []].insert(i) } }
        }
        for (n, i) in distinct.enumerated() {
            for b in sources[i].blocks.indices {
                guard let key = keys[n][b] else { continue }
                let count = seenIn[key]?.count ?? 0
                guard count >= 3 || (count >= 2 && Words.count(sources[i].blocks[b].text) <= 4) else { continue }
                sources[i].blocks[b].role = .boilerplate
                sources[i].blocks[b].reason = "recurs in \(count - 1) other source\(count == 2 ? "" : "s"): site furniture"
            }
        }
    }

    /// The block's key (`Words.key`) when it is shaped like site furniture: analysed, short, not a
    /// sentence, with words. Nil otherwise.
    private static func furnitureKey(_ block: Block, tokens: [String]?) -> String? {
        guard block.role.isAnalysed, let tokens, !tokens.isEmpty, Words.count(block.text) <= 12,
              !Words.endsLikeSentence(block.text) else { return nil }
        return tokens.joined(separator: " ")
    }

    /// Marks the tail of a source unrelated when its words are much rarer in the other sources than
    /// the words before it: a second story without its own headline or date.
    private func markTopicShifts(_ sources: inout [Source], among distinct: [Int], tokens: [[[String]?]]) {
        // The content words of each block still analysed, from its tokens.
        let content = distinct.map { i in
            sources[i].blocks.indices.map { b in
                sources[i].blocks[b].role.isAnalysed ? tokens[i][b].map(Words.content(tokens:)) ?? [] : []
            }
        }
        // How many sources use each word, counted once: a word of source i occurs in another source
        // exactly when it is used by two or more. Linear in the corpus, not in pairs of sources.
        var sourcesUsing: [String: Int] = [:]
        for words in content {
            for word in Set(words.joined()) { sourcesUsing[word, default: 0] += 1 }
        }
        for (n, i) in distinct.enumerated() {
            guard let shift = Self.topicShift(in: sources[i].blocks, content: { content[n][$0] },
                                              sharedWith: { (sourcesUsing[$0] ?? 0) >= 2 }) else { continue }
            Segmenter.markUnrelated(&sources[i].blocks, from: shift.start, reason: shift.reason)
        }
    }

    /// The analysed block where a sharp shift away from the corpus's vocabulary starts, if any.
    /// `content(b)` is `Words.content` of block `b`'s text.
    static func topicShift(in blocks: [Block], content: (Int) -> [String],
                           sharedWith isShared: (String) -> Bool) -> (start: Int, reason: String)? {
        let analysed = blocks.indices.filter { blocks[$0].role.isAnalysed }
        guard analysed.count >= 5 else { return nil }
        let words = analysed.map(content)
        let shared = words.map { $0.filter(isShared).count }
        var best: (k: Int, ratio: Double, head: Double, tail: Double)?
        for k in 3...(analysed.count - 2) {
            let headWords = words[..<k].reduce(0) { $0 + $1.count }, tailWords = words[k...].reduce(0) { $0 + $1.count }
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
