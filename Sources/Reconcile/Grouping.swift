import Model

/// Groups claims into propositions (measure × scope × period × speaker) and gives each a status.
struct Grouping {
    /// Relative gap between disjoint intervals below which they still count as consistent.
    static let tolerance = 0.1

    let config: Config
    let sources: [ID<Source>: Source]
    let familyOf: [ID<Source>: ID<Family>]
    let families: [ID<Family>: Family]

    /// The date a claim's figure describes: the date its sentence gives when that is clearly before
    /// the article's, else the article's date (or, undated, its family's inferred window).
    func asOf(_ claim: Claim) -> EventDate? {
        let published = sources[claim.source]?.metadata.published
            ?? familyOf[claim.source].flatMap { families[$0]?.window?.upperBound }.map {
                EventDate(year: $0.year, month: $0.month, day: $0.day, inferred: true)
            }
        // A figure the sentence dates to a clearly earlier moment ("put the toll at 45 a week earlier",
        // "$1 billion in 2014") describes that moment, not the day of publication.
        guard let event = claim.eventDate else { return published }
        guard let published else { return event }
        return published.isLater(than: event) ? event : published
    }

    private struct Key: Hashable, Comparable {
        var measure: String, scope: String, year: Int, speaker: String, term: String = ""
        static func < (a: Key, b: Key) -> Bool {
            (a.measure, a.term, a.scope, a.year, a.speaker) < (b.measure, b.term, b.scope, b.year, b.speaker)
        }
    }

    func propositions(_ claims: [Claim]) -> [Proposition] {
        let candidates = claims.filter { $0.measure != nil }
        var groups: [Key: [Claim]] = [:]
        var pending: [Claim] = []
        for claim in candidates {
            guard let speaker = claim.attribution, !isAnonymous(speaker), !claim.scope.isEmpty else {
                pending.append(claim)
                continue
            }
            groups[key(claim, speaker: speaker.key), default: []].append(claim)
        }
        // Unnamed or unplaced tellings join the named group they match (same measure and period, a
        // figure that overlaps, told by the same story), else stand on their own.
        // Candidate groups by measure and year only: no pending claim looks at every group.
        var byMeasureYear: [String: [Key]] = [:]
        for key in groups.keys.sorted() { byMeasureYear["\(key.measure)|\(key.year)", default: []].append(key) }
        for claim in pending {
            let year = asOf(claim)?.year ?? 0
            let family = familyOf[claim.source]
            let candidates = byMeasureYear["\(claim.measure ?? "")|\(year)"] ?? []
            let match = candidates.first { key in
                guard key.speaker != "", key.term == termKey(claim) else { return false }
                if let speaker = claim.attribution, !isAnonymous(speaker), speaker.key != key.speaker { return false }
                if !claim.scope.isEmpty, key.scope != scopeKey(claim.scope) { return false }
                let members = groups[key]!
                return members.contains { familyOf[$0.source] == family && $0.value.overlaps(claim.value) }
            }
            if let match {
                groups[match]!.append(claim)
            } else {
                let speaker = claim.attribution.flatMap { isAnonymous($0) ? nil : $0.key } ?? ""
                let newKey = key(claim, speaker: speaker)
                if groups[newKey] == nil, !speaker.isEmpty { byMeasureYear["\(newKey.measure)|\(newKey.year)", default: []].append(newKey) }
                groups[newKey, default: []].append(claim)
            }
        }
        var result = groups.keys.sorted().map { make(groups[$0]!, key: $0) }
        markConflicts(&result)
        markOutdated(&result)
        return result
    }

    private func key(_ claim: Claim, speaker: String) -> Key {
        Key(measure: claim.measure ?? "", scope: scopeKey(claim.scope), year: asOf(claim)?.year ?? 0, speaker: speaker,
            term: termKey(claim))
    }

    /// A catch-all measure that no topic lists ("people (other counts)") holds unrelated counts:
    /// protesters and displaced people are kept apart by the noun the outlet used.
    private func termKey(_ claim: Claim) -> String {
        guard let measure = claim.measure, config.topic(forMeasure: measure) == nil else { return "" }
        let term = claim.term.lowercased()
        return term.hasSuffix("s") ? String(term.dropLast()) : term
    }

    private func scopeKey(_ scope: [String]) -> String { scope.sorted().joined(separator: "+") }

    private func isAnonymous(_ speaker: Speaker) -> Bool {
        let name = speaker.name.lowercased()
        return speaker.kind == .unknown || name.hasPrefix("a ") || name.hasPrefix("an ")
    }

    private func make(_ members: [Claim], key: Key) -> Proposition {
        let members = members.sorted { ($0.source, $0.sentence, $0.span.start) < ($1.source, $1.sentence, $1.span.start) }
        let outlets = Set(members.map { sources[$0.source]?.metadata.outlet ?? $0.source.rawValue }).sorted()
        let origins = Set(members.map { familyOf[$0.source]?.rawValue ?? $0.source.rawValue }).count
        let firm = members.filter { $0.value.qualifier != .vague && $0.derivedFrom == nil }
        let basis = firm.isEmpty ? members : firm
        let consensus = Grouping.consensus(of: basis)
        let status: Proposition.Status
        if Set(members.map(\.source)).count == 1 {
            status = .singleOrigin
        } else if Set(basis.map { $0.value.notation }).count == 1 {
            status = .agree
        } else if Grouping.intersection(basis.map(\.value)) != nil || withinTolerance(basis.map(\.value)) {
            status = .consistent
        } else {
            status = .conflicting
        }
        let speaker = members.compactMap(\.attribution).first { $0.key == key.speaker }
        let scope = members.first { !$0.scope.isEmpty }?.scope ?? []
        let dates = members.compactMap(asOf)
        let id = ID<Proposition>("p-" + Words.tokens([key.measure, key.term, scope.joined(separator: " "), String(key.year), key.speaker].joined(separator: " ")).joined(separator: "-"))
        return Proposition(id: id, topic: members[0].topic ?? config.topic(forMeasure: key.measure)?.id ?? "",
                           measure: key.measure, scope: scope, asOf: dates.max(), speaker: speaker,
                           members: members.map(\.id), status: status, outlets: outlets, origins: origins,
                           consensus: consensus)
    }

    /// Each source's tightest telling (the intersection of what it says), then the one most sources give
    /// (more than half), else what every telling shares, else the commonest.
    static func consensus(of claims: [Claim]) -> Quantity {
        let perSource = tightestBySource(claims)
        var counts: [IntervalKey: [Quantity]] = [:]
        for value in perSource.values { counts[IntervalKey(value), default: []].append(value) }
        if let (_, values) = counts.max(by: { a, b in (a.value.count, -a.key.width, b.key) < (b.value.count, -b.key.width, a.key) }),
           values.count * 2 > perSource.count {
            return intersection(values) ?? values[0]
        }
        return intersection(claims.map(\.value)) ?? majority(claims.map(\.value))
    }

    /// What each source says at its most precise: the intersection of its tellings.
    static func tightestBySource(_ claims: [Claim]) -> [ID<Source>: Quantity] {
        Dictionary(grouping: claims, by: \.source).mapValues { own in
            intersection(own.map(\.value)) ?? own[0].value
        }
    }

    /// The interval every value shares, keeping the qualifier when all agree.
    static func intersection(_ values: [Quantity]) -> Quantity? {
        guard var result = values.first else { return nil }
        for value in values.dropFirst() {
            let low = [result.low, value.low].compactMap { $0 }.max()
            let high = [result.high, value.high].compactMap { $0 }.min()
            if let low, let high, low > high { return nil }
            let lowInclusive = low == result.low ? result.lowInclusive : value.lowInclusive
            let highInclusive = high == result.high ? result.highInclusive : value.highInclusive
            result = Quantity(low: low, high: high, lowInclusive: lowInclusive, highInclusive: highInclusive,
                              qualifier: result.qualifier == value.qualifier ? result.qualifier : .exact,
                              unit: result.unit ?? value.unit, per: result.per ?? value.per)
        }
        return result
    }

    private static func majority(_ values: [Quantity]) -> Quantity {
        var counts: [Quantity: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.sorted { ($1.value, $0.key.notation) < ($0.value, $1.key.notation) }.first!.key
    }

    private func withinTolerance(_ values: [Quantity]) -> Bool {
        let highs = values.map(\.magnitude)
        guard let top = highs.max(), top > 0 else { return true }
        let lows = values.map { $0.low ?? 0 }
        let gap = (lows.max() ?? 0) - (highs.min() ?? 0)
        return gap / top <= Grouping.tolerance
    }

    /// Different speakers' estimates of the same measure, place and year that cannot both hold. Only
    /// propositions sharing that blocking key are compared, so the stage stays linear in practice.
    private func markConflicts(_ propositions: inout [Proposition]) {
        var blocks: [String: [Int]] = [:]
        // Counts under a catch-all measure that no topic lists are different things: never compared.
        for (index, p) in propositions.enumerated() where p.consensus.qualifier != .vague && !p.topic.isEmpty {
            let key = [p.measure, p.scope.sorted().joined(separator: "+"), String(p.asOf?.year ?? 0),
                       p.consensus.unit ?? "", p.consensus.per ?? ""].joined(separator: "|")
            blocks[key, default: []].append(index)
        }
        for members in blocks.values where members.count > 1 {
            for (position, i) in members.enumerated() {
                for j in members[(position + 1)...] {
                    let a = propositions[i], b = propositions[j]
                    guard a.speaker?.key != b.speaker?.key else { continue }
                    // Only estimates of the same moment can contradict; a later one updates an earlier one.
                    if let x = a.asOf, let y = b.asOf, x.isLater(than: y) || y.isLater(than: x) { continue }
                    if !a.consensus.overlaps(b.consensus), !withinTolerance([a.consensus, b.consensus]) {
                        propositions[i].status = .conflicting
                        propositions[j].status = .conflicting
                    }
                }
            }
        }
    }

    /// An estimate is outdated when a later one of the same measure and place exists.
    private func markOutdated(_ propositions: inout [Proposition]) {
        var latest: [String: Int] = [:]
        // The latest firm estimate supersedes; a vague "thousands" supersedes nothing.
        for (index, p) in propositions.enumerated() where p.asOf != nil && !p.topic.isEmpty && p.consensus.qualifier != .vague {
            let key = p.measure + "|" + p.scope.sorted().joined(separator: "+") + "|" + (p.consensus.per ?? "")
            if let best = latest[key] {
                let q = propositions[best]
                if (p.asOf!, p.origins, q.id) > (q.asOf!, q.origins, p.id) { latest[key] = index }
            } else {
                latest[key] = index
            }
        }
        for index in propositions.indices {
            let p = propositions[index]
            guard let asOf = p.asOf, !p.topic.isEmpty else { continue }
            let key = p.measure + "|" + p.scope.sorted().joined(separator: "+") + "|" + (p.consensus.per ?? "")
            // Estimates days apart are an update, not a disagreement ("the toll rose to 61").
            guard let best = latest[key], best != index, let later = propositions[best].asOf,
                  later.isLater(than: asOf) else { continue }
            propositions[index].status = .outdated
            propositions[index].supersededBy = propositions[best].id
        }
    }

}
