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
}

/// What one sentence yields.
struct SentenceResult: Sendable {
    var mentions: [Mention] = []
    var claims: [DraftClaim] = []
    /// Resolved or not, in order, with the words that gave them.
    var dates: [(date: EventDate?, text: String, start: Int)] = []
    var scope: [String] = []
    var speaker: Speaker?

    /// The sentence's date: the first printed in full, else the first resolved.
    var eventDate: (date: EventDate, text: String)? {
        let resolved = dates.compactMap { d in d.date.map { (date: $0, text: d.text) } }
        return resolved.first { !$0.date.inferred } ?? resolved.first
    }
}

/// The running state of an article: its date context and who spoke last.
struct ArticleState: Sendable {
    var dates: DateContext
    var speakers = SpeakerState()
}

/// Analyses one sentence at a time, carrying article state along.
struct SentenceAnalyzer: Sendable {
    let matcher: MeasureMatcher
    let gazetteer: Gazetteer
    let attributor: Attributor
    let peopleMeasures: Set<String>

    init(config: Config) {
        matcher = MeasureMatcher(config: config)
        gazetteer = Gazetteer(places: config.places)
        attributor = Attributor(names: SpeakerNames(placeWords: gazetteer.placeWords))
        peopleMeasures = Set(config.measures.filter { $0.unit != "money" && $0.unit != "percent" }.map(\.id))
    }

    func analyse(_ sentence: String, state: inout ArticleState) -> SentenceResult {
        let chars = Array(sentence)
        let t = Tokenizer.tokenize(sentence)
        func text(_ r: Range<Int>) -> (String, Int) {
            let s = t[r.lowerBound].start, e = t[r.upperBound - 1].end
            return (String(chars[s..<e]), s)
        }
        var result = SentenceResult()
        let matcher = self.matcher
        let dateMatches = DateResolver.dates(in: t, context: &state.dates) { j in
            j < t.count && (matcher.term(t, at: j) != nil || ["people", "persons"].contains(t[j].lower))
        }
        var consumed = Set<Int>()
        var dates: [(Int, EventDate?, String, Int)] = []
        for m in dateMatches {
            consumed.formUnion(m.tokens)
            let (s, start) = text(m.tokens)
            dates.append((m.tokens.lowerBound, m.date, s, start))
        }
        var drafts: [DraftClaim] = []
        for figure in FigureScanner.figures(in: t, skipping: consumed) {
            let (spanText, start) = text(figure.tokens)
            var match = matcher.match(t, figure: figure)
            if figure.isYearLike, match.measure == nil, let y = Int(spanText) {
                dates.append((figure.tokens.lowerBound, EventDate(year: y), spanText, start))
                continue
            }
            var value = figure.quantity
            if [.exact, .approx].contains(value.qualifier), let r = match.termTokens, let (bound, _) = Bound.suffix(t, at: r.upperBound),
               let low = value.low, let high = value.high {
                let unit = value.unit, per = value.per
                value = bound.quantity(low: low, high: high); value.unit = unit; value.per = per
            }
            if value.per == nil, let r = match.termTokens, let (per, _) = FigureScanner.rate(t, at: r.upperBound) { value.per = per }
            if let m = match.measure, peopleMeasures.contains(m), value.unit == nil { value.unit = "people" }
            result.mentions.append(Mention(kind: figure.kind, text: spanText, start: start, value: value))
            if figure.isFraction || figure.kind == .percent, let share = share(t, figure, drafts: drafts) {
                let base = drafts[share.base]
                let f = figure.kind == .percent ? (figure.quantity.low ?? 0) / 100 : (figure.quantity.low ?? 0)
                var derived = Quantity(low: base.value.low.map { ($0 * f).rounded() }, high: base.value.high.map { ($0 * f).rounded() },
                                       qualifier: .approx, unit: "people")
                derived.per = base.value.per
                drafts.append(DraftClaim(span: Span(start: start, length: spanText.count), text: spanText, kind: base.kind,
                                         measure: share.measure, term: share.term, value: derived, derivedFrom: share.base))
                continue
            }
            if figure.isFraction { continue }
            if figure.kind == .money || figure.kind == .percent || match.measure != nil {
                if figure.kind == .percent, match.measure == nil { match.term = percentOf(t, after: figure.tokens.upperBound) ?? match.term }
                drafts.append(DraftClaim(span: Span(start: start, length: spanText.count), text: spanText, kind: figure.kind,
                                         measure: match.measure, term: match.term, value: value))
            }
        }
        for (_, date, s, start) in dates.sorted(by: { $0.0 < $1.0 }) {
            result.dates.append((date, s, start))
            result.mentions.append(Mention(kind: .date, text: s, start: start, date: date))
        }
        result.mentions.sort { $0.start < $1.start }
        result.claims = drafts
        result.scope = gazetteer.places(in: t)
        result.speaker = attributor.speaker(in: t, state: &state.speakers)
        return result
    }

    /// "…, roughly half of whom are fighters": a share of the last count, with what the share counts.
    private func share(_ t: [Token], _ figure: Figure, drafts: [DraftClaim]) -> (base: Int, measure: String?, term: String)? {
        guard let base = drafts.indices.last(where: { drafts[$0].derivedFrom == nil && drafts[$0].value.unit == "people" }) else { return nil }
        let quotes: Set<String> = ["“", "”", "\"", "‘", "’"]
        var j = figure.tokens.upperBound
        var pattern = false
        if j + 1 < t.count, t[j].lower == "of", ["whom", "them", "which", "those", "these"].contains(t[j + 1].lower) {
            pattern = true; j += 2
        }
        if !pattern {
            var k = figure.tokens.lowerBound - 1
            while k >= 0, quotes.contains(t[k].text) { k -= 1 }
            if k >= 1, t[k - 1].lower == "of", ["which", "whom", "them", "these", "those"].contains(t[k].lower) { pattern = true }
        }
        guard pattern else { return nil }
        var steps = 0
        while j < t.count, steps < 6 {
            if let (phrase, _, text) = matcher.term(t, at: j, money: false) { return (base, phrase.measure, text) }
            guard quotes.contains(t[j].text) || ["are", "were", "is", "was", "would", "be", "being", "could", "may", "might",
                                                  "said", "to", "have", "been", "likely", "believed", "thought"].contains(t[j].lower) else { break }
            j += 1; steps += 1
        }
        return nil
    }

    /// "40 percent of the vote": what a percentage is of.
    private func percentOf(_ t: [Token], after j: Int) -> String? {
        guard j + 1 < t.count, t[j].lower == "of" else { return nil }
        var k = j + 1
        while k < t.count, Lexicon.determiners.contains(t[k].lower) { k += 1 }
        guard k < t.count, t[k].isWord else { return nil }
        return t[k].text
    }
}
