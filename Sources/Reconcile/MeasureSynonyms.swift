import Model

/// Nouns a corpus uses for one quantity. No configuration lists every synonym a story's outlets reach for
/// ("1,150 confirmed cases", "1,150 infections"; "14,860 postal ballots", "14,860 postal votes"), but the outlets
/// say so themselves: two measures that give the very same precise figure in one year count one thing. Two
/// measures one source gives different figures for, in one sentence or one year, are two things and are never
/// joined. The joined measure takes the name most claims use: a cue misread once ("the real toll at about 1,100"
/// of jobs) joins the story's own noun, not the other way round.
///
/// Cost: one pass over the claims to collect figures by signature, one over the signatures, one to rename.
enum MeasureSynonyms {
    /// The smallest count whose exact repetition is taken as one figure, not a coincidence: two nouns that both
    /// count "12" or "40" things say nothing about each other; two that both count 1,150 do.
    static let minimumFigure = 100.0

    static func join(_ claims: [Claim], config: Config, year: (Claim) -> Int) -> [Claim] {
        let generic = Set(config.measures.filter(Config.isGeneric).map(\.id))
        let configured = Set(config.measures.map(\.id))
        func eligible(_ c: Claim) -> Bool {
            guard let m = c.measure, !generic.contains(m), !config.isCatchAll(m), c.derivedFrom == nil,
                  c.value.qualifier == .exact || c.value.qualifier == .approx, c.value.unit != "percent",
                  c.value.unit != Quantity.percentagePoints else { return false }
            return true
        }
        // Which measures give each precise figure in a year: "1150|people|2025" → {case, infection}.
        var byFigure: [String: Set<String>] = [:]
        // Per source and year, the figures each measure gives: evidence that two measures are different things.
        var bySource: [String: [String: Set<String>]] = [:]
        var uses: [String: Int] = [:]
        for c in claims where eligible(c) {
            let m = c.measure!
            uses[m, default: 0] += 1
            let unit = Grouping.unitKey(c)
            if let low = c.value.low, low == c.value.high, Self.isPrecise(low) {
                byFigure["\(c.value.notation)|\(unit)|\(c.value.per ?? "")|\(year(c))", default: []].insert(m)
            }
            bySource["\(c.source.rawValue)|\(year(c))", default: [:]][m, default: []].insert(c.value.notation)
        }
        // Two measures one source gives only different figures for in one year are two quantities.
        var distinct: Set<[String]> = []
        for (_, figures) in bySource where figures.count > 1 {
            let measures = figures.keys.sorted()
            for (i, a) in measures.enumerated() {
                for b in measures[(i + 1)...] where figures[a]!.isDisjoint(with: figures[b]!) { distinct.insert([a, b]) }
            }
        }
        // Union the measures that share a precise figure, unless a source tells them apart.
        var parent: [String: String] = [:]
        func root(_ m: String) -> String {
            var m = m
            while let p = parent[m], p != m { m = p }
            return m
        }
        // The name most claims use; between equals, a configured one.
        func rank(_ m: String) -> (Int, Int, String) { (uses[m] ?? 0, configured.contains(m) ? 1 : 0, m) }
        for key in byFigure.keys.sorted() {
            let measures = byFigure[key]!.sorted()
            guard measures.count > 1 else { continue }
            for b in measures.dropFirst() {
                let a = measures[0]
                guard !distinct.contains([a, b].sorted()) else { continue }
                // Two configured measures are kept apart by their configuration.
                guard !(configured.contains(a) && configured.contains(b)) else { continue }
                let ra = root(a), rb = root(b)
                guard ra != rb else { continue }
                if rank(ra) >= rank(rb) { parent[rb] = ra } else { parent[ra] = rb }
            }
        }
        guard !parent.isEmpty else { return claims }
        return claims.map { c in
            guard let m = c.measure, parent[m] != nil else { return c }
            var joined = c
            joined.measure = root(m)
            return joined
        }
    }

    /// A figure with at least two significant digits and no smaller than `minimumFigure`: 1,150 or 14,860, not
    /// 2,000 or 40.
    static func isPrecise(_ value: Double) -> Bool {
        guard value >= minimumFigure, value == value.rounded() else { return false }
        var v = value
        while v >= 10, v.truncatingRemainder(dividingBy: 10) == 0 { v /= 10 }
        return v >= 10
    }
}
