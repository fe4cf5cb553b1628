import Lexicon
import Model

/// Cues written after a figure ("at least 45 people were killed", "300 were arrested", "45 died") and
/// cues that govern a figure from earlier in its clause ("the death toll in the quake had risen to 61").
extension MeasureMatcher {
    /// A one-word cue or term of a measure, compared by stem so its inflections match too.
    struct Lexeme: Sendable {
        var stem: String
        /// The word as configured.
        var word: String
        var measure: String
        var isCue: Bool
        /// Its measure sits in no topic: a catch-all ("people") that a specific measure beats.
        var isGeneric: Bool
    }

    /// What a word after a figure, or before its governing verb, says the figure counts.
    struct Hit: Sendable {
        var measure: String
        var isCue: Bool
        var isGeneric: Bool
        /// The words as written.
        var text: String
        /// Written exactly as configured, not an inflection ("dead", not "died").
        var isExact = true
    }

    /// Auxiliaries, copulas and reporting verbs between a counted noun and its participle
    /// ("were", "have been", "are feared", "were said to have been").
    static var auxiliaries: Set<String> { WordLists.current.words(Lists.measurecuesAuxiliaries) }
    /// Adverbs that may sit inside the verb group ("were still missing", "have reportedly been killed").
    static var adverbs: Set<String> { WordLists.current.words(Lists.measurecuesAdverbs) }
    /// Prepositions opening a short phrase after the counted noun ("45 people in the village were killed").
    static var postPrepositions: Set<String> { WordLists.current.words(Lists.measurecuesPostPrepositions) }
    /// Verbs that put a governing noun's value right before the figure ("the toll rose to 61", "stood at 61").
    static var governors: Set<String> { WordLists.current.words(Lists.measurecuesGovernors) }
    /// Words that end the clause a governing cue is looked for in.
    static var clauseBreaks: Set<String> { WordLists.current.words(Lists.measurecuesClauseBreaks) }

    /// The measure a configured word names at token j: a multi-word cue as written, else a one-word cue or
    /// term by stem (cues first, then terms, specific measures before catch-alls).
    func hit(_ t: [Token], at j: Int) -> (Hit, Int)? {
        guard j < t.count, t[j].isWord else { return nil }
        for index in longCuesByFirstWord(t[j].lower) {
            let c = cues[index]
            guard j + c.words.count <= t.count else { continue }
            if c.words.enumerated().allSatisfy({ t[j + $0.offset].lower == $0.element }) {
                let r = j..<(j + c.words.count)
                return (Hit(measure: c.measure, isCue: true, isGeneric: genericMeasures.contains(c.measure),
                            text: t[r].map(\.text).joined(separator: " ")), r.upperBound)
            }
        }
        let s = Inflection.stem(t[j].lower)
        guard let l = lexemeByStem[s].map({ lexemes[$0] }) else { return nil }
        return (Hit(measure: l.measure, isCue: l.isCue, isGeneric: l.isGeneric, text: t[j].text, isExact: l.word == t[j].lower), j + 1)
    }

    /// "40 people were still missing", "45 died", "12,000 residents of the area have been displaced": a cue
    /// or term within six tokens after token j0, through auxiliaries and at most two adverbs; a short phrase
    /// opened by a preposition may come first when an auxiliary or a cue follows it. Any other word or mark ends the search.
    func cueAfter(_ t: [Token], from j0: Int) -> Hit? {
        var j = j0, aux = false, adverbs = 0
        if j < t.count, Self.postPrepositions.contains(t[j].lower) {
            var k = j + 1
            while k < t.count, k - j0 < 5, t[k].isWord, !Self.auxiliaries.contains(t[k].lower), hit(t, at: k) == nil { k += 1 }
            // "45 people in the village were killed", "23 patients on the hidden list died": an auxiliary or a cue.
            guard k < t.count, k > j + 1 else { return nil }
            if !Self.auxiliaries.contains(t[k].lower) {
                guard let (h, end) = hit(t, at: k), h.isCue, !t[end..<min(t.count, end + 3)].contains(where: \.isNumber) else { return nil }
                return h
            }
            j = k
        }
        // "Thirty-one patients who had been left off the waiting list at the city's hospitals died": after "who" right
        // behind the noun, the first cue within a dozen words (no mark between but a possessive) is the noun's.
        let relative = j < t.count && t[j].lower == "who"
        while j < t.count, j - j0 < (relative ? 14 : 6) {
            let w = t[j].lower
            if let (h, end) = hit(t, at: j) {
                // Without an auxiliary a verb may be active: "500 fighters killed 20 civilians" is no count of dead.
                if !aux, t[end..<min(t.count, end + 3)].contains(where: \.isNumber) { return nil }
                return h
            }
            guard t[j].isWord || relative && ["'s", "’s"].contains(t[j].text) else { return nil }
            if Self.auxiliaries.contains(w) { aux = true }
            else if adverbs < 2, Self.adverbs.contains(w) || (w.hasSuffix("ly") && w.count > 4) { adverbs += 1 }
            else if !relative { return nil }
            j += 1
        }
        return nil
    }

    /// "the death toll … had risen to 61", "the number of people killed rose to 61": a cue (or a term after
    /// an anchor such as "number") earlier in the clause of a governing verb written right before the figure,
    /// with no other figure between. Specific measures beat catch-alls; among equals the nearest wins.
    func governingCue(_ t: [Token], before start: Int) -> Hit? {
        var v = start
        var prep = false
        if v > 0, ["to", "at"].contains(t[v - 1].lower) { v -= 1; prep = true }
        if v > 0, ["now", "already"].contains(t[v - 1].lower) { v -= 1 }
        guard v > 0, Self.governors.contains(t[v - 1].lower) else { return nil }
        if ["stood", "stands"].contains(t[v - 1].lower), !prep { return nil }
        var best: Hit?
        var p = v - 2
        while p >= 0, v - 1 - p <= 14 {
            let tok = t[p]
            if tok.isNumber || Self.clauseBreaks.contains(tok.lower) { break }
            // "death toll" read from its last word: take the longer phrase that ends here.
            if var (h, _) = hit(t, at: p), h.isCue || t[max(0, p - 4)..<p].contains(where: { Self.anchors.contains($0.lower) }) {
                if p > 0, let (longer, e) = hit(t, at: p - 1), e > p, longer.measure == h.measure { h = longer }
                if !h.isGeneric { return h }
                if best == nil { best = h }
            }
            p -= 1
        }
        return best
    }

    /// The lexemes of a configuration: the one-word cues and terms of measures that are not money.
    static func lexemes(_ config: Config, cues: [Phrase], terms: [Phrase]) -> [Lexeme] {
        let generic = Set(config.measures.filter(Config.isGeneric).map(\.id))
        let one: ([Phrase], Bool, Bool) -> [Lexeme] = { phrases, isCue, isGeneric in
            phrases.filter { !$0.isMoney && $0.words.count == 1 && generic.contains($0.measure) == isGeneric }.map {
                Lexeme(stem: Inflection.stem($0.words[0]), word: $0.words[0], measure: $0.measure, isCue: isCue, isGeneric: isGeneric)
            }
        }
        // Specific measures first, cues before terms within each.
        return one(cues, true, false) + one(terms, false, false) + one(cues, true, true) + one(terms, false, true)
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let measurecuesAdverbs = ListName("measurecues", "adverbs")
    static let measurecuesAuxiliaries = ListName("measurecues", "auxiliaries")
    static let measurecuesClauseBreaks = ListName("measurecues", "clauseBreaks")
    static let measurecuesGovernors = ListName("measurecues", "governors")
    static let measurecuesPostPrepositions = ListName("measurecues", "postPrepositions")
}
