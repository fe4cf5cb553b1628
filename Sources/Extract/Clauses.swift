import Model

/// A clause of a sentence: its tokens and whether a contrast opens it ("while the World Bank put it …").
struct Clause: Sendable {
    var tokens: Range<Int>
    /// Opened by "while", "whereas", "but", "although" or "though": its speaker does not speak for the clauses before.
    var isContrast: Bool
    /// Ends in a postposed attribution ("…, said Hassan."), which speaks for the whole sentence.
    var isPostposed = false
}

/// Splits a sentence into clauses at semicolons, contrasts and ", and", in one pass.
enum Clauses {
    static let contrasts: Set<String> = ["while", "whereas", "but", "although", "though"]

    /// The clauses of a sentence, in order; one clause when nothing splits it.
    static func split(_ t: [Token]) -> [Clause] {
        var clauses: [Clause] = []
        var start = 0
        var contrast = false
        for i in t.indices where i > start {
            let w = t[i].lower
            let opensContrast = contrasts.contains(w) && t[i].isWord && !isComparison(t, i)
            let opensAnd = w == "and" && t[i - 1].text == ","
            // "…, a figure the association disputed: it put the number at …": a colon before a pronoun subject.
            let opensPronoun = t[i].text == ":" && i + 1 < t.count && ["it", "they"].contains(t[i + 1].lower)
            let isBoundary = t[i].text == ";" || opensPronoun || opensContrast || opensAnd
            guard isBoundary, !t[i].inQuote || t[i].text == ";" else { continue }
            clauses.append(Clause(tokens: start..<i, isContrast: contrast))
            start = t[i].text == ";" || opensPronoun ? i + 1 : i
            contrast = opensContrast
        }
        if start < t.count { clauses.append(Clause(tokens: start..<t.count, isContrast: contrast)) }
        for n in clauses.indices {
            // "…, it said, although …": the comma that ends the clause is not the one before its credit.
            var r = clauses[n].tokens
            if r.count > 1, t[r.upperBound - 1].text == "," { r = r.lowerBound..<(r.upperBound - 1) }
            guard let comma = r.last(where: { [",", "”", "\""].contains(t[$0].text) }), r.upperBound - comma <= 8 else { continue }
            clauses[n].isPostposed = t[comma..<r.upperBound].contains { $0.isWord && Attributor.verbs.contains($0.lower) }
        }
        return clauses.filter { !$0.tokens.isEmpty }
    }

    /// "not 500 but 5,000": a "but" between figures contrasts values, not speakers.
    private static func isComparison(_ t: [Token], _ i: Int) -> Bool {
        t[i].lower == "but" && i > 0 && (t[i - 1].isNumber || t[i - 1].lower == "only")
    }

    /// The index of the clause holding token `i`.
    static func index(of i: Int, in clauses: [Clause]) -> Int {
        clauses.firstIndex { $0.tokens.contains(i) } ?? max(0, clauses.count - 1)
    }

    /// Who speaks for each clause: its own speaker, else the nearest before it, else the first after it
    /// unless a contrast opens that later clause; `fallback` (the sentence's speaker) when none has one.
    static func speakers(_ own: [Speaker?], clauses: [Clause], fallback: Speaker?) -> [Speaker?] {
        guard own.contains(where: { $0 != nil }) else { return own.map { _ in fallback } }
        return own.indices.map { c in
            if let s = own[c] { return s }
            if let before = own[..<c].last(where: { $0 != nil }) { return before }
            if let after = own.indices.first(where: { $0 > c && own[$0] != nil }) {
                return clauses[after].isContrast && !clauses[after].isPostposed ? nil : own[after]
            }
            return fallback
        }
    }
}
