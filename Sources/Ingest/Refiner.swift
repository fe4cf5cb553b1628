import Model

/// Corpus-wide refinements: the same text twice, lines that recur across sources (site furniture),
/// and a tail that shifts sharply away from what the rest of the corpus is about.
struct Refiner {
    /// Fewest content words a part needs before its overlap with the corpus means anything.
    static let minimumWords = 40
    /// Sentences are renumbered with the same bound on their length as ingest used.
    var maxSentenceLength = SentenceSplitter.defaultMaxLength

    func refine(_ input: [Source]) -> (sources: [Source], notices: [Notice]) {
        var sources = input
        var notices: [Notice] = []
        var duplicateOf: [Int: Int] = [:]
        var firstWithText: [String: Int] = [:]
        for (i, source) in sources.enumerated() {
            let key = Words.key(source.analysedText)
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
        markRecurringLines(&sources, among: distinct)
        if distinct.count >= 3 { markTopicShifts(&sources, among: distinct) }
        for i in sources.indices where sources[i] != input[i] {
            sources[i].sentences = Ingester.number(&sources[i].blocks, maxLength: maxSentenceLength)
        }
        return (sources, notices)
    }

    /// Short non-sentence lines printed in several sources are the sites' furniture, not the story.
    private func markRecurringLines(_ sources: inout [Source], among distinct: [Int]) {
        var seenIn: [String: Set<Int>] = [:]
        for i in distinct {
            for block in sources[i].blocks where Self.isFurnitureShaped(block) {
                seenIn[Words.key(block.text), default: []].insert(i)
            }
        }
        for i in distinct {
            for b in sources[i].blocks.indices where Self.isFurnitureShaped(sources[i].blocks[b]) {
                let block = sources[i].blocks[b]
                let count = seenIn[Words.key(block.text)]?.count ?? 0
                guard count >= 3 || (count >= 2 && Words.count(block.text) <= 4) else { continue }
                sources[i].blocks[b].role = .boilerplate
                sources[i].blocks[b].reason = "recurs in \(count - 1) other source\(count == 2 ? "" : "s"): site furniture"
            }
        }
    }

    private static func isFurnitureShaped(_ block: Block) -> Bool {
        block.role.isAnalysed && Words.count(block.text) <= 12 && !Words.endsLikeSentence(block.text)
            && !Words.key(block.text).isEmpty
    }

    /// Marks the tail of a source unrelated when its words are much rarer in the other sources than
    /// the words before it: a second story without its own headline or date.
    private func markTopicShifts(_ sources: inout [Source], among distinct: [Int]) {
        // How many sources use each word, counted once: a word of source i occurs in another source
        // exactly when it is used by two or more. Linear in the corpus, not in pairs of sources.
        var sourcesUsing: [String: Int] = [:]
        for i in distinct {
            for word in Set(Words.content(sources[i].analysedText)) { sourcesUsing[word, default: 0] += 1 }
        }
        for i in distinct {
            guard let shift = Self.topicShift(in: sources[i].blocks, sharedWith: { (sourcesUsing[$0] ?? 0) >= 2 }) else { continue }
            Segmenter.markUnrelated(&sources[i].blocks, from: shift.start, reason: shift.reason)
        }
    }

    /// The analysed block where a sharp shift away from the corpus's vocabulary starts, if any.
    static func topicShift(in blocks: [Block], sharedWith isShared: (String) -> Bool) -> (start: Int, reason: String)? {
        let analysed = blocks.indices.filter { blocks[$0].role.isAnalysed }
        guard analysed.count >= 5 else { return nil }
        let words = analysed.map { Words.content(blocks[$0].text) }
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
