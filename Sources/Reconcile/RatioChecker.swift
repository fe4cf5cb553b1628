import Model

/// Checks the ratios articles state ("three times the figure the agency gave on the first day", "twice as
/// many people as last year", "nearly double") against the corpus' own figures.
///
/// The two sides are found from the sentence: the party named before the ratio (else the sentence's
/// speaker) gives the numerator, the party named after it the denominator (the same party when none is:
/// a change over time). Each side is that party's figure for the compared measure as of the article's
/// date — the earliest when the sentence says "first", "initial", "earliest" or "original", else the latest
/// (before the numerator's, for one party's change). Cost: one pass over the ratio claims, each scanning
/// the propositions of its measure (a dictionary lookup).
struct RatioChecker {
    let sources: [ID<Source>: Source]
    let propositions: [Proposition]
    /// The source of every claim, to prefer the figure the ratio's own article gives.
    let sourceOf: [ID<Claim>: ID<Source>]

    /// Words after a ratio that point to a side's first figure rather than its latest.
    static let firstWords: Set<String> = ["first", "initial", "earliest", "original", "opening", "early"]

    func checks(_ ratios: [Claim]) -> [RatioCheck] {
        let byMeasure = Dictionary(grouping: propositions.filter { $0.consensus.qualifier != .vague && Self.point($0.consensus) != nil },
                                   by: \.measure)
        return ratios.compactMap { claim -> RatioCheck? in
            guard let measure = claim.compares else { return nil }
            let id = ID<RatioCheck>("r-" + claim.id.rawValue)
            let unchecked = RatioCheck(id: id, claim: claim.id, measure: measure, numerator: nil, denominator: nil,
                                       computed: nil, verdict: .unchecked)
            guard let candidates = byMeasure[measure], let source = sources[claim.source],
                  claim.sentence < source.sentences.count else { return unchecked }
            let sentence = Array(source.sentences[claim.sentence].text)
            let cut = sentence.count >= claim.span.end ? claim.span : Span(start: 0, length: 0)
            let before = String(sentence[..<cut.start]), after = String(sentence[cut.end...])
            var parties: [String: Speaker] = [:]
            for p in candidates { if let s = p.speaker { parties[s.key] = s } }
            let named = parties.values.sorted { $0.key < $1.key }
            let opener = named.compactMap { s in Self.position(of: s, in: before).map { (s.key, $0) } }.max { $0.1 < $1.1 }?.0
            let second = named.compactMap { s in Self.position(of: s, in: after).map { (s.key, $0) } }.min { $0.1 < $1.1 }?.0
            // A side the article itself gives comes first ("the toll has risen to 41 … the ministry's toll is three times").
            func here(_ p: Proposition) -> Int { p.members.contains { sourceOf[$0] == claim.source } ? 1 : 0 }
            func side(_ party: String?, earliest: Bool, before limit: EventDate?, excluding: ID<Proposition>?) -> Proposition? {
                let options = candidates.filter { p in
                    p.id != excluding && (party == nil || p.speaker?.key == party)
                        && (limit == nil || p.asOf.map { limit!.isLater(than: $0) } ?? false)
                }
                return options.min { a, b in
                    let x = a.asOf?.iso ?? "", y = b.asOf?.iso ?? ""
                    return earliest ? (x, b.origins, a.id) < (y, a.origins, b.id)
                                    : (here(b), y, b.origins, a.id) < (here(a), x, a.origins, b.id)
                }
            }
            let numeratorParty = opener ?? claim.attribution?.key
            guard let numerator = side(numeratorParty, earliest: false, before: nil, excluding: nil) else { return unchecked }
            let denominatorParty = second ?? numerator.speaker?.key
            let wantsFirst = !Set(Words.tokens(after)).isDisjoint(with: Self.firstWords)
            let sameParty = denominatorParty == numerator.speaker?.key
            guard let denominator = side(denominatorParty, earliest: wantsFirst, before: sameParty && !wantsFirst ? numerator.asOf : nil,
                                         excluding: numerator.id),
                  let top = Self.point(numerator.consensus), let bottom = Self.point(denominator.consensus), bottom > 0 else { return unchecked }
            let computed = top / bottom
            return RatioCheck(id: id, claim: claim.id, measure: measure, numerator: numerator.id, denominator: denominator.id,
                              computed: computed, verdict: Self.verdict(stated: claim.value, computed: computed))
        }
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
    /// "More than three times" fits any computed value above three, up to half as much again.
    static func verdict(stated: Quantity, computed: Double) -> RatioCheck.Verdict {
        guard let factor = point(stated), factor > 0 else { return .unchecked }
        if stated.qualifier == .atLeast {
            if computed > factor, computed <= factor * 1.5 { return .fits }
            return computed >= factor * 0.9 && computed <= factor * 2 ? .loosely : .doesNotFit
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
