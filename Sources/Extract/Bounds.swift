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
            ("an estimate of", .approx), ("~", .approx), ("an average of", .approx), ("on average", .approx),
            ("at minimum", .atLeast), ("not fewer than", .atLeast), ("at a minimum", .atLeast),
            ("no greater than", .notExceeding), ("no larger than", .notExceeding), ("not above", .notExceeding),
            ("not over", .notExceeding), ("capped at", .notExceeding), ("as little as", .atLeast), ("as low as", .atLeast),
            ("north of", .above), ("south of", .below), ("well under", .below), ("well below", .below),
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

    /// The bound phrase that starts at token `start` and is followed by a figure, and where it ends.
    static func starting(_ t: [Token], at start: Int) -> (Bound, Int)? {
        for (words, bound) in prefixes where start + words.count < t.count {
            var ok = true
            for (n, w) in words.enumerated() where t[start + n].lower != w { ok = false; break }
            if ok { return (bound, start + words.count) }
        }
        return nil
    }

    /// Whether the bound closes the interval from above.
    var isUpper: Bool { self == .upTo || self == .notExceeding || self == .below }
    /// Whether the bound closes the interval from below.
    var isLower: Bool { self == .atLeast || self == .above }

    /// Words after "and"/"or" that would make "and over" a preposition ("and over the weekend").
    private static let notBoundAfter: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "to", "of", "from",
        "in", "at", "on", "my", "your", "all", "each", "every", "some", "two", "three",
    ]

    /// A bound phrase written after a figure ("or more", "and above", "-plus", "or so"), and where it ends.
    static func suffix(_ t: [Token], at j: Int) -> (Bound, Int)? {
        guard j < t.count else { return nil }
        let w = t[j].lower
        if w == "or" || w == "and", j + 1 < t.count {
            let preposition = ["over", "above", "up", "under", "below", "beyond", "upwards"].contains(t[j + 1].lower)
            if preposition, j + 2 < t.count, t[j + 2].isNumber || notBoundAfter.contains(t[j + 2].lower) { return nil }
            switch t[j + 1].lower {
            case "more", "above", "higher", "over", "older", "upwards", "greater", "up", "beyond", "longer":
                if w == "and", ["more", "longer"].contains(t[j + 1].lower) { return nil }
                return (.atLeast, j + 2)
            case "fewer", "less", "below", "under", "younger", "lower", "shorter":
                if w == "and", ["fewer", "less", "shorter"].contains(t[j + 1].lower) { return nil }
                return (.notExceeding, j + 2)
            case "so", "thereabouts": return w == "or" ? (.approx, j + 2) : nil
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
