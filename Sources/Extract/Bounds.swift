import Lexicon
import Model

/// How a phrase before or after a figure hedges it.
enum Bound: String, Sendable {
    case upTo, notExceeding, below, atLeast, above, approx

    /// Phrases written before a figure, longest first within each group.
    static var prefixes: [([String], Bound)] {
        WordLists.current.derived("bounds.prefixes") { lists in
            lists.table("bounds", "prefixes").compactMap { phrase, bound in
                Bound(rawValue: bound).map { (phrase.split(separator: " ").map(String.init), $0) }
            }
            .sorted { $0.0.count > $1.0.count || $0.0.count == $1.0.count && $0.0.joined(separator: " ") < $1.0.joined(separator: " ") }
        }
    }

    /// The phrases by their last word, each group longest first (a phrase before a figure ends on it).
    static var prefixesByLastWord: [String: [([String], Bound)]] {
        WordLists.current.derived("bounds.prefixesByLastWord") { _ in Dictionary(grouping: prefixes) { $0.0.last ?? "" } }
    }

    /// The phrases by their first word, each group longest first.
    static var prefixesByFirstWord: [String: [([String], Bound)]] {
        WordLists.current.derived("bounds.prefixesByFirstWord") { _ in Dictionary(grouping: prefixes) { $0.0.first ?? "" } }
    }

    /// The bound phrase that ends just before token `end`, and where it starts.
    static func prefix(_ t: [Token], before end: Int) -> (Bound, Int)? {
        guard end > 0, end <= t.count else { return nil }
        for (words, bound) in prefixesByLastWord[t[end - 1].lower] ?? [] where words.count <= end {
            let start = end - words.count
            var ok = true
            for (n, w) in words.enumerated() where t[start + n].lower != w { ok = false; break }
            // "over" and "under" as prepositions of place or time are filtered by needing a figure right after.
            if ok, isShortfall(words, t, before: start) { continue }
            // "the jobless rate edged up to 5.1%", "ticked up to": the verb's particle, not a bound.
            if ok, start > 0, FigureScanner.changeVerbs.contains(words[0]), FigureScanner.changeVerbs.contains(t[start - 1].lower) { continue }
            if ok { return (bound, start) }
        }
        return nil
    }

    /// The bound phrase that starts at token `start` and is followed by a figure, and where it ends.
    static func starting(_ t: [Token], at start: Int) -> (Bound, Int)? {
        guard start >= 0, start < t.count else { return nil }
        for (words, bound) in prefixesByFirstWord[t[start].lower] ?? [] where start + words.count < t.count {
            var ok = true
            for (n, w) in words.enumerated() where t[start + n].lower != w { ok = false; break }
            if ok, isShortfall(words, t, before: start) { continue }
            if ok { return (bound, start + words.count) }
        }
        return nil
    }

    /// "are short of 1,200 teachers": a phrase of `bounds.shortfallAfterBe` after a form of "be" gives the amount itself.
    private static func isShortfall(_ words: [String], _ t: [Token], before start: Int) -> Bool {
        guard start > 0, WordLists.current.words(Lists.boundsShortfallAfterBe).contains(words.joined(separator: " ")) else { return false }
        let be = WordLists.current.words(Lists.attributionBeForms)
        return be.contains(t[start - 1].lower) || start > 1 && t[start - 1].lower == "still" && be.contains(t[start - 2].lower)
    }

    /// Whether the bound closes the interval from above.
    var isUpper: Bool { self == .upTo || self == .notExceeding || self == .below }
    /// Whether the bound closes the interval from below.
    var isLower: Bool { self == .atLeast || self == .above }

    /// Words after "and"/"or" that would make "and over" a preposition ("and over the weekend").
    private static var notBoundAfter: Set<String> { WordLists.current.words(Lists.boundsNotBoundAfter) }

    /// A bound phrase written after a figure ("or more", "and above", "-plus", "or so"), and where it ends.
    static func suffix(_ t: [Token], at j: Int) -> (Bound, Int)? {
        guard j < t.count else { return nil }
        let w = t[j].lower
        if w == "or" || w == "and", j + 1 < t.count {
            let preposition = WordLists.current.words(Lists.boundsPrepositions).contains(t[j + 1].lower)
            if preposition, j + 2 < t.count, t[j + 2].isNumber || notBoundAfter.contains(t[j + 2].lower) { return nil }
            let next = t[j + 1].lower
            let lists = WordLists.current
            if lists.words(Lists.boundsOrMore).contains(next) {
                return w == "and" && lists.words(Lists.boundsNotAndMore).contains(next) ? nil : (.atLeast, j + 2)
            }
            if lists.words(Lists.boundsOrLess).contains(next) {
                return w == "and" && lists.words(Lists.boundsNotAndLess).contains(next) ? nil : (.notExceeding, j + 2)
            }
            if lists.words(Lists.boundsOrSo).contains(next) { return w == "or" ? (.approx, j + 2) : nil }
            return nil
        }
        if w == "plus" || w == "+" { return (.atLeast, j + 1) }
        if w == "-", !t[j].spaceBefore, j + 1 < t.count, ["plus", "odd"].contains(t[j + 1].lower) {
            return (t[j + 1].lower == "plus" ? .atLeast : .approx, j + 2)
        }
        return nil
    }

    /// The interval a bound makes of [low, high].
    func quantity(low: Double, high: Double) -> Quantity {
        switch self {
        case .upTo: Quantity(low: nil, high: high, qualifier: .upTo)
        case .notExceeding: Quantity(low: nil, high: high, qualifier: .notExceeding)
        case .below: Quantity(low: nil, high: high, highInclusive: false, qualifier: .notExceeding)
        case .atLeast: Quantity(low: low, high: nil, qualifier: .atLeast)
        case .above: Quantity(low: low, high: nil, lowInclusive: false, qualifier: .atLeast)
        case .approx: Quantity(low: low, high: high, qualifier: .approx)
        }
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let boundsShortfallAfterBe = ListName("bounds", "shortfallAfterBe")
    static let attributionBeForms = ListName("attribution", "beForms")
    static let boundsNotAndLess = ListName("bounds", "notAndLess")
    static let boundsNotAndMore = ListName("bounds", "notAndMore")
    static let boundsNotBoundAfter = ListName("bounds", "notBoundAfter")
    static let boundsOrLess = ListName("bounds", "orLess")
    static let boundsOrMore = ListName("bounds", "orMore")
    static let boundsOrSo = ListName("bounds", "orSo")
    static let boundsPrepositions = ListName("bounds", "prepositions")
}
