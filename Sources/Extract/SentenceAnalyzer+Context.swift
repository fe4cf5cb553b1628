import Lexicon
import Model

/// Who states each figure and when it applies, clause by clause.
extension SentenceAnalyzer {
    /// Words before "since" that make it a comparison ("the lowest since 2019"), not a starting point.
    static var comparatives: Set<String> { WordLists.current.words(Lists.sentencesComparatives) }

    /// "this intervention", "that attack", "the same operation": a phrase naming an event already told.
    static func pointsBack(_ t: [Token]) -> Bool {
        t.indices.dropLast().contains { i in
            ["this", "that", "the same"].contains(t[i].lower) && t[i + 1].isWord && !t[i + 1].isCapitalized
                && Self.eventNouns.contains(t[i + 1].lower)
        }
    }

    /// Nouns that name an event a figure can belong to.
    static var eventNouns: Set<String> { WordLists.current.words(Lists.sentencesEventNouns) }

    /// Gives each draft its speaker (its clause's) and its date (the one governing its clause), and marks
    /// the "since" dates that cannot date the sentence.
    func assignContext(_ t: [Token], drafts: inout [DraftClaim], dates: inout [DateRecord], result: inout SentenceResult,
                       state: inout ArticleState) {
        let clauses = Clauses.split(t)
        for n in dates.indices {
            let s = dates[n].tokens.lowerBound
            guard s > 0, t[s - 1].lower == "since" else { continue }
            dates[n].isSince = true
            if t[max(0, s - 6)..<(s - 1)].contains(where: { Self.comparatives.contains($0.lower) }) { result.comparisonStarts.insert(dates[n].start) }
        }
        // An earlier value takes the date written right after it ("up from 300,000 last month").
        for n in drafts.indices where drafts[n].isEarlier {
            let e = drafts[n].tokens.upperBound
            guard let d = dates.firstIndex(where: { d in
                !d.isAttached && d.tokens.lowerBound >= e && d.tokens.lowerBound <= e + 2 && t[e..<d.tokens.lowerBound].allSatisfy(\.isWord)
            }) else { continue }
            dates[d].isAttached = true
            drafts[n].eventDate = dates[d].date
            // "£212m in the three months to December, up from £151.4m a year earlier": a year before the
            // sentence's own date, not a year before the article's.
            let written = dates[d].text.lowercased()
            if written.hasPrefix("a year"), written.hasSuffix("earlier") || written.hasSuffix("before"),
               let own = dates.first(where: { !$0.isAttached && !$0.isSince && $0.date?.month != nil })?.date {
                drafts[n].eventDate = EventDate(year: own.year - 1, month: own.month, day: own.day, inferred: true)
            }
        }
        var own: [Speaker?] = []
        if clauses.count > 1 {
            for (c, clause) in clauses.enumerated() {
                let slice = Array(t[clause.tokens])
                if c == 0 {
                    var scratch = state.speakers
                    own.append(attributor.speaker(in: slice, state: &scratch))
                } else {
                    own.append(attributor.speaker(in: slice, state: &state.speakers))
                }
            }
        }
        let speakers = clauses.count > 1 ? Clauses.speakers(own, clauses: clauses, fallback: result.speaker) : [result.speaker]
        let usable = dates.filter { !$0.isSince && !$0.isAttached && $0.date != nil }
        let hasEarlierDate = dates.contains(where: \.isAttached)
        func pick(_ ds: [DateRecord]) -> EventDate? { (ds.first { !$0.date!.inferred } ?? ds.first)?.date }
        for n in drafts.indices {
            if let base = drafts[n].derivedFrom {
                drafts[n].speaker = drafts[base].speaker
                drafts[n].eventDate = drafts[base].eventDate
                continue
            }
            let c = Clauses.index(of: drafts[n].tokens.lowerBound, in: clauses)
            drafts[n].speaker = c < speakers.count ? speakers[c] : result.speaker
            if drafts[n].isEarlier, drafts[n].eventDate != nil { continue }
            let inClause = usable.filter { c < clauses.count && clauses[c].tokens.contains($0.tokens.lowerBound) }
            drafts[n].eventDate = pick(inClause) ?? pick(usable) ?? (hasEarlierDate ? state.dates.published : nil)
            // "22 jihadists were killed during this intervention": a demonstrative points back to the event the
            // sentence before dated ("an operation carried out on February 26").
            if drafts[n].eventDate == nil, let last = state.lastDate, Self.pointsBack(t) { drafts[n].eventDate = last }
        }
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let sentencesComparatives = ListName("sentences", "comparatives")
    static let sentencesEventNouns = ListName("sentences", "eventNouns")
}
