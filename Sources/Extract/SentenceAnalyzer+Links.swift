import Lexicon
import Model

/// How a figure leans on figures before it: shares ("a third of whom"), earlier values ("up from
/// 300,000"), and elliptical counts ("organisers claimed as many as 20,000 took part").
extension SentenceAnalyzer {
    /// Words after a bare count that show the count's noun was left out ("20,000 took part").
    static var verbsAfterCount: Set<String> { WordLists.current.words(Lists.sentencesVerbsAfterCount) }

    /// The draft a figure takes its measure from, and whether it is an earlier value of that draft.
    func link(_ t: [Token], _ figure: Figure, match: MeasureMatch, drafts: [DraftClaim]) -> (base: Int?, isEarlier: Bool) {
        let s = figure.tokens.lowerBound
        // "from an expected 3.8%", "down from the 2.1% it forecast": "from" over a determiner and a participle.
        var f = s - 1
        while f >= 0, s - f <= 2, t[f].isWord, !t[f].isCapitalized, Lexicon.determiners.contains(t[f].lower) || t[f].lower == "a" || t[f].lower == "an" || t[f].lower.hasSuffix("ed") {
            f -= 1
        }
        if f < 0 || t[f].lower != "from" { f = s - 1 }
        let prev = f >= 0 ? t[f].lower : "", prev2 = f > 0 ? t[f - 1].lower : ""
        let compatible: (DraftClaim) -> Bool = { d in
            guard d.derivedFrom == nil else { return false }
            switch figure.kind {
            case .money: return d.kind == .money
            case .percent: return d.kind == .percent
            default: return d.value.unit == "people" && d.kind != .money && d.kind != .percent
            }
        }
        // An earlier value and the figure it changes to are one quantity whatever it counts ("cases rose from 340
        // to 1,150"); a figure that leans on a count otherwise leans on a count of people.
        let sameKind: (DraftClaim) -> Bool = { d in
            d.derivedFrom == nil && (figure.kind == .money || figure.kind == .percent ? compatible(d) : d.kind != .money && d.kind != .percent && d.measure != "ratio")
        }
        let nearest = drafts.indices.last { sameKind(drafts[$0]) }
        var base = drafts.indices.last { compatible(drafts[$0]) }
        let adjacent = base.map { b in gap(t, from: drafts[b].tokens.upperBound, to: s - 1) } ?? false
        var earlier = false, continues = false
        let adjacentFrom = f < s - 1 ? (base.map { b in gap(t, from: drafts[b].tokens.upperBound, to: f) } ?? false) : adjacent
        if prev == "from", FigureScanner.changeVerbs.contains(prev2) || adjacentFrom { earlier = true }
        // "raised the number of people arrested from 9 to 17": "from" a figure, then "to" another, after a verb of
        // change further back in the clause.
        if prev == "from", !earlier, f >= 1, figure.tokens.upperBound + 1 < t.count, t[figure.tokens.upperBound].lower == "to",
           (max(0, f - 12)..<f).reversed().prefix(while: { ![",", ";", ":"].contains(t[$0].text) })
               .contains(where: { FigureScanner.changeVerbs.contains(t[$0].lower) }) {
            earlier = true
        }
        // "388 cases had been confirmed, up from 214": an earlier value leans on the figure it changed to, a count of
        // anything, when that is the nearest figure before it.
        // A figure in brackets is the one before it in other units ("12,400 hectares (about 30,600 acres)"): not that.
        let unbracketed = drafts.indices.last { n in
            sameKind(drafts[n]) && !t[max(0, drafts[n].tokens.lowerBound - 2)..<drafts[n].tokens.lowerBound].contains { $0.text == "(" }
        }
        if prev == "from", let n = unbracketed, n > (base ?? -1),
           FigureScanner.changeVerbs.contains(prev2) || gap(t, from: drafts[n].tokens.upperBound, to: f) {
            base = n; earlier = true
        }
        // "rose to 27 on Tuesday, from 12 a day earlier": the figure a change went to, then where it came from.
        // "would narrow to 2.8% of GDP in 2025 from 3.6% this year": the same without the comma, a short phrase between.
        if prev == "from", let b = base, drafts[b].tokens.lowerBound >= 2, t[drafts[b].tokens.lowerBound - 1].lower == "to",
           FigureScanner.changeVerbs.contains(t[drafts[b].tokens.lowerBound - 2].lower),
           prev2 == "," || f - drafts[b].tokens.upperBound <= 6 && !t[drafts[b].tokens.upperBound..<f].contains(where: { [";", ":"].contains($0.text) }) {
            earlier = true
        }
        if prev2 == "compared", ["with", "to"].contains(prev) { earlier = true }
        // "a net loss of $1.3 billion, compared with a profit of $220 million a year earlier": the compared figure's
        // own noun phrase between, words only.
        if !earlier, s >= 2, let k = (max(1, s - 5)..<s).reversed().first(where: { !t[$0].isWord || ["with", "to"].contains(t[$0].lower) && t[$0 - 1].lower == "compared" }),
           t[k].isWord, k + 1 < s {
            // Its own noun names its measure ("a profit of"): an earlier value, not the quantity before.
            return (nil, true)
        }
        // "health spending would reach €15.3bn and rise by 1.2%", "will rise by two percentage points, to 23% from
        // 21%": a change told of the quantity just given, or the level it goes to.
        if match.measure == nil, figure.kind == .percent,
           let b = drafts.indices.last(where: { drafts[$0].measure != nil && drafts[$0].derivedFrom == nil && drafts[$0].measure != "ratio" }),
           prev == "by" && s > 2 && FigureScanner.changeVerbs.contains(t[s - 2].lower) && t[s - 3].lower == "and"
            || prev == "to" && s > 1 && t[s - 2].text == "," && drafts[b].kind == .percent && gap(t, from: drafts[b].tokens.upperBound, to: s - 2) {
            continues = true; base = b
        }
        // "raised its key rate by 50 basis points to 4.25%", "inflation rose 0.4 points to 5.1%", "shares fell 3p to
        // 245p": the level a change by a figure goes to.
        if match.measure == nil || figure.kind == .money && match.measure == matcher.genericMoney,
           figure.kind == .percent || figure.kind == .money, prev == "to", f == s - 1,
           let b = drafts.indices.last(where: { drafts[$0].measure != nil && drafts[$0].derivedFrom == nil && drafts[$0].measure != "ratio" }),
           drafts[b].kind == figure.kind, drafts[b].tokens.upperBound == s - 1, drafts[b].tokens.lowerBound >= 1,
           t[drafts[b].tokens.lowerBound - 1].lower == "by" || OpenMeasure.isChange(drafts[b].measure)
            || figure.kind == .money && FigureScanner.changeVerbs.contains(t[drafts[b].tokens.lowerBound - 1].lower) {
            continues = true; base = b
        }
        if ["versus", "vs", "against"].contains(prev), adjacent { earlier = true }
        // "71% of children in the province, against 92% for the country as a whole": the same quantity told of a wider
        // scope, over any words between.
        if Self.isComparison(t, before: f + 1), base != nil,
           Self.wholeScope(t, after: figure.tokens.upperBound) != nil {
            let ownMeasure = match.measure != nil && (figure.kind != .money || match.measure != matcher.genericMoney)
            return (ownMeasure ? nil : base, false)
        }
        if prev == "to", let n = nearest, drafts[n].isEarlier, gap(t, from: drafts[n].tokens.upperBound, to: s - 1) { continues = true; base = n }
        guard let base else { return (nil, earlier) }
        let ownMeasure = match.measure != nil && (figure.kind != .money || match.measure != matcher.genericMoney)
        if earlier || continues { return (ownMeasure ? nil : base, earlier) }
        // "Police said 3,000 people marched, while organisers claimed as many as 20,000 took part."
        guard figure.kind != .money, figure.kind != .percent, !ownMeasure, !figure.isFraction else { return (nil, false) }
        var e = figure.tokens.upperBound
        if e < t.count, ["more", "others", "other", "additional", "further"].contains(t[e].lower) { e += 1 }
        guard e >= t.count || !t[e].isWord || Self.verbsAfterCount.contains(t[e].lower) else { return (nil, false) }
        let clauses = Clauses.split(t)
        guard Clauses.index(of: s, in: clauses) != Clauses.index(of: drafts[base].tokens.lowerBound, in: clauses) else { return (nil, false) }
        return (base, false)
    }

    /// "climbed from 1,200 to 1,900 patients": the first figure counts what the second names.
    func termAhead(_ t: [Token], _ figure: Figure) -> MeasureMatch? {
        let e = figure.tokens.upperBound
        guard figure.kind != .money, figure.kind != .percent, e + 1 < t.count, t[e].lower == "to", t[e + 1].isNumber,
              let end = NumberParser.amount(t, at: e + 1)?.tokens.upperBound,
              let ahead = matcher.nounAfter(t, from: end, money: false), let phrase = ahead.phrase else { return nil }
        return MeasureMatch(measure: phrase.measure, term: ahead.text)
    }

    /// Verbs only people do, which make a bare count a count of people ("100,000 marched").
    static var humanVerbs: Set<String> { WordLists.current.words(Lists.sentencesHumanVerbs) }

    /// "Organisers said 100,000 marched": a bare count of people with nothing before it to lean on.
    func isBareCountOfPeople(_ t: [Token], _ figure: Figure) -> Bool {
        let e = figure.tokens.upperBound
        guard figure.kind == .number || figure.kind == .range, !figure.isFraction, !figure.isYearLike, e < t.count,
              Self.humanVerbs.contains(t[e].lower), !t[e].isCapitalized else { return false }
        return !["took", "take"].contains(t[e].lower) || (e + 1 < t.count && t[e + 1].lower == "part")
    }

    /// Whether at most three words (no marks) lie between token `from` and token `to`.
    private func gap(_ t: [Token], from: Int, to: Int) -> Bool {
        guard from <= to, to - from <= 3 else { return false }
        return t[from..<to].allSatisfy(\.isWord)
    }

    /// A claim computed as a share of an earlier draft.
    func derived(from base: Int, in drafts: [DraftClaim], figure: Figure, text: String, start: Int, measure: String?, term: String) -> DraftClaim {
        let b = drafts[base]
        let f = figure.kind == .percent ? (figure.quantity.low ?? 0) / 100 : (figure.quantity.low ?? 0)
        var value = Quantity(low: b.value.low.map { ($0 * f).rounded() }, high: b.value.high.map { ($0 * f).rounded() },
                             qualifier: .approx, unit: b.value.unit ?? (b.kind == .money ? nil : b.measure.flatMap { peopleMeasures.contains($0) ? "people" : nil }))
        value.per = b.value.per
        value.lowInclusive = b.value.lowInclusive; value.highInclusive = b.value.highInclusive
        return DraftClaim(span: Span(start: start, length: text.count), text: text, kind: b.kind,
                          measure: measure, term: term, value: value, derivedFrom: base)
    }

    /// "…, roughly half of whom are fighters": a share of the last count, with what the share counts.
    func share(_ t: [Token], _ figure: Figure, drafts: [DraftClaim]) -> (base: Int, measure: String?, term: String)? {
        guard let base = drafts.indices.last(where: { drafts[$0].derivedFrom == nil && drafts[$0].value.unit == "people" }) else { return nil }
        let quotes: Set<String> = ["“", "”", "\"", "‘", "’"]
        let pronouns: Set<String> = ["whom", "them", "which", "those", "these"]
        var j = figure.tokens.upperBound
        var pattern = false
        if j + 1 < t.count, t[j].lower == "of", pronouns.contains(t[j + 1].lower) {
            pattern = true; j += 2
        }
        if !pattern {
            var k = figure.tokens.lowerBound - 1
            while k >= 0, quotes.contains(t[k].text) { k -= 1 }
            if k >= 1, t[k - 1].lower == "of", pronouns.contains(t[k].lower) { pattern = true }
        }
        guard pattern else { return nil }
        var steps = 0
        while j < t.count, steps < 6 {
            if let (phrase, _, text) = matcher.term(t, at: j, money: false) { return (base, phrase.measure, text) }
            if let cue = matcher.cue(t, before: j + 1, money: false), cue.words.count == 1 { return (base, cue.measure, t[j].text) }
            guard quotes.contains(t[j].text) || WordLists.current.words(Lists.sentencesLinkingWords).contains(t[j].lower) else { break }
            j += 1; steps += 1
        }
        // "a third of them" and nothing more: a share of the same thing.
        if j >= t.count || !t[j].isWord || Lexicon.phraseStops.contains(t[j].lower) { return (base, drafts[base].measure, drafts[base].term) }
        return nil
    }

    /// Where the count a share is of starts: "two-thirds of the 900 delegates", "40 percent of its 2,000 staff".
    func shareTarget(_ t: [Token], _ figure: Figure) -> Int? {
        var j = figure.tokens.upperBound
        guard j < t.count, t[j].lower == "of" else { return nil }
        j += 1
        let determiners = WordLists.current.words(Lists.sentencesAmountDeterminers)
        while j < t.count, determiners.contains(t[j].lower) { j += 1 }
        func isFigure(_ k: Int) -> Bool { k < t.count && (t[k].isNumber || Lexicon.currencySigns[t[k].text] != nil) }
        if isFigure(j) { return j }
        // "close to a third of Orrenia's output of 640,000 ounces", "half of the country's total of 1.2 million": the
        // figure a possessive's noun names, a few words on.
        var k = j
        while k < t.count, k - j <= 4, t[k].isWord || Attributor.isPossessive(t[k]), t[k].lower != "of" { k += 1 }
        guard k > j, k < t.count, t[k].lower == "of", t[j..<k].contains(where: Attributor.isPossessive) else { return nil }
        k += 1
        while k < t.count, determiners.contains(t[k].lower) { k += 1 }
        return isFigure(k) ? k : nil
    }

    /// "40 percent of the vote": what a percentage is of.
    /// "Larkspur initially said about 2 million", "the 2 million it first disclosed", "had originally put the toll at
    /// 40": a marker of `attribution.earlierMarkers` right before a verb of telling, in the figure's clause before it
    /// or just after it, tells the figure as one given before.
    static func toldEarlier(_ t: [Token], _ figure: Range<Int>) -> Bool {
        let markers = WordLists.current.words(Lists.attributionEarlierMarkers)
        func tells(_ k: Int) -> Bool {
            k < t.count && t[k].isWord && (Attributor.verbs.contains(t[k].lower) || Attributor.isPutVerb(t, k)
                || WordLists.current.words(Lists.attributionAgentParticiples).contains(t[k].lower)
                || WordLists.current.words(Lists.attributionRevisionVerbs).contains(t[k].lower))
        }
        func markedVerb(_ k: Int) -> Bool { k > 0 && markers.contains(t[k - 1].lower) && tells(k) }
        // Before: back over the clause, to a mark.
        var k = figure.lowerBound - 1
        while k > 0, figure.lowerBound - k <= 8, t[k].isWord || Attributor.isPossessive(t[k]) {
            if markedVerb(k) { return true }
            k -= 1
        }
        // After: "the 2 million it first disclosed", "the 40 it had initially reported".
        var j = figure.upperBound
        while j < t.count, j - figure.upperBound <= 4, t[j].isWord {
            if markedVerb(j) { return true }
            j += 1
        }
        return false
    }

    func percentOf(_ t: [Token], after j: Int) -> String? {
        guard j + 1 < t.count, t[j].lower == "of" else { return nil }
        var k = j + 1
        while k < t.count, Lexicon.determiners.contains(t[k].lower) { k += 1 }
        guard k < t.count, t[k].isWord else { return nil }
        return t[k].text
    }
}

extension SentenceAnalyzer {
    /// Words that may stand between an amount and the same amount in another currency: "$2.2 billion or
    /// €2 billion", "€3.1b - about $3.6b", "£8m ($10.2m)", "€30 million a day (about $32 million)".
    static var equivalenceLinks: Set<String> { WordLists.current.words(Lists.sentencesEquivalenceLinks) }

    /// Marks a money draft that restates the one before it in another currency, within a few linking words.
    /// It takes the first's measure and period: it is one amount, told twice.
    func linkEquivalents(_ t: [Token], _ drafts: inout [DraftClaim]) {
        var previous: Int?
        for n in drafts.indices where drafts[n].kind == .money && drafts[n].derivedFrom == nil {
            defer { previous = n }
            guard let m = previous, let x = drafts[m].value.unit, let y = drafts[n].value.unit, x != y,
                  drafts[m].equivalentOf == nil else { continue }
            let gap = drafts[m].tokens.upperBound..<drafts[n].tokens.lowerBound
            guard gap.count <= 4, t[gap].allSatisfy({ Self.equivalenceLinks.contains($0.lower) }) else { continue }
            drafts[n].equivalentOf = m
            drafts[n].measure = drafts[m].measure
            drafts[n].term = drafts[m].term
            // "€30m ($32m) a day": the period after the bracket is both amounts'.
            var after = drafts[n].tokens.upperBound
            if after < t.count, t[after].text == ")" { after += 1 }
            if drafts[m].value.per == nil, drafts[n].value.per == nil, let (per, _) = FigureScanner.rate(t, at: after) {
                drafts[m].value.per = per; drafts[n].value.per = per
            }
            if drafts[n].value.per == nil { drafts[n].value.per = drafts[m].value.per }
            if drafts[m].value.per == nil { drafts[m].value.per = drafts[n].value.per }
        }
    }
}

extension SentenceAnalyzer {
    /// Verbs by which a named subject acquires a count: "Dreyer took 47,612 votes", "Ashe won 39,801".
    static var acquisitionVerbs: Set<String> { WordLists.current.words(Lists.sentencesAcquisitionVerbs) }

    /// The holder of each count: the capitalised name right before an acquisition verb before the figure, or,
    /// once a sentence has one, a name written straight before a later figure ("and the independent Ottilie
    /// Brand 3,919"). A percentage in apposition to a count ("47,612 votes, or 52.1%", "39,801 votes (43.6%)")
    /// is that count's share: it takes its measure and holder.
    func assignHolders(_ t: [Token], _ drafts: inout [DraftClaim]) {
        var seenVerb = false
        var previous: Int?
        for n in drafts.indices {
            // A ratio ("40% higher") is no count and holds nothing.
            guard drafts[n].measure != "ratio" else { continue }
            defer { if drafts[n].kind != .percent { previous = n } }
            let s = drafts[n].tokens.lowerBound
            guard s > 0, drafts[n].derivedFrom == nil else { continue }
            if drafts[n].kind == .percent, let b = previous, drafts[b].holder != nil || drafts[b].measure != nil, drafts[b].tokens.upperBound <= s {
                let gap = t[drafts[b].tokens.upperBound..<s]
                let termWords = Set(drafts[b].term.lowercased().split(separator: " ").map(String.init))
                if gap.count <= 5, !gap.isEmpty,
                   gap.allSatisfy({ [",", "(", "or", "and", "-", "–", "—"].contains($0.lower) || termWords.contains($0.lower) }) {
                    drafts[n].holder = drafts[b].holder
                    if drafts[n].measure == nil { drafts[n].measure = drafts[b].measure; drafts[n].term = drafts[b].term }
                    continue
                }
            }
            // "Dreyer won 52.4% of the vote": a share a name wins is that name's, like a count it takes.
            guard drafts[n].kind == .number || drafts[n].kind == .range || drafts[n].kind == .percent else { continue }
            if drafts[n].kind == .percent, !WordLists.current.words(Lists.sentencesShareVerbs).contains(t[s - 1].lower) { continue }
            if Self.acquisitionVerbs.contains(t[s - 1].lower), let name = nameRun(t, endingAt: s - 2) {
                drafts[n].holder = name; seenVerb = true
            } else if seenVerb, t[s - 1].isWord, t[s - 1].isCapitalized, let name = nameRun(t, endingAt: s - 1) {
                drafts[n].holder = name
            }
        }
    }

    /// A capitalised name ending at token e ("Halina Dreyer", "the People's Reform Party"), at most five words.
    private func nameRun(_ t: [Token], endingAt e: Int) -> String? {
        guard e >= 0, t[e].isWord, t[e].isCapitalized, !gazetteer.placeWords.contains(t[e].lower) else { return nil }
        var b = e
        while b > 0, e - b < 5, t[b - 1].isWord && t[b - 1].isCapitalized || ["'s", "’s"].contains(t[b - 1].text) && b > 1 { b -= 1 }
        // "Halina Dreyer of the Union of Farmers and Towns won 47,612": the name before an affiliation holds the figure.
        var k = b - 1
        while k >= 0, b - k < 10, t[k].isWord || ["'s", "’s"].contains(t[k].text),
              t[k].isCapitalized || ["of", "the", "and", "for", "'s", "’s"].contains(t[k].lower) { k -= 1 }
        let first = k + 1
        if first < b, let of = (first..<b).first(where: { t[$0].lower == "of" }), of > first,
           (first..<of).allSatisfy({ t[$0].isCapitalized }), of - first <= 3 {
            let person = t[first..<of].filter(\.isWord).map(\.text)
            if !person.contains(where: { SpeakerNames.orgWords.contains($0.lowercased()) }) { return person.joined(separator: " ") }
        }
        let words = t[b...e].filter(\.isWord).map(\.text)
        guard let last = words.last, Lexicon.months[last.lowercased()] == nil, Lexicon.weekdays[last.lowercased()] == nil else { return nil }
        return words.joined(separator: " ")
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let attributionEarlierMarkers = ListName("attribution", "earlierMarkers")
    static let attributionAgentParticiples = ListName("attribution", "agentParticiples")
    static let attributionRevisionVerbs = ListName("attribution", "revisionVerbs")
    static let sentencesAcquisitionVerbs = ListName("sentences", "acquisitionVerbs")
    static let sentencesShareVerbs = ListName("sentences", "shareVerbs")
    static let sentencesAmountDeterminers = ListName("sentences", "amountDeterminers")
    static let sentencesEquivalenceLinks = ListName("sentences", "equivalenceLinks")
    static let sentencesHumanVerbs = ListName("sentences", "humanVerbs")
    static let sentencesLinkingWords = ListName("sentences", "linkingWords")
    static let sentencesVerbsAfterCount = ListName("sentences", "verbsAfterCount")
}
