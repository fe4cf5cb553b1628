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

    func families() -> [Family] {
        var sets = UnionFind(count: sources.count)
        var evidence: [Int: [String]] = [:]
        // Each text is tokenised once, for its shingles and for the credit lines.
        let tokens = sources.map { Words.tokens($0.sentences.map(\.text).joined(separator: " ")) }
        let shingles = tokens.map { Words.shingles($0, k: TextReuse.k) }
        for (i, j, score) in pairs(shingles) where score >= TextReuse.containmentThreshold {
            sets.union(i, j)
            evidence[i, default: []].append("\(sources[i].id) and \(sources[j].id) share \(percent(score)) of the shorter text's five-word sequences")
        }
        let signatures = sources.map { claimSignatures($0) }
        let quotations = sources.map { Words.shingles(quotedWords($0), k: TextReuse.quoteK) }
        let quotePairs = Set(pairs(quotations, counting: true).map { Pair($0.0, $0.1) })
        let credits = creditPairs(tokens)
        for (i, j, shared) in pairs(signatures, counting: true) {
            let overlap = Double(shared) / Double(max(1, min(signatures[i].count, signatures[j].count)))
            guard Int(shared) >= TextReuse.minSharedClaims, overlap >= TextReuse.claimOverlapThreshold,
                  sets.find(i) != sets.find(j) else { continue }
            let credited = credits.contains(Pair(i, j))
            guard credited || quotePairs.contains(Pair(i, j)) else { continue }
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

    /// Pairs of sets that share elements, with containment (|A∩B| / min) or the shared count.
    private func pairs(_ sets: [Set<UInt64>], counting: Bool = false) -> [(Int, Int, Double)] {
        var index: [UInt64: [Int]] = [:]
        for (i, set) in sets.enumerated() {
            for element in set { index[element, default: []].append(i) }
        }
        var shared: [Int: [Int: Int]] = [:]
        for posting in index.values where posting.count > 1 && posting.count <= TextReuse.maxPosting {
            for a in posting.indices {
                for b in posting.indices where b > a {
                    shared[posting[a], default: [:]][posting[b], default: 0] += 1
                }
            }
        }
        var result: [(Int, Int, Double)] = []
        for (i, row) in shared {
            for (j, count) in row {
                if counting {
                    result.append((i, j, Double(count)))
                } else {
                    result.append((i, j, Double(count) / Double(max(1, min(sets[i].count, sets[j].count)))))
                }
            }
        }
        return result.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// An unordered pair of source indexes.
    private struct Pair: Hashable {
        let a: Int, b: Int
        init(_ x: Int, _ y: Int) { a = min(x, y); b = max(x, y) }
    }

    /// Words inside quotation marks, one run per quotation, joined with a break word so shingles never span two.
    private func quotedWords(_ source: Source) -> [String] {
        var words: [String] = []
        for sentence in source.sentences {
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

    /// Pairs where one source's text names the other's outlet ("…, the Tidewater Press Agency reported").
    /// Outlets of one word are too ambiguous to count.
    private func creditPairs(_ texts: [[String]]) -> Set<Pair> {
        var outletOwners: [String: [Int]] = [:]
        for (n, source) in sources.enumerated() {
            guard let outlet = source.metadata.outlet else { continue }
            let words = Words.tokens(outlet)
            guard words.count >= 2 else { continue }
            outletOwners[words.joined(separator: " "), default: []].append(n)
        }
        guard !outletOwners.isEmpty else { return [] }
        let maxWords = outletOwners.keys.map { $0.split(separator: " ").count }.max() ?? 0
        var result = Set<Pair>()
        for (i, tokens) in texts.enumerated() {
            // Every run of 2…maxWords words, looked up by hash: linear in the text.
            for start in tokens.indices {
                for length in 2...max(2, maxWords) where start + length <= tokens.count {
                    guard let owners = outletOwners[tokens[start..<(start + length)].joined(separator: " ")] else { continue }
                    for j in owners where j != i { result.insert(Pair(i, j)) }
                }
            }
        }
        return result
    }

    private func claimSignatures(_ source: Source) -> Set<UInt64> {
        guard let extraction = extractions[source.id] else { return [] }
        var signatures = Set<UInt64>()
        for claim in extraction.claims where claim.measure != nil && claim.value.qualifier != .vague && claim.derivedFrom == nil {
            let low = claim.value.low.map(Quantity.format) ?? "", high = claim.value.high.map(Quantity.format) ?? ""
            signatures.insert(Words.fnv1a(["claim", claim.measure ?? "", low, high]))
        }
        for event in extraction.events where event.date.granularity == .day {
            signatures.insert(Words.fnv1a(["event", event.date.iso]))
        }
        return signatures
    }

    private func percent(_ value: Double) -> String { "\(Int((min(1, value) * 100).rounded()))%" }
}
