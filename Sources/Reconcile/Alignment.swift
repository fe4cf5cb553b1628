import Model

/// Aligns sentences across the members of a family: the same sentence as each outlet printed it.
struct Alignment {
    /// Shared content words, and their share of the shorter sentence, that make two sentences one.
    static let minShared = 5
    static let minOverlap = 0.45

    let sources: [ID<Source>: Source]
    /// Each sentence's content words, kept or made (`SentenceLookup`).
    var lookup: SentenceLookup

    init(sources: [ID<Source>: Source], lookup: SentenceLookup? = nil) {
        self.sources = sources
        self.lookup = lookup ?? SentenceLookup(sources: sources)
    }

    /// Clusters of aligned sentences (at most one per source), each with two or more sources.
    func clusters(in family: Family) -> [[Citation]] {
        var nodes: [Citation] = []
        var words: [ArraySlice<UInt64>] = []
        for id in family.sources {
            guard let source = sources[id] else { continue }
            for (n, sentence) in source.sentences.enumerated() {
                nodes.append(Citation(source: id, sentence: sentence.index))
                words.append(lookup.words(id, n, text: sentence.text))
            }
        }
        var index: [UInt64: [Int]] = [:]
        for (i, set) in words.enumerated() { for word in set { index[word, default: []].append(i) } }
        var sets = UnionFind(count: nodes.count)
        for i in nodes.indices {
            var shared: [Int: Int] = [:]
            for word in words[i] { for j in index[word]! where j > i && nodes[j].source != nodes[i].source { shared[j, default: 0] += 1 } }
            // Best match per other source only, so a cluster holds one version per outlet.
            var best: [ID<Source>: (Int, Double)] = [:]
            for (j, count) in shared where count >= Alignment.minShared {
                let overlap = Double(count) / Double(max(1, min(words[i].count, words[j].count)))
                guard overlap >= Alignment.minOverlap else { continue }
                if let current = best[nodes[j].source], (current.1, -current.0) >= (overlap, -j) { continue }
                best[nodes[j].source] = (j, overlap)
            }
            for (_, (j, _)) in best { sets.union(i, j) }
        }
        return sets.groups().compactMap { group in
            let citations = group.map { nodes[$0] }
            var seen = Set<ID<Source>>()
            let unique = citations.filter { seen.insert($0.source).inserted }
            return unique.count >= 2 ? unique : nil
        }
    }
}
