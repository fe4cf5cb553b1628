import Lexicon
import Model

/// What a figure counts: the measure from config and the counted noun as the outlet wrote it.
struct MeasureMatch: Sendable {
    var measure: String?
    var term: String
    /// Token range of the counted noun, when one was found after the figure.
    var termTokens: Range<Int>?
}

/// Maps the words around a figure to a configured measure through its terms and cues.
struct MeasureMatcher: Sendable {
    struct Phrase: Sendable {
        var words: [String]
        var measure: String
        var isMoney: Bool
    }

    let terms: [Phrase]
    let cues: [Phrase]
    /// The measure for money nothing else names (money unit, no terms, no cues).
    let genericMoney: String?
    let moneyMeasures: Set<String>
    /// One-word cues and terms by stem, for cues written after a figure or inflected ("wounding 30").
    let lexemes: [Lexeme]
    /// Measures no topic shows: catch-alls such as "people".
    let genericMeasures: Set<String>
    /// Terms by first word, and one-word terms by that word less a final "s" (a singular token matches its
    /// plural term): `term(_:at:)` tries only the terms that can start at a token.
    let termsByFirstWord: PhraseIndex
    let singleTermsBySingular: PhraseIndex
    /// Cues by last word, for `cue(_:before:money:)`.
    let cuesByLastWord: PhraseIndex
    /// Multi-word cues by first word, for `hit(_:at:)`.
    let longCuesByFirstWord: PhraseIndex
    /// The first one-word cue per stem, money cues and others apart (stems read with the configured lexicon).
    let oneWordCueByStem: [Bool: [String: Int]]
    /// The first lexeme per stem.
    let lexemeByStem: [String: Int]
    /// The measure of the first one-word term per lemma (`measure(forOpen:)`), and per lemma of a one-word
    /// term or else cue (`measure(forNoun:)`); lemmas read with the configured lexicon, once.
    let measureByTermLemma: [String: String]
    let measureByNounLemma: [String: String]
    static var anchors: Set<String> { WordLists.current.words(Lists.measurecuesAnchors) }

    init(config: Config) {
        // Longest phrase first; on a tie, a measure some topic shows beats a catch-all in no topic
        // ("demonstrators" is crowd size, when a user adds it, before it is "people").
        func phrases(_ keyPath: KeyPath<Config.Measure, [String]>) -> [Phrase] {
            let ranked = config.measures.enumerated().flatMap { n, m in
                m[keyPath: keyPath].map { (phrase: Phrase(words: $0.lowercased().split(separator: " ").map(String.init), measure: m.id, isMoney: m.unit == "money"),
                                           rank: (Config.isGeneric(m) ? 1 : 0, n)) }
            }
            return ranked.sorted { a, b in
                a.phrase.words.count != b.phrase.words.count ? a.phrase.words.count > b.phrase.words.count : a.rank < b.rank
            }.map(\.phrase)
        }
        terms = phrases(\.terms)
        cues = phrases(\.cues)
        genericMoney = config.measures.first { $0.unit == "money" && $0.terms.isEmpty && $0.cues.isEmpty }?.id
        moneyMeasures = Set(config.measures.filter { $0.unit == "money" }.map(\.id))
        genericMeasures = Set(config.measures.filter(Config.isGeneric).map(\.id))
        lexemes = Self.lexemes(config, cues: cues, terms: terms)
        var byFirst = PhraseIndex(), bySingular = PhraseIndex()
        for (n, phrase) in terms.enumerated() {
            byFirst.add(phrase.words.first, at: n)
            if phrase.words.count == 1, phrase.words[0].hasSuffix("s") { bySingular.add(String(phrase.words[0].dropLast()), at: n) }
        }
        termsByFirstWord = byFirst
        singleTermsBySingular = bySingular
        var byLast = PhraseIndex(), longByFirst = PhraseIndex()
        for (n, phrase) in cues.enumerated() {
            byLast.add(phrase.words.last, at: n)
            if !phrase.isMoney, phrase.words.count > 1 { longByFirst.add(phrase.words.first, at: n) }
        }
        cuesByLastWord = byLast
        longCuesByFirstWord = longByFirst
        let cues = self.cues
        oneWordCueByStem = config.wordLists.withLists {
            var byStem: [Bool: [String: Int]] = [:]
            for (n, phrase) in cues.enumerated() where phrase.words.count == 1 {
                let stem = Inflection.stem(phrase.words[0])
                if byStem[phrase.isMoney]?[stem] == nil { byStem[phrase.isMoney, default: [:]][stem] = n }
            }
            return byStem
        }
        var lexemeByStem: [String: Int] = [:]
        for (n, l) in lexemes.enumerated() where lexemeByStem[l.stem] == nil { lexemeByStem[l.stem] = n }
        self.lexemeByStem = lexemeByStem
        let terms = self.terms
        (measureByTermLemma, measureByNounLemma) = config.wordLists.withLists {
            func firstByLemma(_ phrases: [Phrase]) -> [String: String] {
                var byLemma: [String: String] = [:]
                for phrase in phrases where phrase.words.count == 1 {
                    let lemma = OpenMeasure.lemma(phrase.words[0])
                    if byLemma[lemma] == nil { byLemma[lemma] = phrase.measure }
                }
                return byLemma
            }
            let byTerm = firstByLemma(terms)
            return (byTerm, byTerm.merging(firstByLemma(cues)) { term, _ in term })
        }
    }

    /// The configured measure whose one-word term has this lemma ("fatality" → killed), so an open reading
    /// still merges into the configured synonyms.
    /// Cost: one hash look-up (the table is made once).
    func measure(forOpen lemma: String) -> String? {
        measureByTermLemma[lemma]
    }

    /// The configured measure a noun names as a term or as a one-word cue ("toll" → killed).
    func measure(forNoun lemma: String) -> String? {
        measureByNounLemma[lemma]
    }

    /// The measure that counts "people", for bare counts of people ("100,000 marched").
    var peopleMeasure: String? { terms.first { $0.words == ["people"] }?.measure }

    /// The configured term starting at token p ("members and supporters", or "loyalists" in "ISIS-loyalists").
    /// Cost: one to three hash look-ups, then only the terms whose first word fits.
    func term(_ t: [Token], at p: Int, money: Bool? = nil) -> (Phrase, Range<Int>, String)? {
        guard p >= 0, p < t.count else { return nil }
        let first = t[p]
        // The first word matches as written, as the last part of a hyphenated word, or plural of the token.
        // (Without a hyphen byte a token's last part is the token, and `lower` is its text lower-cased.)
        let hyphenated = first.text.hasByte(0x2D)
        let last = hyphenated && first.text.contains("-") ? String(first.hyphenParts.last ?? Substring(first.lower)).lowercased() : first.lower
        let candidates = termsByFirstWord(last == first.lower ? [first.lower] : [first.lower, last])
        let singular = singleTermsBySingular(first.lower)
        let ranked = singular.isEmpty ? candidates : candidates.isEmpty ? singular : Array(Set(candidates + singular)).sorted()
        for index in ranked {
            let phrase = terms[index]
            guard money == nil || phrase.isMoney == money! else { continue }
            guard p + phrase.words.count <= t.count else { continue }
            var ok = true
            for (n, w) in phrase.words.enumerated() {
                let tok = t[p + n]
                let last = n == 0 && hyphenated ? String(tok.hyphenParts.last ?? Substring(tok.lower)).lowercased() : tok.lower
                if !(tok.lower == w || last == w || (tok.lower + "s" == w && phrase.words.count == 1)) { ok = false; break }
            }
            if ok {
                let r = p..<(p + phrase.words.count)
                let text: String
                if phrase.words.count == 1, hyphenated, t[p].hyphenParts.count > 1 { text = String(t[p].hyphenParts.last!) }
                else { text = t[r].map(\.text).joined(separator: " ") }
                return (phrase, r, text)
            }
        }
        return nil
    }

    /// The cue phrase ending just before token `end` ("killed", "cells of"); a one-word cue also matches its
    /// inflections ("wounding 30" for the cue "wounded").
    /// Cost: one hash look-up for the cues ending on the last word, one stem for the inflected one-word cues.
    func cue(_ t: [Token], before end: Int, money: Bool) -> Phrase? {
        for index in end > 0 ? cuesByLastWord(t[end - 1].lower) : cuesByLastWord([]) {
            let phrase = cues[index]
            guard phrase.isMoney == money, phrase.words.count <= end else { continue }
            let s = end - phrase.words.count
            if phrase.words.enumerated().allSatisfy({ t[s + $0.offset].lower == $0.element }) { return phrase }
        }
        guard end > 0, t[end - 1].isWord else { return nil }
        let stem = Inflection.stem(t[end - 1].lower)
        return oneWordCueByStem[money]?[stem].map { cues[$0] }
    }

    /// The measure and counted noun of a figure.
    func match(_ t: [Token], figure: Figure) -> MeasureMatch {
        let isMoney = figure.kind == .money
        let start = figure.tokens.lowerBound, end = figure.tokens.upperBound
        let forward = nounAfter(t, from: end, money: isMoney)
        var cue = self.cue(t, before: start, money: isMoney)
        if cue == nil, start >= 3, ["a", "total", "of"] == t[(start - 3)..<start].map(\.lower) {
            cue = self.cue(t, before: start - 3, money: isMoney)
        }
        if cue == nil { cue = nounCue(t, before: start, money: isMoney) }
        if let cue {
            return MeasureMatch(measure: cue.measure, term: forward?.text ?? cue.words.joined(separator: " "), termTokens: forward?.range)
        }
        let counts = !isMoney && figure.kind != .percent
        if counts, let g = governingCue(t, before: start) {
            return MeasureMatch(measure: g.measure, term: forward?.text ?? g.text, termTokens: forward?.range)
        }
        // A cue after the noun phrase beats its term unless the cue's measure is a catch-all. A term there
        // does too when written as configured ("120 people are feared dead"); an inflected one ("2,500
        // migrants had died" for the term "dead") names the figure only when no term follows the figure.
        // Past an unknown noun, or none, the cue may also come straight after the figure ("45 died").
        if counts, let post = forward.flatMap({ cueAfter(t, from: $0.range.upperBound) }) ?? (forward?.phrase == nil ? cueAfter(t, from: end) : nil),
           forward?.phrase == nil || !post.isGeneric && (post.isCue || post.isExact) {
            return MeasureMatch(measure: post.measure, term: forward?.text ?? post.text, termTokens: forward?.range)
        }
        if let forward, let phrase = forward.phrase {
            return MeasureMatch(measure: phrase.measure, term: forward.text, termTokens: forward.range)
        }
        if isMoney {
            if let nearest = nearestMoneyWord(t, around: figure.tokens) { return MeasureMatch(measure: nearest.0, term: nearest.1) }
            return MeasureMatch(measure: genericMoney, term: forward?.text ?? "")
        }
        if figure.kind != .percent, forward == nil, let back = anchoredTermBefore(t, start) {
            return MeasureMatch(measure: back.0.measure, term: back.1)
        }
        return MeasureMatch(measure: nil, term: forward?.text ?? "", termTokens: forward?.range)
    }

    /// The counted noun after a figure, skipping names, adjectives and bracketed acronyms.
    func nounAfter(_ t: [Token], from j0: Int, money: Bool) -> (phrase: Phrase?, range: Range<Int>, text: String)? {
        var j = j0
        while j < t.count, Lexicon.determiners.contains(t[j].lower) || ["“", "\"", "‘"].contains(t[j].text) { j += 1 }
        var words = 0
        var fallback: Int?
        while j < t.count, words < 5 {
            if let (phrase, r, text) = term(t, at: j, money: money ? true : false) { return (phrase, r, text) }
            let tok = t[j]
            if tok.text == "(" {
                while j < t.count, t[j].text != ")" { j += 1 }
                j += 1; continue
            }
            if ["”", "\"", "’", "'"].contains(tok.text) { j += 1; continue }
            guard tok.isWord, tok.isCapitalized || !Lexicon.phraseStops.contains(tok.lower) && !Lexicon.notNouns.contains(tok.lower) else { break }
            // "45 civilians died": a cue after the noun is its verb, not part of the noun.
            if fallback != nil, !tok.isCapitalized, hit(t, at: j)?.0.isCue == true { break }
            if !tok.isCapitalized { fallback = j }
            words += 1; j += 1
        }
        guard !money, let f = fallback else { return nil }
        return (nil, f..<(f + 1), t[f].text)
    }

    static var linkers: Set<String> { WordLists.current.words(Lists.measurecuesLinkers) }

    /// "the death toll rose to 2,300", "put the toll at 45": a noun cue a few linking words before the figure.
    private func nounCue(_ t: [Token], before start: Int, money: Bool) -> Phrase? {
        var p = start
        while p > 0, start - p < 4, t[p - 1].isWord, Self.linkers.contains(t[p - 1].lower) {
            p -= 1
            if let c = cue(t, before: p, money: money), let last = c.words.last, Self.anchors.contains(last) || !isVerbLike(last) { return c }
        }
        return nil
    }

    private func isVerbLike(_ w: String) -> Bool {
        w.hasSuffix("ed") || w.hasSuffix("ing") || WordLists.current.words(Lists.measurecuesCueWords).contains(w)
    }

    /// A money term or cue elsewhere in the sentence, nearest to the figure.
    private func nearestMoneyWord(_ t: [Token], around r: Range<Int>) -> (String, String)? {
        var best: (Int, String, String)?
        var p = 0
        while p < t.count {
            defer { p += 1 }
            if r.contains(p) { continue }
            let hit: (String, String)?
            if let (phrase, range, text) = term(t, at: p, money: true) { hit = (phrase.measure, text); p = range.upperBound - 1 }
            else if let c = cues.first(where: { $0.isMoney && p + $0.words.count <= t.count && $0.words.enumerated().allSatisfy { t[p + $0.offset].lower == $0.element } }) {
                hit = (c.measure, c.words.joined(separator: " "))
            } else { hit = nil }
            guard let hit else { continue }
            let distance = p < r.lowerBound ? r.lowerBound - p : p - r.upperBound + 1
            if best == nil || distance < best!.0 { best = (distance, hit.0, hit.1) }
        }
        return best.map { ($0.1, $0.2) }
    }

    /// "the total number of IS fighters did not exceed 500": a term after an anchor word earlier in the clause.
    private func anchoredTermBefore(_ t: [Token], _ start: Int) -> (Phrase, String)? {
        var p = start - 1
        while p >= 0, ![";", ":"].contains(t[p].text), !t[p].isNumber {
            if let (phrase, _, text) = term(t, at: p, money: false) {
                let lo = max(0, p - 4)
                if t[lo..<p].contains(where: { Self.anchors.contains($0.lower) }) { return (phrase, text) }
            }
            p -= 1
        }
        return nil
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let measurecuesAnchors = ListName("measurecues", "anchors")
    static let measurecuesCueWords = ListName("measurecues", "cueWords")
    static let measurecuesLinkers = ListName("measurecues", "linkers")
}
