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

    /// Where the phrase a date belongs to starts, when the date says when another event happened: it modifies an
    /// event noun ("under a 2020 tribunal ruling", "the 2019 election") or ends a phrase headed by one ("for the
    /// collapse of the dam in the early hours of 3 March 2019"), with only words between. Nil for a date that
    /// dates its clause ("fined €9.5 million by the regulator in 2021"). Looks at most ten tokens back, three ahead.
    static func eventPhraseStart(of d: DateRecord, in t: [Token]) -> Int? {
        let s = d.tokens.lowerBound, e = d.tokens.upperBound
        func isEvent(_ i: Int) -> Bool {
            let w = t[i].lower
            return t[i].isWord && (eventNouns.contains(w) || w.hasSuffix("s") && eventNouns.contains(String(w.dropLast())))
        }
        var j = e
        // "Monday's earthquake": the possessive mark between the date and its event.
        let possessive: Set<String> = ["'s", "’s", "'", "’", "s"]
        while j < min(t.count, e + 4), t[j].isWord || possessive.contains(t[j].lower) {
            if isEvent(j) { return s > 0 && t[s - 1].isWord && !isEvent(s - 1) ? s - 1 : s }
            j += 1
        }
        var i = s - 1
        while i >= max(0, s - 11), t[i].isWord {
            if isEvent(i) { return i > 0 && t[i - 1].isWord ? i - 1 : i }
            i -= 1
        }
        return nil
    }

    /// Nouns that name an event a figure can belong to.
    static var eventNouns: Set<String> { WordLists.current.words(Lists.sentencesEventNouns) }
    /// Prepositions that make an event phrase a modifier of another noun ("the toll from Monday's quake").
    static var modifierPrepositions: Set<String> { WordLists.current.words(Lists.sentencesEventModifierPrepositions) }
    /// Words that open an event's own clause ("the operation that killed 22").
    static var relativeWords: Set<String> { WordLists.current.words(Lists.sentencesRelativeWords) }
    /// Words that open a clause of its own after a figure ("… when the cranes arrive next year").
    static var subordinators: Set<String> { WordLists.current.words(Lists.sentencesSubordinators) }

    /// Gives each draft its speaker (its clause's) and its date (the one governing its clause), and marks
    /// the "since" dates that cannot date the sentence.
    func assignContext(_ t: [Token], drafts: inout [DraftClaim], dates: inout [DateRecord], result: inout SentenceResult,
                       state: inout ArticleState) {
        let clauses = Clauses.split(t)
        for n in dates.indices {
            let s = dates[n].tokens.lowerBound
            // "212 people have died since the outbreak began in March": a date in a clause "since" opens is where a
            // count starts, not when it applies (a few words and a preposition between, no mark).
            if s > 2, ["in", "on", "at", "during"].contains(t[s - 1].lower),
               let k = (max(0, s - 7)..<(s - 2)).reversed().first(where: { !t[$0].isWord || t[$0].lower == "since" }),
               t[k].lower == "since" {
                dates[n].isSince = true
                continue
            }
            guard s > 0, t[s - 1].lower == "since" else { continue }
            dates[n].isSince = true
            if t[max(0, s - 6)..<(s - 1)].contains(where: { Self.comparatives.contains($0.lower) }) { result.comparisonStarts.insert(dates[n].start) }
        }
        // An earlier value takes the date written after it in its own phrase ("up from 300,000 last month",
        // "up from 57.9% at the last county election in 2021"): words only between them, no comma, no other figure.
        for n in drafts.indices where drafts[n].isEarlier {
            let e = drafts[n].tokens.upperBound
            guard let d = dates.firstIndex(where: { d in
                !d.isAttached && d.tokens.lowerBound >= e && d.tokens.lowerBound <= e + 8 && t[e..<d.tokens.lowerBound].allSatisfy(\.isWord)
            }) else { continue }
            dates[d].isAttached = true
            drafts[n].eventDate = dates[d].date
            drafts[n].isOtherOccasion = true
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
                    // "…, a figure the Association of Calverian Airlines disputed: it put the number at …": an "it"
                    // opening a later clause points to the organisation named nearest before it in the sentence.
                    let before = state.speakers.lastSubject
                    let nearest = slice.contains(where: { $0.lower == "it" })
                        ? attributor.names.namedOrganizations(in: Array(t[..<clause.tokens.lowerBound])).last : nil
                    if let nearest { state.speakers.lastSubject = nearest }
                    own.append(attributor.speaker(in: slice, state: &state.speakers))
                    if let nearest, state.speakers.lastSubject?.key == nearest.key { state.speakers.lastSubject = before }
                }
            }
        }
        let speakers = clauses.count > 1 ? Clauses.speakers(own, clauses: clauses, fallback: result.speaker) : [result.speaker]
        let usable = dates.filter { !$0.isSince && !$0.isAttached && $0.date != nil }
        let hasEarlierDate = dates.contains(where: \.isAttached)
        func pick(_ ds: [DateRecord]) -> DateRecord? { ds.first { !$0.date!.inferred } ?? ds.first }
        // A date that names when another event happened dates that event's phrase, not every figure of the clause.
        var phraseStarts: [Int: Int] = [:]
        for d in usable { if let start = Self.eventPhraseStart(of: d, in: t) { phraseStarts[d.start] = start } }
        let published = state.dates.published
        func applies(_ d: DateRecord, to n: Int) -> Bool {
            // A later date in a clause opened after the figure ("a 9% pay rise and a guarantee that no jobs will be cut
            // when the cranes arrive next year") dates that clause's event: the figure is today's.
            // A later date right after another, later figure is that figure's own: "a charge of between £30m and £35m and
            // annual savings of about £18m from 2025" dates the savings, not the charge.
            let figureEnd = drafts[n].tokens.upperBound, s = d.tokens.lowerBound
            if let date = d.date, let published, date.isLater(than: published), s > figureEnd {
                if t[figureEnd..<s].contains(where: { $0.isWord && Self.subordinators.contains($0.lower) }) { return false }
                if drafts.indices.contains(where: { m in
                    let other = drafts[m].tokens
                    return m != n && other.lowerBound >= figureEnd && other.upperBound <= s && s <= other.upperBound + 1
                        && t[other.upperBound..<s].allSatisfy(\.isWord)
                }) { return false }
            }
            guard let start = phraseStarts[d.start] else { return true }
            let figure = drafts[n].tokens
            if figure.lowerBound >= start {
                // "The death toll from Monday's earthquake has reached 41": an event in a modifier of another noun
                // dates the event, not the figure its sentence goes on to give; "during a February 26 operation that
                // killed 22" gives the figure in the event's own clause.
                guard start > 0, Self.modifierPrepositions.contains(t[start].lower) || Self.modifierPrepositions.contains(t[start - 1].lower)
                else { return true }
                let between = d.tokens.upperBound..<max(d.tokens.upperBound, figure.lowerBound)
                return t[between].contains { Self.relativeWords.contains($0.lower) || $0.lower.hasSuffix("ing") }
            }
            // The figure right before the phrase, in one run of words: "the €58 million it paid under a 2020 ruling".
            let between = figure.upperBound..<max(figure.upperBound, start)
            return !drafts.contains { $0.tokens.lowerBound >= figure.upperBound && $0.tokens.lowerBound < start }
                && !t[between].contains { $0.text == "," || $0.text == ";" }
        }
        for n in drafts.indices {
            if let base = drafts[n].derivedFrom {
                drafts[n].speaker = drafts[base].speaker
                drafts[n].eventDate = drafts[base].eventDate
                continue
            }
            let c = Clauses.index(of: drafts[n].tokens.lowerBound, in: clauses)
            drafts[n].speaker = c < speakers.count ? speakers[c] : result.speaker
            if drafts[n].speaker != nil, let gapped = attributor.gappedSpeaker(t, before: drafts[n].tokens.lowerBound, state: &state.speakers) {
                drafts[n].speaker = gapped
            }
            if let agent = attributor.agentAfter(t, figureEnd: drafts[n].tokens.upperBound, state: &state.speakers)
                ?? attributor.ownerBefore(t, figureStart: drafts[n].tokens.lowerBound, state: &state.speakers) {
                drafts[n].speaker = agent
            }
            if drafts[n].isEarlier, drafts[n].eventDate != nil { continue }
            let own = usable.filter { applies($0, to: n) }
            let inClause = own.filter { c < clauses.count && clauses[c].tokens.contains($0.tokens.lowerBound) }
            // "rose to 27 on Tuesday": a date right after the figure is the figure's own.
            let e = drafts[n].tokens.upperBound
            let right = own.first { $0.tokens.lowerBound >= e && $0.tokens.lowerBound <= e + 1 && t[e..<$0.tokens.lowerBound].allSatisfy(\.isWord) }
            // "the first march a week earlier, when police counted 12,000": a "when" clause happens at the date it follows.
            let when = usable.last { d in
                let k = d.tokens.upperBound
                return k + 1 < e && t[k].text == "," && t[k + 1].lower == "when" && !t[(k + 2)..<drafts[n].tokens.lowerBound].contains { $0.text == ";" }
            }
            let chosen = right ?? when ?? pick(inClause) ?? pick(own)
            drafts[n].eventDate = chosen?.date ?? (hasEarlierDate ? state.dates.published : nil)
            drafts[n].isOtherOccasion = chosen.map { phraseStarts[$0.start] != nil } ?? false
            // "22 jihadists were killed during this intervention": a demonstrative points back to the event the
            // sentence before dated ("an operation carried out on February 26").
            if drafts[n].eventDate == nil, let last = state.lastDate, Self.pointsBack(t) { drafts[n].eventDate = last }
        }
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let sentencesComparatives = ListName("sentences", "comparatives")
    static let sentencesEventModifierPrepositions = ListName("sentences", "eventModifierPrepositions")
    static let sentencesEventNouns = ListName("sentences", "eventNouns")
    static let sentencesRelativeWords = ListName("sentences", "relativeWords")
    static let sentencesSubordinators = ListName("sentences", "subordinators")
}
