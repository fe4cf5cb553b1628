import Lexicon
import Model

/// A claim found in one sentence, before it gets its id.
struct DraftClaim: Sendable {
    var span: Span
    var text: String
    var kind: Mention.Kind
    var measure: String?
    var term: String
    var value: Quantity
    /// Index into the sentence's drafts of the claim this one was derived from.
    var derivedFrom: Int?
    /// Index of the draft this amount restates in another currency.
    var equivalentOf: Int?
    /// Whose figure it is ("Dreyer took 47,612 votes").
    var holder: String?
    /// For a ratio, the measure of the figures it compares.
    var compares: String?
    /// Tokens of the figure in its sentence.
    var tokens: Range<Int> = 0..<0
    /// An earlier value of the figure before it ("up from 300,000 last month").
    var isEarlier = false
    /// Where it applies when its clause sets a place the gazetteer does not know ("In Port Aubel, police said …").
    var localScope: String?
    /// The places a phrase right after the figure names ("640,000 in Japan"), when the sentence names more.
    var ownScope: [String]?
    /// Who states it: the speaker of its clause.
    var speaker: Speaker?
    /// When it applies: the date governing its clause, if any.
    var eventDate: EventDate?
    /// Dated as another, earlier occasion's figure: an earlier value with its own date ("up from 57.9% in 2021")
    /// or a figure in a phrase that dates a named event ("under a 2020 tribunal ruling").
    var isOtherOccasion = false
    /// Told as a figure given before ("initially said", "it first disclosed"); see `Claim.earlier`.
    var toldEarlier = false
    /// The count as a reader quotes it, with the noun it counts when that noun follows it ("three towns",
    /// "8,000 to 9,000 individuals"): the claim's span and text. Nil: the figure's own span.
    var quote: (span: Span, text: String)?
}

/// A date found in a sentence, with where it sits.
struct DateRecord: Sendable {
    var tokens: Range<Int>
    var date: EventDate?
    var text: String
    var start: Int
    /// Written after "since": a starting point or a comparison ("the lowest since 2019"), not when a figure applies.
    var isSince = false
    /// Given to one earlier value ("from 300,000 last month"), so not to the other figures.
    var isAttached = false
}

/// What one sentence yields.
struct SentenceResult: Sendable {
    var mentions: [Mention] = []
    var claims: [DraftClaim] = []
    /// Resolved or not, in order, with the words that gave them.
    var dates: [(date: EventDate?, text: String, start: Int)] = []
    var scope: [String] = []
    var speaker: Speaker?
    /// The sentence's speaker is the agent of a passive verb whose subject points back ("This was announced by the
    /// ministry"): it speaks for the figures of the sentence before as well.
    var speaksForPrevious = false

    /// Dates that cannot date the sentence: comparisons ("the lowest since 2019").
    var comparisonStarts: Set<Int> = []

    /// Every date the sentence puts an event on, once each: "in Iraq in 2017 and Syria in 2019", "said on
    /// Sunday … since the river burst its banks on Tuesday". Comparisons ("the lowest since 2019") are not events.
    var eventDates: [(date: EventDate, text: String)] {
        var seen = Set<String>()
        return dates.filter { !comparisonStarts.contains($0.start) }.compactMap { d in d.date.map { (date: $0, text: d.text) } }
            .filter { seen.insert($0.date.iso).inserted }
    }

    /// The sentence's date: the first printed in full, else the first resolved.
    var eventDate: (date: EventDate, text: String)? {
        let resolved = dates.filter { !comparisonStarts.contains($0.start) }.compactMap { d in d.date.map { (date: $0, text: d.text) } }
        return resolved.first { !$0.date.inferred } ?? resolved.first
    }
}

/// The running state of an article: its date context and who spoke last.
struct ArticleState: Sendable {
    var dates: DateContext
    var speakers = SpeakerState()
    /// The date of the sentence just read, for "during this intervention" in the next one.
    var lastDate: EventDate?
    /// The last count of the sentence just read (measure, term, unit), for "the figure is 4,500" in the next one.
    var lastCount: (measure: String, term: String, unit: String?)?
    /// The last few counts of the article, latest last, with their values: "their count of 70,000" points back to the
    /// crowd, not to the two officers counted in between.
    var recentCounts: [(measure: String, term: String, unit: String?, value: Double)] = []
    /// The count the article last asked about ("the row over how many people took to the streets"): what "their count
    /// of 70,000" in the next sentences counts when no count of its size came before.
    var askedCount: (measure: String, term: String, unit: String?)?
}

/// Analyses one sentence at a time, carrying article state along.
struct SentenceAnalyzer: Sendable {
    let matcher: MeasureMatcher
    let gazetteer: Gazetteer
    let attributor: Attributor
    let peopleMeasures: Set<String>
    /// The measures the configuration names: their increments are the user's to split.
    let configuredMeasures: Set<String>
    /// The measure id of an increment ("case-new" for "1,432 new cases").
    static let incrementSuffix = "-new"

    init(config: Config) {
        matcher = MeasureMatcher(config: config)
        gazetteer = Gazetteer(places: config.places)
        attributor = Attributor(names: SpeakerNames(placeWords: gazetteer.placeWords))
        peopleMeasures = Set(config.measures.filter { $0.unit != "money" && $0.unit != "percent" }.map(\.id))
        configuredMeasures = Set(config.measures.map(\.id))
    }

    func analyse(_ sentence: String, state: inout ArticleState) -> SentenceResult {
        let characters = CharacterArray(sentence)
        let t = Tokenizer.tokenize(characters)
        func text(_ r: Range<Int>) -> (String, Int) {
            let s = t[r.lowerBound].start, e = t[r.upperBound - 1].end
            return (characters.string(s..<e), s)
        }
        var result = SentenceResult()
        let matcher = self.matcher
        let dateMatches = DateResolver.dates(in: t, context: &state.dates) { j in
            j < t.count && (matcher.term(t, at: j) != nil || ["people", "persons"].contains(t[j].lower))
        }
        var consumed = Set<Int>()
        var dates: [DateRecord] = []
        for m in dateMatches {
            consumed.formUnion(m.tokens)
            let (s, start) = text(m.tokens)
            dates.append(DateRecord(tokens: m.tokens, date: m.date, text: s, start: start))
        }
        var drafts: [DraftClaim] = []
        var pending: (figure: Figure, text: String, start: Int, target: Int)?
        for figure in FigureScanner.figures(in: t, skipping: consumed) {
            // Durations and ages are never counts of anything, nor is a reading on a scale ("a 6.4-magnitude quake",
            // "a magnitude of 6.4"): mentions only.
            if figure.kind == .duration || figure.isAge || Self.isScaleReading(t, figure) || Self.isDiscourseCount(t, figure) {
                let (spanText, start) = text(figure.tokens)
                result.mentions.append(Mention(kind: figure.kind, text: spanText, start: start, value: figure.quantity,
                                               role: figure.isAge ? .age : nil))
                continue
            }
            let previous = pending
            let (spanText, start) = text(figure.tokens)
            var match = matcher.match(t, figure: figure)
            if figure.isYearLike, match.measure == nil, let y = Int(spanText) {
                dates.append(DateRecord(tokens: figure.tokens, date: EventDate(year: y), text: spanText, start: start))
                continue
            }
            var value = figure.quantity
            if [.exact, .approx].contains(value.qualifier), let r = match.termTokens, let (bound, _) = Bound.suffix(t, at: r.upperBound),
               let low = value.low, let high = value.high {
                let unit = value.unit, per = value.per
                value = bound.quantity(low: low, high: high); value.unit = unit; value.per = per
            }
            if value.per == nil, let r = match.termTokens, let (per, _) = FigureScanner.rate(t, at: r.upperBound) { value.per = per }
            if match.measure == nil, let ahead = termAhead(t, figure) { match = ahead }
            // "the toll rose to 58, with 12 still missing", "312 people, 41 of whom have since been charged": a count
            // whose own words name what happened to them counts that outcome, not the count before it.
            if match.measure == nil || match.measure == matcher.peopleMeasure, figure.kind == .number || figure.kind == .range,
               !figure.isFraction, let outcome = Self.ownOutcome(t, figure.tokens) {
                match.measure = matcher.measure(forOpen: outcome) ?? outcome; match.term = outcome
                if value.unit == nil { value.unit = "people" }
            }
            let link = self.link(t, figure, match: match, drafts: drafts)
            if let base = link.base, !figure.isFraction {
                // "rose 0.4 percentage points to 5.1%": the level a change went to is the quantity, not its rise.
                // "fell 4%, compared with 2% worldwide": the same change told of a wider scope keeps its direction.
                let wider = !link.isEarlier && Self.isComparison(t, before: figure.tokens.lowerBound)
                    && Self.wholeScope(t, after: figure.tokens.upperBound) != nil
                match.measure = wider ? drafts[base].measure : drafts[base].measure.map(OpenMeasure.withoutDirection)
                match.term = drafts[base].term
                if value.unit == nil, figure.kind != .percent { value.unit = drafts[base].value.unit }
            } else if match.measure == nil, isBareCountOfPeople(t, figure) {
                match.measure = matcher.peopleMeasure; match.term = ""
            }
            if let m = match.measure, peopleMeasures.contains(m), value.unit == nil { value.unit = "people" }
            // "two people were detained", "12 people have been hurt": a count of plain people that a passive verb gives
            // an outcome counts that outcome, apart from the crowd it came from.
            if match.measure != nil, match.measure == matcher.peopleMeasure, figure.kind == .number || figure.kind == .range,
               let outcome = Self.passiveOutcome(t, after: match.termTokens?.upperBound ?? figure.tokens.upperBound)
                ?? Self.activePeopleOutcome(t, before: figure.tokens.lowerBound) {
                match.measure = outcome
                match.term = match.term.isEmpty ? outcome : match.term + " " + outcome
            }
            // "three times the figure", "a fourfold rise": a ratio between two figures, never a count.
            if figure.kind == .number, figure.tokens.upperBound < t.count, ["times", "fold"].contains(t[figure.tokens.upperBound].lower) {
                var ratio = value; ratio.unit = "times"
                let r = figure.tokens.lowerBound..<(figure.tokens.upperBound + 1)
                let (ratioText, ratioStart) = text(r)
                result.mentions.append(Mention(kind: figure.kind, text: ratioText, start: ratioStart, value: ratio))
                var draft = DraftClaim(span: Span(start: ratioStart, length: ratioText.count), text: ratioText, kind: figure.kind,
                                       measure: "ratio", term: "times", value: ratio)
                draft.tokens = r
                draft.compares = comparedMeasure(t, r)
                drafts.append(draft)
                continue
            }
            // "revenue 40% higher than a year earlier": a ratio (1.4) to check, and a percentage of what it compares.
            if figure.kind == .percent, let comparison = percentComparison(t, figure, value: value) {
                let (ratioText, ratioStart) = text(comparison.tokens)
                var draft = DraftClaim(span: Span(start: ratioStart, length: ratioText.count), text: ratioText, kind: .number,
                                       measure: "ratio", term: "times", value: comparison.value)
                draft.tokens = comparison.tokens
                draft.compares = comparedMeasure(t, comparison.tokens)
                drafts.append(draft)
                if match.measure == nil, let compared = draft.compares { match.measure = compared; match.term = compared }
            }
            // "between €250 and €600 each in compensation", "$5 million in damages": what a sum is paid in names it.
            if figure.kind == .money, link.base == nil, match.measure == nil || match.measure == matcher.genericMoney,
               let paid = Self.moneyIn(t, after: figure.tokens.upperBound) {
                match.measure = matcher.measure(forOpen: OpenMeasure.lemma(paid)) ?? OpenMeasure.lemma(paid); match.term = paid
            }
            // No configured measure: the counted noun or the frame names it (open vocabulary).
            if link.base == nil, !figure.isFraction, match.measure == nil || (figure.kind == .money && match.measure == matcher.genericMoney),
               !OpenMeasure.isDefiniteReference(t, figure: figure), let open = OpenMeasure.reading(t, figure: figure) {
                let configured = matcher.measure(forOpen: open.id)
                match.measure = configured ?? open.id
                // "12,000 workers", "310 residents": a count of a noun for people is a count of people.
                if configured == nil, value.unit == nil, figure.kind == .number || figure.kind == .range,
                   Vocabulary.personNouns.contains(open.id), OpenMeasure.counted(t, after: figure.tokens.upperBound)?.id == open.id {
                    value.unit = "people"
                }
                // "78 rescued": the people an outcome happened to.
                if configured == nil, value.unit == nil, OpenMeasure.loneOutcome(t, after: figure.tokens.upperBound)?.id == open.id { value.unit = "people" }
                if match.term.isEmpty || figure.kind != .money { match.term = open.text }
                // "212 homes had been destroyed" against "3,200 homes were under evacuation orders": the passive outcome
                // of a counted noun no measure lists makes a quantity of its own ("homes destroyed").
                let words = open.text.split(separator: " ").count
                if figure.kind == .number || figure.kind == .range, configured == nil, value.unit != "people",
                   figure.tokens.upperBound + words < t.count,
                   t[figure.tokens.upperBound..<(figure.tokens.upperBound + words)].map(\.text).joined(separator: " ") == open.text,
                   let outcome = Self.passiveOutcome(t, after: figure.tokens.upperBound + words, things: true)
                    ?? Self.activeOutcome(t, before: figure.tokens.lowerBound) {
                    match.measure = open.id + "-" + outcome
                    match.term = open.text + " " + outcome
                }
            }
            if link.base == nil, match.measure == nil, figure.kind == .number, !figure.isFraction,
               let reference = OpenMeasure.reference(t, before: figure.tokens.lowerBound) {
                switch reference {
                case .previous:
                    // The latest count of a like size (within a factor of 100): a figure noun restates a quantity.
                    let size = figure.quantity.high ?? figure.quantity.low ?? 0
                    let alike = { (v: Double) in Self.likeSized(v, size) }
                    let count = drafts.last { $0.kind == .number && $0.measure != nil && $0.measure != "ratio" }
                    let own = count.map({ (measure: $0.measure!, term: $0.term, unit: $0.value.unit) })
                    let sized = state.recentCounts.last { alike($0.value) }.map { (measure: $0.measure, term: $0.term, unit: $0.unit) }
                    let lastSize = count.flatMap { $0.value.high ?? $0.value.low } ?? state.recentCounts.last?.value ?? 0
                    // None of a like size: the quantity it restates is not in the text read so far.
                    if let last = (alike(lastSize) || lastSize == 0 ? own ?? state.lastCount : sized) ?? state.askedCount {
                        match.measure = last.measure; match.term = last.term
                        if value.unit == nil { value.unit = last.unit }
                        // "1,432 new cases, bringing the total to 58,901": the total of what the increment counts.
                        if last.measure.hasSuffix(Self.incrementSuffix), OpenMeasure.isRunningTotal(t, before: figure.tokens.lowerBound) {
                            match.measure = String(last.measure.dropLast(Self.incrementSuffix.count))
                            match.term = last.term.split(separator: " ").dropFirst().joined(separator: " ")
                        }
                    }
                case .named(let word):
                    // "the number of displaced": a participle standing for people counts people.
                    let lemma = OpenMeasure.lemma(word)
                    let standsForPeople = word.hasSuffix("ed") || word.hasSuffix("ing") || Vocabulary.peopleAdjectives.contains(word)
                    match.measure = matcher.measure(forNoun: lemma) ?? (standsForPeople ? matcher.peopleMeasure ?? lemma : lemma)
                    match.term = word
                }
                if let m = match.measure, peopleMeasures.contains(m), value.unit == nil { value.unit = "people" }
            }
            // "about 300 containers had burned … fewer than 120 had burned": a bare count before a verb restates the
            // latest count of a like size (within a factor of 100), in this sentence or the ones before.
            let after = figure.tokens.upperBound
            if link.base == nil, match.measure == nil, figure.kind == .number || figure.kind == .range, !figure.isFraction, !figure.isYearLike,
               after < t.count, t[after].isWord, !t[after].isCapitalized,
               Attributor.auxiliaries.contains(t[after].lower) || OpenMeasure.isVerbLike(t[after].lower) {
                if let outcome = Self.passiveOutcome(t, after: after, things: false) {
                    // "12 people and 40 were hurt", "99 were still missing": an outcome of people names its own count.
                    match.measure = matcher.measure(forOpen: outcome) ?? outcome; match.term = outcome
                    if value.unit == nil { value.unit = "people" }
                } else if Self.passiveOutcome(t, after: after, things: true) == nil,
                          let last = Self.likeSizedCount(figure.quantity.high ?? figure.quantity.low ?? 0, drafts: drafts, recent: state.recentCounts) {
                    match.measure = last.measure; match.term = last.term
                    if value.unit == nil { value.unit = last.unit }
                }
            }
            // "the deficit would fall to 3.2% … and the government aimed to bring it to no more than 3%": "it" before the
            // linking word is the quantity the sentence named last, of the same kind.
            if link.base == nil, match.measure == nil, figure.tokens.lowerBound >= 2,
               OpenMeasure.linkers.contains(t[figure.tokens.lowerBound - 1].lower),
               ["it", "them"].contains(t[figure.tokens.lowerBound - 2].lower),
               let base = drafts.last(where: { $0.kind == figure.kind && $0.measure != nil && $0.measure != "ratio" && $0.derivedFrom == nil }) {
                match.measure = base.measure; match.term = base.term
                if value.unit == nil { value.unit = base.value.unit }
            }
            var gappedEarlier = false
            if link.base == nil, match.measure == nil, figure.kind == .number, !figure.isFraction, let base = gapped(t, figure, drafts: drafts) {
                match.measure = drafts[base].measure; match.term = drafts[base].term
                if value.unit == nil { value.unit = drafts[base].value.unit }
                // "14,860 postal ballots, against 7,390 in 2021": a date right after makes it the earlier value.
                let e = figure.tokens.upperBound
                gappedEarlier = dates.contains { $0.tokens.lowerBound >= e && $0.tokens.lowerBound <= e + 1 }
            }
            result.mentions.append(Mention(kind: figure.kind, text: spanText, start: start, value: value))
            if figure.isFraction || figure.kind == .percent, let share = share(t, figure, drafts: drafts) {
                drafts.append(derived(from: share.base, in: drafts, figure: figure, text: spanText, start: start, measure: share.measure, term: share.term))
                continue
            }
            let target = pending?.target
            pending = nil
            if figure.isFraction || figure.kind == .percent, let j = shareTarget(t, figure) { pending = (figure, spanText, start, j) }
            if figure.isFraction {
                // "One in five passengers are still waiting", "nearly three in five": a share written as one count in
                // another, with nothing in the sentence to take it of, states a percentage of what it counts.
                guard pending == nil, figure.tokens.contains(where: { t[$0].lower == "in" && t[$0].isWord }) else { continue }
                var share = value
                share.low = value.low.map { ($0 * 1000).rounded() / 10 }
                share.high = value.high.map { ($0 * 1000).rounded() / 10 }
                share.unit = "percent"
                var draft = DraftClaim(span: Span(start: start, length: spanText.count), text: spanText, kind: .percent,
                                       measure: match.measure, term: match.term, value: share)
                draft.tokens = figure.tokens
                drafts.append(draft)
                continue
            }
            // "1,432 new cases" against "58,901 cases": an increment of a measure no configuration names is a quantity
            // of its own, never compared with the total.
            if figure.kind == .number || figure.kind == .range, let m = match.measure, m != "ratio", !configuredMeasures.contains(m),
               !m.hasSuffix(Self.incrementSuffix), OpenMeasure.isIncrement(t, after: figure.tokens.upperBound) {
                match.measure = m + Self.incrementSuffix
            }
            if figure.kind == .money || figure.kind == .percent || match.measure != nil {
                if figure.kind == .percent, match.measure == nil, link.base == nil {
                    match.term = percentOf(t, after: figure.tokens.upperBound) ?? match.term
                }
                var draft = DraftClaim(span: Span(start: start, length: spanText.count), text: spanText, kind: figure.kind,
                                       measure: match.measure, term: match.term, value: value)
                draft.tokens = figure.tokens
                if figure.kind == .number || figure.kind == .range, let end = Self.quotedEnd(t, figure.tokens, match: match) {
                    let (quoted, _) = text(figure.tokens.lowerBound..<end)
                    draft.quote = (Span(start: start, length: quoted.count), quoted)
                }
                draft.isEarlier = link.isEarlier || gappedEarlier
                if Self.isComparison(t, before: figure.tokens.lowerBound), let whole = Self.wholeScope(t, after: figure.tokens.upperBound) {
                    draft.ownScope = [whole]
                    if link.base != nil { draft.isEarlier = false }
                }
                // "up from more than 40 when the first recall was announced": the value a change came from, retold,
                // when the sentence gives it no date of its own.
                let from = figure.tokens.lowerBound >= 1 && t[figure.tokens.lowerBound - 1].lower == "from"
                draft.toldEarlier = Self.toldEarlier(t, figure.tokens) || link.isEarlier && from && !gappedEarlier
                drafts.append(draft)
                // "nearly two-thirds of the 900 delegates": the share is derived once its base is known.
                if let target, let p = previous, figure.tokens.contains(target) || figure.tokens.lowerBound == target,
                   let base = drafts.indices.last, figure.kind != .percent {
                    // The percentage itself is a share of what its base counts ("40 percent of the 1,200 homes").
                    if let share = drafts.indices.last(where: { drafts[$0].tokens == p.figure.tokens && drafts[$0].kind == .percent }),
                       drafts[share].measure == nil {
                        drafts[share].measure = drafts[base].measure; drafts[share].term = drafts[base].term
                    }
                    drafts.append(derived(from: base, in: drafts, figure: p.figure, text: p.text, start: p.start,
                                          measure: drafts[base].measure, term: drafts[base].term))
                }
            }
        }
        // "twice as many", "nearly double the", "half as much": ratios written without a figure.
        for (r, value) in OpenMeasure.ratioWords(t) where !drafts.contains(where: { $0.tokens.overlaps(r) }) {
            let (ratioText, ratioStart) = text(r)
            // A share already read as a claim of its own ("roughly half of them were fighters") is no ratio.
            let span = ratioStart..<(ratioStart + ratioText.count)
            if drafts.contains(where: { ($0.span.start..<$0.span.end).overlaps(span) }) { continue }
            result.mentions.append(Mention(kind: .number, text: ratioText, start: ratioStart, value: value))
            var draft = DraftClaim(span: Span(start: ratioStart, length: ratioText.count), text: ratioText, kind: .number,
                                   measure: "ratio", term: "times", value: value)
            draft.tokens = r
            draft.compares = comparedMeasure(t, r)
            drafts.append(draft)
        }
        assignHolders(t, &drafts)
        linkEquivalents(t, &drafts)
        result.speaker = attributor.speaker(in: t, state: &state.speakers) ?? attributor.headlineCredit(in: t, state: &state.speakers)
        result.speaksForPrevious = result.speaker != nil && Self.pointsBackToAgent(t)
        assignContext(t, drafts: &drafts, dates: &dates, result: &result, state: &state)
        creditActors(t, &drafts)
        for d in dates.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            result.dates.append((d.date, d.text, d.start))
            result.mentions.append(Mention(kind: .date, text: d.text, start: d.start, date: d.date))
        }
        result.mentions.sort { $0.start < $1.start }
        result.scope = gazetteer.places(in: t)
        Self.assignLocalScopes(t, &drafts, known: result.scope)
        assignOwnPlaces(t, &drafts, sentencePlaces: result.scope)
        result.claims = drafts
        // Only the sentence right before can be pointed back to; an unresolved date there resolves nothing.
        state.lastDate = result.dates.isEmpty ? nil : result.eventDate?.date
        // The last count stays until another replaces it: "… with the loss of 640 jobs. A spokeswoman said the figure
        // covered every employee. The union says the true number is about 1,100."
        if let count = drafts.last(where: { $0.kind == .number && $0.measure != nil && $0.measure != "ratio" }) {
            state.lastCount = (measure: count.measure!, term: count.term, unit: count.value.unit)
        }
        for count in drafts where count.kind == .number && count.measure != nil && count.measure != "ratio" && count.derivedFrom == nil {
            guard let v = count.value.high ?? count.value.low else { continue }
            state.recentCounts.append((measure: count.measure!, term: count.term, unit: count.value.unit, value: v))
        }
        if state.recentCounts.count > 8 { state.recentCounts.removeFirst(state.recentCounts.count - 8) }
        if let asked = askedCount(t) { state.askedCount = asked }
        return result
    }
}

extension SentenceAnalyzer {
    /// "The Aldmark Development Fund pledged €40 million", "The regulator fined the bank €9.5m": with no one reported
    /// as saying it, an amount a named organisation gives, pays or fines by its own act is that organisation's figure.
    func creditActors(_ t: [Token], _ drafts: inout [DraftClaim]) {
        let verbs = WordLists.current.table("measures", "amountVerbs"), skip = Attributor.auxiliaries
        for n in drafts.indices where drafts[n].speaker == nil && drafts[n].kind == .money && drafts[n].derivedFrom == nil {
            let s = drafts[n].tokens.lowerBound
            guard let v = (max(0, s - 8)..<s).last(where: { !t[$0].inQuote && verbs[t[$0].lower] != nil && !t[$0].isCapitalized }) else { continue }
            var end = v
            while end > 0, skip.contains(t[end - 1].lower) { end -= 1 }
            guard end > 0, t[end - 1].isCapitalized, t[end - 1].isWord else { continue }
            let slice = Array(t[max(0, end - 8)..<end])
            let organizations = attributor.names.namedOrganizations(in: slice)
            guard let last = organizations.last, last.name.split(separator: " ").last.map(String.init) == t[end - 1].text else { continue }
            // "The Harrowgate Foundation from the United States promised $5 million": the subject opens the sentence,
            // the place after it is a modifier.
            let opening = organizations.first { org in
                org.name.split(separator: " ").first.map { w in t.prefix(2).contains { $0.text == w } } ?? false
            }
            drafts[n].speaker = opening ?? last
        }
    }

    /// "the fire destroyed 412 homes", "had damaged more than 400 homes": the same outcome as "412 homes were
    /// destroyed", told in the active voice.
    static func activeOutcome(_ t: [Token], before s: Int) -> String? {
        guard s > 0, t[s - 1].isWord, !t[s - 1].isCapitalized,
              WordLists.current.words(Lists.sentencesThingOutcomes).contains(t[s - 1].lower) else { return nil }
        return t[s - 1].lower
    }

    /// "Three points stand out for operators:", "Five things to know about the vote": a count of the article's own
    /// parts (`exclusions.discourseNouns`) that opens the sentence or closes it with a colon.
    static func isDiscourseCount(_ t: [Token], _ figure: Figure) -> Bool {
        guard figure.kind == .number, figure.quantity.isPoint, figure.tokens.upperBound < t.count else { return false }
        let s = figure.tokens.lowerBound, e = figure.tokens.upperBound
        guard WordLists.current.words(Lists.exclusionsDiscourseNouns).contains(OpenMeasure.lemma(t[e].lower)) else { return false }
        let opens = s == 0 || (s == 1 && ["the", "these", "here", "those"].contains(t[0].lower))
        return opens || t.last?.text == ":"
    }

    /// "compared with 92% nationally", "against 92% for the country as a whole": the scope a phrase right after a
    /// figure gives it (`figures.wholeScopes`), its name; nil when none follows. Cost: a few token comparisons.
    static func wholeScope(_ t: [Token], after e: Int) -> String? {
        let lists = WordLists.current
        let table = lists.table(Lists.figuresWholeScopes)
        var n = min(lists.longestTerm("figures", "wholeScopes"), t.count - e)
        while n > 0 {
            if (e..<(e + n)).allSatisfy({ t[$0].isWord }), let name = table[t[e..<(e + n)].map(\.lower).joined(separator: " ")] {
                return name
            }
            n -= 1
        }
        return nil
    }

    /// Whether a figure at `s` is told for comparison: after "against", "versus", "vs", "compared with" or "compared to"
    /// ("3.4 million worldwide" alone is the total, not a comparison).
    static func isComparison(_ t: [Token], before s: Int) -> Bool {
        guard s >= 1 else { return false }
        let prev = t[s - 1].lower
        return ["against", "versus", "vs"].contains(prev) || s >= 2 && t[s - 2].lower == "compared" && ["with", "to"].contains(prev)
    }

    /// "1.1 million vehicles in the United States, 640,000 in Japan and 150,000 in Canada": in a sentence that names
    /// several places, a place phrase right after a figure (and up to three words of its noun) is that figure's
    /// scope alone. Cost: a few tokens after each figure.
    func assignOwnPlaces(_ t: [Token], _ drafts: inout [DraftClaim], sentencePlaces: [String]) {
        guard sentencePlaces.count >= 2 else { return }
        let prepositions = WordLists.current.words(Lists.figuresOwnPlacePrepositions)
        for n in drafts.indices where drafts[n].derivedFrom == nil {
            var k = drafts[n].tokens.upperBound
            while k < t.count, k - drafts[n].tokens.upperBound < 3, t[k].isWord, !t[k].isCapitalized, !prepositions.contains(t[k].lower) { k += 1 }
            guard k + 1 < t.count, prepositions.contains(t[k].lower) else { continue }
            var end = k + 1
            while end < t.count, end - k <= 6, t[end].isWord, t[end].isCapitalized || ["the", "and", "of"].contains(t[end].lower) { end += 1 }
            let named = gazetteer.places(in: Array(t[(k + 1)..<end]))
            guard !named.isEmpty, named.count < sentencePlaces.count, named.allSatisfy(sentencePlaces.contains) else { continue }
            drafts[n].ownScope = named
        }
        // "2.4 million vehicles worldwide, including 640,000 in Japan and 150,000 in Canada": a total before the list
        // of its parts keeps only the places no part owns.
        let openers = WordLists.current.words(Lists.figuresPartOpeners)
        for n in drafts.indices where drafts[n].derivedFrom == nil && drafts[n].ownScope == nil {
            let e = drafts[n].tokens.upperBound
            guard let k = (e..<min(t.count, e + 6)).first(where: { t[$0].isWord && openers.contains(t[$0].lower) }),
                  !t[e..<k].contains(where: \.isNumber), gazetteer.places(in: Array(t[e..<k])).isEmpty else { continue }
            let owned = Set(drafts[(n + 1)...].filter { $0.tokens.lowerBound > k }.compactMap(\.ownScope).joined())
            guard !owned.isEmpty else { continue }
            drafts[n].ownScope = sentencePlaces.filter { !owned.contains($0) }
        }
    }

    /// "In Port Aubel, police said about 3,000 people had marched, and in Varnholt, police counted 1,800": a clause
    /// that opens with "in" and a capitalised name and a comma sets where its figures apply, up to the next such
    /// clause. Names the gazetteer knows are already the sentence's scope; months, weekdays and organisations set
    /// none. Cost: one pass over the tokens.
    static func assignLocalScopes(_ t: [Token], _ drafts: inout [DraftClaim], known: [String]) {
        var settings: [(at: Int, place: String)] = []
        for i in t.indices where t[i].lower == "in" && (i == 0 || t[i - 1].text == "," || (t[i - 1].lower == "and" && i > 1 && t[i - 2].text == ",")) {
            var j = i + 1
            while j < t.count, j - i <= 4, t[j].isWord, t[j].isCapitalized { j += 1 }
            guard j > i + 1, j < t.count, t[j].text == "," else { continue }
            let name = t[(i + 1)..<j].map(\.text).joined(separator: " ")
            guard Lexicon.months[t[i + 1].lower] == nil, Lexicon.weekdays[t[i + 1].lower] == nil,
                  !known.contains(where: { $0.localizedCaseInsensitiveContains(name) || name.localizedCaseInsensitiveContains($0) }),
                  !t[(i + 1)..<j].contains(where: { SpeakerNames.orgWords.contains($0.lower) }) else { continue }
            settings.append((j, name))
        }
        guard !settings.isEmpty else { return }
        for n in drafts.indices {
            let s = drafts[n].tokens.lowerBound
            if let setting = settings.last(where: { $0.at < s }) { drafts[n].localScope = setting.place }
        }
    }

    /// "€600 each in compensation", "$5 million in damages", "£2m a year in fees": the noun a sum is paid in, right
    /// after it (over "each", "apiece" or a rate), when no further word joins the noun. Nil otherwise.
    static func moneyIn(_ t: [Token], after e: Int) -> String? {
        var j = e
        if j < t.count, ["each", "apiece"].contains(t[j].lower) { j += 1 }
        if let (_, end) = FigureScanner.rate(t, at: j) { j = end }
        guard j + 1 < t.count, t[j].lower == "in", t[j + 1].isWord, !t[j + 1].isCapitalized,
              !Lexicon.phraseStops.contains(t[j + 1].lower), !Lexicon.determiners.contains(t[j + 1].lower),
              Lexicon.months[t[j + 1].lower] == nil, Lexicon.durationUnits[t[j + 1].lower] == nil,
              !Vocabulary.figureNouns.contains(t[j + 1].lower),  // "$2 million in total"
              j + 2 >= t.count || !t[j + 2].isWord || Lexicon.phraseStops.contains(t[j + 2].lower) else { return nil }
        return t[j + 1].text
    }

    /// "police have arrested nine people", "the storm killed 22 people": an outcome verb right before a count of
    /// people, in the active voice (`sentences.outcomeParticiples`).
    static func activePeopleOutcome(_ t: [Token], before s: Int) -> String? {
        guard s > 0, t[s - 1].isWord, !t[s - 1].isCapitalized, !t[s - 1].inQuote || t[s].inQuote,
              WordLists.current.words(Lists.sentencesOutcomeParticiples).contains(t[s - 1].lower) else { return nil }
        return t[s - 1].lower
    }

    /// Where a count ends as a reader quotes it: past the noun it counts when that noun follows the figure, words only
    /// between ("three towns", "3,500 damaged homes", "8,000 to 9,000 individuals"); nil when no noun follows
    /// ("41,000 took part", "the crowd at 100,000"). Cost: a few token comparisons.
    static func quotedEnd(_ t: [Token], _ figure: Range<Int>, match: MeasureMatch) -> Int? {
        let e = figure.upperBound
        // The noun found after the figure, when it is still the claim's term ("41,000 took part" counts people).
        if let r = match.termTokens, r.lowerBound >= e, r.lowerBound - e <= 2, r.upperBound > e,
           t[e..<r.upperBound].allSatisfy({ $0.isWord && !$0.isNumber }) {
            let noun = t[r].map(\.text).joined(separator: " ")
            if match.term == noun || match.term.hasPrefix(noun + " ") || match.term.hasSuffix(" " + noun) { return r.upperBound }
        }
        guard let noun = OpenMeasure.counted(t, after: e) else { return nil }
        let words = noun.text.split(separator: " ")
        guard !words.isEmpty, e + words.count <= t.count,
              zip(t[e..<(e + words.count)], words).allSatisfy({ $0.0.text == $0.1 }) else { return nil }
        return e + words.count
    }

    /// "a 6.4-magnitude quake", "magnitude 6.4", "a magnitude of 6.4".
    static func isScaleReading(_ t: [Token], _ figure: Figure) -> Bool {
        guard figure.kind == .number else { return false }
        let scales = WordLists.current.words(Lists.measuresScaleNouns)
        let s = figure.tokens.lowerBound, e = figure.tokens.upperBound
        if figure.tokens.contains(where: { scales.contains(t[$0].lower) }) { return true }
        if e + 1 < t.count, t[e].text == "-", !t[e].spaceBefore, scales.contains(t[e + 1].lower) { return true }
        if s > 0, scales.contains(t[s - 1].lower) { return true }
        return s > 1 && t[s - 1].lower == "of" && scales.contains(t[s - 2].lower)
    }

    /// "This was announced yesterday by the Ministry of Health", "That figure was confirmed by the coroner": a subject
    /// pointing back, a passive verb group and its agent within the first words.
    static func pointsBackToAgent(_ t: [Token]) -> Bool {
        guard t.count > 4, WordLists.current.words(Lists.attributionBackReferences).contains(t[0].lower) else { return false }
        var j = 1
        if Vocabulary.figureNouns.contains(OpenMeasure.lemma(t[j].lower)) { j += 1 }
        guard WordLists.current.words(Lists.attributionBeForms).contains(t[j].lower) || ["has", "have", "had"].contains(t[j].lower)
        else { return false }
        return t[(j + 1)..<min(t.count, j + 6)].contains { $0.lower == "by" }
    }

    /// The measure a ratio compares: the frame before it ("the toll is three times", "turnout was nearly
    /// double") or the noun after it ("twice as many people", "three times the number of deaths").
    func comparedMeasure(_ t: [Token], _ r: Range<Int>) -> String? {
        if let frame = OpenMeasure.frameNoun(t, before: r.lowerBound) { return matcher.measure(forNoun: frame.id) ?? frame.id }
        // "quarterly revenue 40% higher": the noun right before.
        if r.lowerBound > 0, t[r.lowerBound - 1].isWord, !t[r.lowerBound - 1].isCapitalized, !OpenMeasure.isVerbLike(t[r.lowerBound - 1].lower),
           let id = OpenMeasure.id(forNoun: t[r.lowerBound - 1].lower) {
            return matcher.measure(forNoun: id) ?? id
        }
        var j = r.upperBound
        if j < t.count, t[j].lower == "as" { j += 1 }
        if j < t.count, ["many", "much"].contains(t[j].lower) { j += 1 }
        while j < t.count, Lexicon.determiners.contains(t[j].lower) || ["a", "an", "number", "level", "amount"].contains(t[j].lower) { j += 1 }
        if let (phrase, _, _) = matcher.term(t, at: j) { return phrase.measure }
        return OpenMeasure.counted(t, after: j).map { matcher.measure(forNoun: $0.id) ?? $0.id }
    }
}

extension SentenceAnalyzer {
    /// The participle of a passive right after a count's noun ("were detained", "have been hurt": at most two
    /// auxiliaries, then a participle of `sentences.outcomeParticiples`), or an act of the people counted ("have
    /// signed", `sentences.countActions`); for a count of things, a participle of `sentences.thingOutcomes`. Nil otherwise.
    static func passiveOutcome(_ t: [Token], after end: Int, things: Bool = false) -> String? {
        let be = WordLists.current.words(Lists.attributionBeForms)
        let group = WordLists.current.words(Lists.sentencesOutcomeGroupWords)
        var j = end, sawBe = false
        while j < t.count, j - end < 4, t[j].isWord,
              be.contains(t[j].lower) || ["have", "has", "had"].contains(t[j].lower) || group.contains(t[j].lower) {
            if be.contains(t[j].lower) { sawBe = true }
            j += 1
        }
        guard j < t.count, t[j].isWord, !t[j].isCapitalized else { return nil }
        // "9,000 people had been left homeless": the state they were left in is the outcome.
        if sawBe, !things, t[j].lower == "left", j + 1 < t.count, t[j + 1].isWord,
           WordLists.current.words(Lists.sentencesOutcomeParticiples).contains(t[j + 1].lower) { return t[j + 1].lower }
        let w = t[j].lower
        // "More than 30,000 people have signed a petition": an act of their own, not the crowd's.
        if !sawBe, !things, WordLists.current.words(Lists.sentencesCountActions).contains(w) { return w }
        return sawBe && WordLists.current.words(things ? Lists.sentencesThingOutcomes : Lists.sentencesOutcomeParticiples).contains(w) ? w : nil
    }

    /// The outcome a bare count's own words give it: "with 12 still missing", "with 40 injured" (no verb), and "41 of
    /// whom have since been charged", "two of them were hurt" (a part of the people just counted). Cost: a few tokens.
    static func ownOutcome(_ t: [Token], _ figure: Range<Int>) -> String? {
        let e = figure.upperBound
        if e + 1 < t.count, t[e].lower == "of", ["whom", "them", "those"].contains(t[e + 1].lower) {
            return passiveOutcome(t, after: e + 2)
        }
        guard figure.lowerBound > 0, t[figure.lowerBound - 1].lower == "with" else { return nil }
        let group = WordLists.current.words(Lists.sentencesOutcomeGroupWords)
        var j = e
        while j < t.count, j - e < 3, t[j].isWord, group.contains(t[j].lower) { j += 1 }
        guard j < t.count, t[j].isWord, !t[j].isCapitalized,
              WordLists.current.words(Lists.sentencesOutcomeParticiples).contains(t[j].lower) else { return nil }
        // "with 40 injured in the blast" but not "with 40 injured people": the participle ends the phrase.
        if j + 1 < t.count, t[j + 1].isWord, !Lexicon.phraseStops.contains(t[j + 1].lower) { return nil }
        return t[j].lower
    }

    /// Two counts within a factor of 100 of each other: a restatement may be of one, never of the other.
    static func likeSized(_ a: Double, _ b: Double) -> Bool { a > 0 && b > 0 && max(a, b) / min(a, b) < 100 }

    /// The latest count of a like size a bare count restates: in this sentence first, then in those before.
    static func likeSizedCount(_ size: Double, drafts: [DraftClaim], recent: [(measure: String, term: String, unit: String?, value: Double)])
        -> (measure: String, term: String, unit: String?)? {
        if let own = drafts.last(where: { ($0.kind == .number || $0.kind == .range) && $0.measure != nil && $0.measure != "ratio"
            && likeSized($0.value.high ?? $0.value.low ?? 0, size) }) {
            return (own.measure!, own.term, own.value.unit)
        }
        return recent.last { likeSized($0.value, size) }.map { ($0.measure, $0.term, $0.unit) }
    }

    /// The earlier count in the sentence a bare count leaves its noun to (gapping), when a joining word
    /// stands between them and nothing names the bare count's own noun. Nil otherwise.
    /// "over how many people took to the streets", "disputed how many had marched": the count a sentence asks about,
    /// by the noun after "how many" (a verb there counts people). Cost: one pass over the tokens.
    func askedCount(_ t: [Token]) -> (measure: String, term: String, unit: String?)? {
        guard let k = t.indices.dropLast().first(where: { t[$0].lower == "how" && t[$0 + 1].lower == "many" }), k + 2 < t.count,
              t[k + 2].isWord, !t[k + 2].isCapitalized else { return nil }
        let w = t[k + 2].lower
        if Attributor.auxiliaries.contains(w) || OpenMeasure.isVerbLike(w) || Self.humanVerbs.contains(w) {
            return matcher.peopleMeasure.map { ($0, "people", "people") }
        }
        let lemma = OpenMeasure.lemma(w)
        guard !Vocabulary.notMeasures.contains(lemma), let id = OpenMeasure.id(forNoun: w) else { return nil }
        let measure = matcher.measure(forNoun: lemma) ?? id
        return (measure, w, peopleMeasures.contains(measure) ? "people" : nil)
    }

    func gapped(_ t: [Token], _ figure: Figure, drafts: [DraftClaim]) -> Int? {
        let s = figure.tokens.lowerBound
        guard !figure.isYearLike, let base = drafts.indices.last(where: {
            (drafts[$0].kind == .number || drafts[$0].kind == .range) && drafts[$0].measure != nil && drafts[$0].measure != "ratio"
                && drafts[$0].derivedFrom == nil && drafts[$0].tokens.upperBound <= s
        }) else { return nil }
        // "killed 9 people and wounded 40": a verb of its own governs the count.
        if s > 0, t[s - 1].isWord, !Vocabulary.gapJoiners.contains(t[s - 1].lower), OpenMeasure.isVerbLike(t[s - 1].lower) { return nil }
        let between = t[drafts[base].tokens.upperBound..<s]
        // "1.1 million vehicles in the United States, 640,000 in Japan and 150,000 in Canada": a comma joins a list.
        guard between.count <= 12, between.contains(where: { $0.isWord && Vocabulary.gapJoiners.contains($0.lower) })
                || between.count <= 6 && between.last?.text == "," && between.dropLast().allSatisfy(\.isWord) else { return nil }
        // A following noun or verb is the count's own ("and 12 districts", "and 40 were hurt"): only a mark,
        // a preposition or the end may follow.
        let e = figure.tokens.upperBound
        guard e >= t.count || !t[e].isWord || Vocabulary.gapFollowers.contains(t[e].lower) else { return nil }
        return base
    }
}

extension SentenceAnalyzer {
    /// A percentage stated as a comparison with "than" ("40% higher than a year earlier"): its tokens and
    /// the ratio it gives (1.4, unit `times`), nil otherwise.
    func percentComparison(_ t: [Token], _ figure: Figure, value: Quantity) -> (tokens: Range<Int>, value: Quantity)? {
        let e = figure.tokens.upperBound
        guard e + 1 < t.count, let sign = Vocabulary.percentComparatives[t[e].lower], t[e + 1].lower == "than" || t[e + 1].lower == "on" || t[e + 1].lower == "from",
              let low = value.low else { return nil }
        // "closed 11.2% lower on Tuesday": "on" and a day says when, not against what.
        if t[e + 1].lower == "on", e + 2 < t.count, Lexicon.weekdays[t[e + 2].lower] != nil || Lexicon.months[t[e + 2].lower] != nil { return nil }
        let factor = { (p: Double) in 1 + sign * p / 100 }
        var ratio = Quantity(low: factor(low), high: factor(value.high ?? low), qualifier: value.qualifier, unit: "times")
        if sign < 0 { ratio = Quantity(low: factor(value.high ?? low), high: factor(low), qualifier: value.qualifier, unit: "times") }
        return (figure.tokens.lowerBound..<(e + 1), ratio)
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let figuresOwnPlacePrepositions = ListName("figures", "ownPlacePrepositions")
    static let figuresPartOpeners = ListName("figures", "partOpeners")
    static let figuresWholeScopes = ListName("figures", "wholeScopes")
    static let attributionBackReferences = ListName("attribution", "backReferences")
    static let attributionBeForms = ListName("attribution", "beForms")
    static let measuresScaleNouns = ListName("measures", "scaleNouns")
    static let exclusionsDiscourseNouns = ListName("exclusions", "discourseNouns")
    static let sentencesOutcomeGroupWords = ListName("sentences", "outcomeGroupWords")
    static let sentencesOutcomeParticiples = ListName("sentences", "outcomeParticiples")
    static let sentencesCountActions = ListName("sentences", "countActions")
    static let sentencesThingOutcomes = ListName("sentences", "thingOutcomes")
}
