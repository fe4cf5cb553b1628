import Lexicon
import Model

/// Checks the ratios articles state ("three times the figure the agency gave on the first day", "twice as
/// many people as last year", "nearly double") against the corpus' own figures.
///
/// The two sides are found from the sentence: the party named before the ratio (else the sentence's
/// speaker) gives the numerator, the party named after it the denominator (the same party when none is:
/// a change over time). Each side is that party's figure for the compared measure as of the article's
/// date — the earliest when the sentence says "first", "initial", "earliest" or "original", else the latest
/// (before the numerator's, for one party's change); a figure printed right after the ratio ("three times
/// the €58m") is the denominator itself. Cost: one pass over the ratio claims, each scanning the
/// propositions of its measure (a dictionary lookup).
struct RatioChecker {
    let sources: [ID<Source>: Source]
    let propositions: [Proposition]
    /// The source of every claim, to prefer the figure the ratio's own article gives.
    let sourceOf: [ID<Claim>: ID<Source>]
    let sentenceOf: [ID<Claim>: Int]
    /// Each sentence's claims ("source#sentence"), for a denominator printed right after the ratio.
    let claimsBySentence: [String: [Claim]]
    let propositionOf: [ID<Claim>: ID<Proposition>]

    init(sources: [ID<Source>: Source], propositions: [Proposition], claims: [Claim]) {
        self.sources = sources
        self.propositions = propositions
        sourceOf = Dictionary(claims.map { ($0.id, $0.source) }, uniquingKeysWith: { first, _ in first })
        sentenceOf = Dictionary(claims.map { ($0.id, $0.sentence) }, uniquingKeysWith: { first, _ in first })
        claimsBySentence = Dictionary(grouping: claims) { "\($0.source.rawValue)#\($0.sentence)" }
        var of: [ID<Claim>: ID<Proposition>] = [:]
        for p in propositions { for m in p.members { of[m] = p.id } }
        propositionOf = of
        // A ratio divides two amounts of one unit; shares ("61.4%") are no side of one.
        usable = propositions.filter { $0.consensus.qualifier != .vague && Self.point($0.consensus) != nil && $0.consensus.unit != "percent"
            && $0.consensus.unit != Quantity.percentagePoints }
        byMeasure = Dictionary(grouping: usable, by: \.measure)
        byID = Dictionary(usable.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Propositions with a figure to divide, by measure and by id.
    let usable: [Proposition]
    let byMeasure: [String: [Proposition]]
    let byID: [ID<Proposition>: Proposition]

    /// The measure extraction gives a ratio claim.
    static let measure = "ratio"

    /// Words after a ratio that point to a side's first figure rather than its latest.
    static var firstWords: Set<String> { WordLists.current.words("measures", "ratioFirstWords") }

    func checks(_ ratios: [Claim]) -> [RatioCheck] {
        ratios.compactMap { claim -> RatioCheck? in
            let compared = claim.compares ?? Self.measure
            let id = ID<RatioCheck>("r-" + claim.id.rawValue)
            let unchecked = RatioCheck(id: id, claim: claim.id, measure: compared, numerator: nil, denominator: nil,
                                       computed: nil, verdict: .unchecked)
            guard let source = sources[claim.source], claim.sentence < source.sentences.count else { return unchecked }
            let sentence = Array(source.sentences[claim.sentence].text)
            let cut = sentence.count >= claim.span.end ? claim.span : Span(start: 0, length: 0)
            let before = String(sentence[..<cut.start]), after = String(sentence[cut.end...])
            let inSentence = (claimsBySentence["\(claim.source.rawValue)#\(claim.sentence)"] ?? []).filter { $0.compares == nil && $0.measure != "ratio" }
            func proposition(_ c: Claim?) -> Proposition? { c.flatMap { propositionOf[$0.id] }.flatMap { byID[$0] } }
            // "three times the €58m in interim compensation": the figure printed right after is the denominator.
            let printed = proposition(inSentence.first { $0.span.start >= cut.end && $0.span.start - cut.end <= 5 })
            // "has burned 23,600 hectares …, nearly double the area": a figure of the sentence before the ratio,
            // of the printed denominator's unit when there is one, is the numerator.
            // A ratio that names what it compares ("revenue 40% higher than a year earlier") takes no figure of another
            // measure as a side ("the loss of 640 jobs, even as it reported revenue 40% higher").
            let named = claim.compares != nil && byMeasure[compared] != nil
            let leads = inSentence.filter { c in c.span.end <= cut.start && (printed == nil || c.value.unit == printed!.consensus.unit) }
                .reversed().compactMap(proposition).filter { !named || $0.measure == compared }
            return leads.lazy.compactMap { check(claim, lead: $0, printed: printed, compared: compared, before: before, after: after) }.first
                ?? check(claim, lead: nil, printed: printed, compared: compared, before: before, after: after) ?? unchecked
        }
    }

    /// The check with a given numerator from the ratio's sentence (or none), nil when a side is missing.
    private func check(_ claim: Claim, lead: Proposition?, printed: Proposition?, compared: String, before: String, after: String) -> RatioCheck? {
        let measure = lead?.measure ?? (byMeasure[compared] == nil ? printed?.measure : nil) ?? compared
        let candidates = byMeasure[measure] ?? []
        var parties: [String: Speaker] = [:]
        for p in candidates { if let s = p.speaker { parties[s.key] = s } }
        let named = parties.values.sorted { $0.key < $1.key }
        let opener = named.compactMap { s in Self.position(of: s, in: before).map { (s.key, $0) } }.max { $0.1 < $1.1 }?.0
        let second = named.compactMap { s in Self.position(of: s, in: after).map { (s.key, $0) } }.min { $0.1 < $1.1 }?.0
        // A side the article itself gives comes first ("the toll has risen to 41 … the ministry's toll is three times").
        func here(_ p: Proposition) -> Int { p.members.contains { sourceOf[$0] == claim.source } ? 1 : 0 }
        // A figure of another occasion, half a year or more before the ratio's article, is no side of it while the
        // article's own time gives one ("almost twice the number the coast guard gave" is this wreck's number).
        let published = sources[claim.source]?.metadata.published
        func current(_ p: Proposition) -> Bool {
            guard let published, let asOf = p.asOf else { return true }
            return !published.isLater(than: asOf, byAtLeast: 180)
        }
        func side(_ party: String?, earliest: Bool, before limit: EventDate?, excluding: ID<Proposition>?) -> Proposition? {
            var options = candidates.filter { p in
                p.id != excluding && (party == nil || p.speaker?.key == party)
                    && (printed == nil || p.consensus.unit == printed!.consensus.unit)
                    && (limit == nil || p.asOf.map { limit!.isLater(than: $0) } ?? false)
            }
            if options.contains(where: current) { options = options.filter(current) }
            return options.min { a, b in
                let x = a.asOf?.iso ?? "", y = b.asOf?.iso ?? ""
                return earliest ? (x, b.origins, a.id) < (y, a.origins, b.id)
                                : (here(b), y, b.origins, a.id) < (here(a), x, a.origins, b.id)
            }
        }
        // The numerator: the sentence's own figure, else the named party's (or the speaker's), else any
        // party's, else the story's first figure of the printed denominator's unit ("The award … is three times").
        // Without a figure in the sentence or a party named before the ratio, only the article's own figure will do.
        var numerator = lead ?? side(opener ?? claim.attribution?.key, earliest: false, before: nil, excluding: printed?.id)
        if numerator == nil || lead == nil && opener == nil && here(numerator!) == 0 {
            numerator = side(nil, earliest: false, before: nil, excluding: printed?.id).flatMap { here($0) == 1 ? $0 : nil }
        }
        if numerator == nil, let printed {
            numerator = usable.filter { $0.id != printed.id && $0.consensus.unit == printed.consensus.unit && here($0) == 1 }
                .min { firstSentence($0, in: claim.source) < firstSentence($1, in: claim.source) }
        }
        guard let numerator else { return nil }
        let denominator: Proposition?
        if let printed, printed.id != numerator.id {
            denominator = printed
        } else {
            let party = second ?? numerator.speaker?.key
            let wantsFirst = !Set(Words.tokens(after)).isDisjoint(with: Self.firstWords)
            let sameParty = party == numerator.speaker?.key
            // A change over time told without a party for its earlier figure ("nearly double the area it had
            // reached on Monday"): any earlier figure of the measure.
            denominator = side(party, earliest: wantsFirst, before: sameParty && !wantsFirst ? numerator.asOf : nil, excluding: numerator.id)
                ?? (sameParty && second == nil ? side(nil, earliest: wantsFirst, before: wantsFirst ? nil : numerator.asOf, excluding: numerator.id) : nil)
        }
        guard let denominator, denominator.consensus.unit == numerator.consensus.unit, denominator.consensus.per == numerator.consensus.per,
              let top = Self.point(numerator.consensus), let bottom = Self.point(denominator.consensus),
              bottom > 0 else { return nil }
        return RatioCheck(id: ID("r-" + claim.id.rawValue), claim: claim.id, measure: compared == Self.measure ? measure : compared, numerator: numerator.id,
                          denominator: denominator.id, computed: top / bottom, verdict: Self.verdict(stated: claim.value, computed: top / bottom))
    }

    /// The first sentence of a source holding one of the proposition's tellings.
    private func firstSentence(_ p: Proposition, in source: ID<Source>) -> Int {
        p.members.compactMap { m in sourceOf[m] == source ? sentenceOf[m] : nil }.min() ?? .max
    }

    /// A figure as one number: its value, the bound of an open figure, the middle of a range.
    static func point(_ q: Quantity) -> Double? {
        switch (q.low, q.high) {
        case let (low?, high?): (low + high) / 2
        case let (low?, nil): low
        case let (nil, high?): high
        default: nil
        }
    }

    /// How a computed ratio fits the stated one: within 5 % (10 % when hedged) fits, within 25 % loosely.
    /// "More than three times" fits any computed value above three, up to half as much again; "less than half" any
    /// value below a half, down to two thirds of it.
    static func verdict(stated: Quantity, computed: Double) -> RatioCheck.Verdict {
        guard let factor = point(stated), factor > 0 else { return .unchecked }
        if stated.qualifier == .atLeast {
            if computed > factor, computed <= factor * 1.5 { return .fits }
            return computed >= factor * 0.9 && computed <= factor * 2 ? .loosely : .doesNotFit
        }
        // "Less than half" fits anything below a half down to two thirds of it.
        if stated.qualifier == .upTo {
            if computed < factor, computed >= factor / 1.5 { return .fits }
            return computed <= factor * 1.1 && computed >= factor / 2 ? .loosely : .doesNotFit
        }
        let deviation = abs(computed / factor - 1)
        if deviation <= (stated.qualifier == .exact ? 0.05 : 0.1) { return .fits }
        return deviation <= 0.25 ? .loosely : .doesNotFit
    }

    /// Where a party is named in lower-cased text: its name without an article, its key as a word, or the
    /// last word of a name of several words ("the ministry's toll" for "the interior ministry").
    static func position(of speaker: Speaker, in text: String) -> Int? {
        let words = Words.tokens(speaker.name)
        let name = words.drop { $0 == "the" }.joined(separator: " ")
        let tokens = Words.tokens(text)
        func find(_ phrase: [String]) -> Int? {
            guard !phrase.isEmpty, tokens.count >= phrase.count else { return nil }
            return (0...(tokens.count - phrase.count)).first { Array(tokens[$0..<($0 + phrase.count)]) == phrase }
        }
        if let at = find(Words.tokens(name)) { return at }
        if speaker.key.count >= 2, let at = find([speaker.key.lowercased()]) { return at }
        if words.count >= 2, let head = words.last, head.count >= 4 { return find([head]) }
        return nil
    }
}
