import Model

/// Merges dated events across sources into one entry per event, in date order.
struct TimelineBuilder {
    /// Shared content words that make two same-day reports one event.
    static let minShared = 3

    /// Which story each source belongs to: copies of one story reporting the same day are one event
    /// even when reworded.
    var familyOf: [ID<Source>: ID<Family>] = [:]
    /// Each sentence's content words where kept (an event's summary is its sentence); else the summary's.
    var lookup: SentenceLookup?
    /// Same-date groups merged by earlier builds of this process (`serve`).
    var memo: ReconcileMemo?

    func entries(_ events: [Event]) -> [TimelineEntry] {
        let byDate = Dictionary(grouping: events) { $0.date.iso }
        var result: [TimelineEntry] = []
        for (_, sameDate) in byDate {
            let sorted = sameDate.sorted { ($0.source, $0.sentence) < ($1.source, $1.sentence) }
            let key = memo.map { _ in TimelineKey(events: sorted, families: sorted.map { familyOf[$0.source] }) }
            if let key, let kept = memo?.timeline(key) {
                result += kept
                continue
            }
            var merged: [TimelineEntry] = []
            let words = sorted.map { event in
                lookup?.words(event.source, event.sentence, text: event.summary) ?? ArraySlice(Words.contentWordHashes(event.summary))
            }
            var sets = UnionFind(count: sorted.count)
            for (i, j, shared) in TimelineBuilder.sharedWords(words) {
                let overlap = Double(shared) / Double(max(1, min(words[i].count, words[j].count)))
                let sameStory = sorted[i].date.granularity == .day
                    && familyOf[sorted[i].source] != nil && familyOf[sorted[i].source] == familyOf[sorted[j].source]
                    && sorted[i].source != sorted[j].source
                if (shared >= TimelineBuilder.minShared && overlap >= 0.3) || (sameStory && shared >= 2) {
                    sets.union(i, j)
                }
            }
            for group in sets.groups() {
                let members = group.map { sorted[$0] }
                let summary = members.map(\.summary).min { ($0.count, $0) < ($1.count, $1) }!
                let inferred = members.allSatisfy(\.date.inferred)
                var date = members[0].date
                date.inferred = inferred
                let citations = Array(Set(members.map { Citation(source: $0.source, sentence: $0.sentence) })).sorted()
                merged.append(TimelineEntry(date: date, summary: summary, citations: citations))
            }
            if let key { memo?.store(merged, for: key) }
            result += merged
        }
        // A total order: entries of one date and summary differ in their citations.
        return result.sorted { a, b in
            if a.date != b.date { return a.date < b.date }
            if a.summary != b.summary { return a.summary < b.summary }
            return a.citations.lexicographicallyPrecedes(b.citations)
        }
    }

    /// A word in more same-day reports than this says nothing about which event they describe.
    static let maxPosting = 100

    /// Pairs of reports that share content words, with how many, found through an inverted index
    /// rather than by comparing every pair.
    static func sharedWords<Set: Collection>(_ words: [Set]) -> [(Int, Int, Int)] where Set.Element: Hashable {
        var index: [Set.Element: [Int]] = [:]
        for (i, set) in words.enumerated() { for word in set { index[word, default: []].append(i) } }
        var shared: [Int: [Int: Int]] = [:]
        for posting in index.values where posting.count > 1 && posting.count <= maxPosting {
            for a in posting.indices {
                for b in posting.indices where b > a { shared[posting[a], default: [:]][posting[b], default: 0] += 1 }
            }
        }
        return shared.flatMap { i, row in row.map { (i, $0.key, $0.value) } }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }
}
