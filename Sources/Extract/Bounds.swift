import Model

/// How a phrase before or after a figure hedges it.
enum Bound: Sendable {
    case upTo, notExceeding, below, atLeast, above, approx

    /// Phrases written before a figure, longest first within each group.
    static let prefixes: [([String], Bound)] = {
        let table: [(String, Bound)] = [
            ("up to", .upTo), ("as many as", .upTo), ("as much as", .upTo), ("as high as", .upTo),
            ("does not exceed", .notExceeding), ("did not exceed", .notExceeding), ("do not exceed", .notExceeding),
            ("not exceed", .notExceeding), ("not exceeding", .notExceeding), ("no more than", .notExceeding),
            ("not more than", .notExceeding), ("at most", .notExceeding), ("a maximum of", .notExceeding),
            ("maximum of", .notExceeding), ("no higher than", .notExceeding), ("a ceiling of", .notExceeding),
            ("fewer than", .below), ("less than", .below), ("below", .below), ("under", .below), ("just under", .below),
            ("just below", .below), ("short of", .below), ("lower than", .below),
            ("at least", .atLeast), ("no fewer than", .atLeast), ("no less than", .atLeast), ("not less than", .atLeast),
            ("a minimum of", .atLeast), ("as few as", .atLeast), ("minimum of", .atLeast),
            ("more than", .above), ("over", .above), ("above", .above), ("just over", .above), ("well over", .above),
            ("upwards of", .above), ("in excess of", .above), ("exceeding", .above), ("exceeded", .above),
            ("exceeds", .above), ("higher than", .above), ("greater than", .above), ("well above", .above),
            ("some", .approx), ("about", .approx), ("around", .approx), ("roughly", .approx), ("nearly", .approx),
            ("almost", .approx), ("approximately", .approx), ("close to", .approx), ("closer to", .approx),
            ("an estimated", .approx), ("circa", .approx), ("approx", .approx), ("approx.", .approx),
            ("an approximate", .approx), ("just about", .approx), ("nigh on", .approx),
            ("an estimate of", .approx),
        ]
        return table.map { ($0.0.split(separator: " ").map(String.init), $0.1) }
            .sorted { $0.0.count > $1.0.count }
    }()

    /// The bound phrase that ends just before token `end`, and where it starts.
    static func prefix(_ t: [Token], before end: Int) -> (Bound, Int)? {
        for (words, bound) in prefixes where words.count <= end {
            let start = end - words.count
            var ok = true
            for (n, w) in words.enumerated() where t[start + n].lower != w { ok = false; break }
            // "over" and "under" as prepositions of place or time are filtered by needing a figure right after.
            if ok { return (bound, start) }
        }
        return nil
    }

    /// A bound phrase written after a figure ("or more", "-plus", "or so"), and where it ends.
    static func suffix(_ t: [Token], at j: Int) -> (Bound, Int)? {
        guard j < t.count else { return nil }
        let w = t[j].lower
        if w == "or", j + 1 < t.count {
            switch t[j + 1].lower {
            case "more", "above", "higher", "over": return (.atLeast, j + 2)
            case "fewer", "less", "below", "under": return (.notExceeding, j + 2)
            case "so", "thereabouts": return (.approx, j + 2)
            default: return nil
            }
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
