import Lexicon
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
        let published = published(claim)
        // A figure the sentence dates to a clearly earlier moment ("put the toll at 45 a week earlier",
        // "$1 billion in 2014") describes that moment, not the day of publication.
        guard let event = claim.eventDate else { return published }
        guard let published else { return event }
        // A figure for a later year than the article's ("spending of €92.4bn next year", "a deficit of 3% by 2028") is
        // that year's plan or forecast, not the article's own: this year's budget and next year's are two occasions.
        if event.year > published.year { return event }
        return published.isLater(than: event) ? event : published
    }

    /// The day a claim's article was published, or, undated, the end of its family's inferred window.
    private func published(_ claim: Claim) -> EventDate? {
        sources[claim.source]?.metadata.published
            ?? familyOf[claim.source].flatMap { families[$0]?.window?.upperBound }.map {
                EventDate(year: $0.year, month: $0.month, day: $0.day, inferred: true)
            }
    }

    /// A proposition's identity: measure, counted noun (for catch-alls), place, year, party, and the unit and
    /// period of its figure. Amounts in different currencies are never one proposition.
    private struct Key: Hashable, Comparable {
        var measure: String, scope: String, year: Int, speaker: String, term: String = "", unit: String = "", per: String = ""
        var holder: String = ""
        static func < (a: Key, b: Key) -> Bool {
            if (a.measure, a.term, a.scope, a.year, a.speaker) != (b.measure, b.term, b.scope, b.year, b.speaker) {
                return (a.measure, a.term, a.scope, a.year, a.speaker) < (b.measure, b.term, b.scope, b.year, b.speaker)
            }
            return (a.unit, a.per, a.holder) < (b.unit, b.per, b.holder)
        }
    }

    func propositions(_ claims: [Claim]) -> (propositions: [Proposition], disputes: [Dispute]) {
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
        // Cost: candidate groups by measure and year only, filtered by the cheap key tests before they are
        // ranked; each group keeps its figures' notations and, per story, its figures, so a candidate is
        // ranked and checked in constant time. Linear in the claims times the candidates that pass the key tests
        // (ranking used to scan every candidate's members on every comparison: quadratic in a popular story).
        var byMeasureYear: [String: [Key]] = [:]
        for key in groups.keys.sorted() { byMeasureYear["\(key.measure)|\(key.year)", default: []].append(key) }
        var notations: [Key: Set<String>] = [:]
        var figuresByStory: [Key: [ID<Family>?: [Quantity]]] = [:]
        func record(_ claim: Claim, in key: Key) {
            notations[key, default: []].insert(claim.value.notation)
            figuresByStory[key, default: [:]][familyOf[claim.source], default: []].append(claim.value)
        }
        for (key, members) in groups { for claim in members { record(claim, in: key) } }
        // Named tellings first, so an unnamed telling can join the party that gives its figure whatever the order of
        // the files ("It expects a charge of between £30m and £35m" and "The company expects …").
        let isNamed = { (c: Claim) in c.attribution.map { !self.isAnonymous($0) } ?? false }
        pending = pending.filter(isNamed) + pending.filter { !isNamed($0) }
        // "92% nationally" is told for comparison: a figure whose place is left unsaid is not the nation's.
        let wholeScopes = Set(WordLists.current.table(ListName("figures", "wholeScopes")).values)
        for claim in pending {
            let year = asOf(claim)?.year ?? 0
            let family = familyOf[claim.source]
            // A group telling the very same figure first, then the best supported: an unnamed telling joins the
            // party that gives its figure, else the one most outlets name.
            let notation = claim.value.notation
            func rank(_ k: Key) -> Int {
                (notations[k]?.contains(notation) == true ? 1_000_000 : 0) + (groups[k]?.count ?? 0)
            }
            let term = termKey(claim), unit = Self.unitKey(claim), per = claim.value.per ?? "", holder = holderKey(claim)
            let named = claim.attribution.flatMap { isAnonymous($0) ? nil : $0.key }
            let scope = claim.scope.isEmpty ? nil : scopeKey(claim.scope)
            let candidates = (byMeasureYear["\(claim.measure ?? "")|\(year)"] ?? []).filter { key in
                key.speaker != "" && key.term == term && key.unit == unit && key.per == per && key.holder == holder
                    && (named == nil || named == key.speaker) && (scope.map { key.scope == $0 } ?? !wholeScopes.contains(key.scope))
            }.map { (key: $0, rank: rank($0)) }.sorted { a, b in (a.rank, b.key) > (b.rank, a.key) }
            // A party that names two places or more for the measure leaves an unplaced figure's place open.
            let places = Set(candidates.map(\.key.scope)).count
            let match = candidates.first { candidate in
                // The same named party's figure with its place left unsaid is that party's figure for the place
                // it names elsewhere; an unnamed telling needs its own story's support and a figure that fits.
                if named != nil, places == 1 || scope != nil { return true }
                if figuresByStory[candidate.key]?[family]?.contains(where: { $0.overlaps(claim.value) }) == true { return true }
                // The very same figure, told precisely ("57.9%", "149,870"), is that party's figure told without its name.
                return Self.isDistinctive(claim.value) && notations[candidate.key]?.contains(notation) == true
            }?.key
            if let match {
                groups[match]!.append(claim)
                record(claim, in: match)
            } else {
                let speaker = named ?? ""
                let newKey = key(claim, speaker: speaker)
                if groups[newKey] == nil, !speaker.isEmpty { byMeasureYear["\(newKey.measure)|\(newKey.year)", default: []].append(newKey) }
                groups[newKey, default: []].append(claim)
                record(claim, in: newKey)
            }
        }
        Self.mergeRepeatedFigures(&groups)
        mergeUndatedIntoPlans(&groups)
        var result = groups.keys.sorted().flatMap { key in
            let moments = byMoment(groups[key]!)
            // Every moment of one group keeps the group's place, also when its own tellings leave it unsaid.
            let place = groups[key]!.first { !$0.scope.isEmpty }?.scope ?? []
            return moments.enumerated().map { n, members in make(members, key: key, moment: moments.count > 1 ? n : nil, place: place) }
        }
        // Two moments of one group dated alike by their latest tellings would share an id: the later one in order
        // takes a number ("…-2025-09-28-2"), so every id names one proposition.
        var used: [ID<Proposition>: Int] = [:]
        for i in result.indices {
            let id = result[i].id
            guard let n = used[id] else { used[id] = 1; continue }
            used[id] = n + 1
            result[i].id = ID<Proposition>(id.rawValue + "-\(n + 1)")
        }
        let claimByID = Dictionary(candidates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let disputes = markConflicts(&result)
        // A figure its sentence dates half a year or more before its article as another occasion's ("up from 57.9% at
        // the last election in 2021") is that occasion's record: a later figure is another event's, not an update.
        // A past state told without an occasion ("reserves that once amounted to $1 billion in 2014") stays outdated.
        let historical = Set(result.filter { p in
            let members = p.members.compactMap { claimByID[$0] }
            return members.contains { $0.otherOccasion == true } && members.allSatisfy { claim in
                guard let event = claim.eventDate, let published = sources[claim.source]?.metadata.published else { return false }
                return published.isLater(than: event, byAtLeast: 180)
            }
        }.map(\.id))
        markOutdated(&result, except: historical, claims: claimByID)
        return (result, disputes)
    }

    /// A figure precise enough that two tellings of it are one figure, not a coincidence: not vague, not a small count.
    static func isDistinctive(_ value: Quantity) -> Bool {
        value.qualifier != .vague && value.magnitude >= 10
    }

    /// One party's same figure dated to different years is one figure told again, not an update of itself: the
    /// disaster "which killed 11 people" dated 2019 by one outlet and by its article's date by another, or
    /// "the €58 million paid under a 2020 ruling" told again two years later. Groups alike in all but the year whose
    /// firm tellings give one distinctive figure become one group, under the earliest year. Cost: one pass over the
    /// groups plus a dictionary of signatures.
    private static func mergeRepeatedFigures(_ groups: inout [Key: [Claim]]) {
        var byFigure: [Key: Key] = [:]
        for key in groups.keys.sorted() {
            let firm = groups[key]!.filter { $0.value.qualifier != .vague && $0.derivedFrom == nil }
            let notations = Set(firm.map(\.value.notation))
            guard notations.count == 1, isDistinctive(firm[0].value) else { continue }
            var signature = key
            signature.year = 0
            signature.term += "|" + notations.first!
            guard let kept = byFigure[signature] else { byFigure[signature] = key; continue }
            // Keys are visited by year, so the kept group is the earliest.
            groups[kept]!.append(contentsOf: groups.removeValue(forKey: key)!)
        }
    }

    /// A figure for a later year than its article's is that year's plan or forecast ("€92.4bn next year"); the same
    /// figure told without its year ("Total spending is set at €92.4 billion") is that plan told again, not this
    /// year's. An undated firm telling moves to the one group alike in all but a later year (the party unnamed in
    /// one, or the same) whose tellings all name that later year and give its very figure, unless a telling dated
    /// this year gives that figure too. Cost: one pass over the groups plus dictionaries of signatures and figures.
    private func mergeUndatedIntoPlans(_ groups: inout [Key: [Claim]]) {
        func signature(_ key: Key) -> Key {
            var k = key
            k.year = 0
            k.speaker = ""
            return k
        }
        func isPlan(_ claim: Claim) -> Bool {
            guard let event = claim.eventDate, let published = published(claim) else { return false }
            return event.year > published.year
        }
        // Undated: no date of its own, only its article's (given to every figure of a sentence that also recalls an
        // earlier one) or a day told relative to it ("said on Monday"): the day of the telling, not a year's plan.
        func undated(_ claim: Claim) -> Bool {
            guard let event = claim.eventDate else { return true }
            guard let published = published(claim) else { return false }
            return event.iso == published.iso || event.inferred && event.granularity == .day && event.year == published.year
        }
        var plans: [Key: [(key: Key, figures: Set<String>)]] = [:]
        for (key, members) in groups where members.allSatisfy(isPlan) {
            plans[signature(key), default: []].append((key, Set(members.map(\.value.notation))))
        }
        guard !plans.isEmpty else { return }
        for key in groups.keys.sorted() {
            guard let alike = plans[signature(key)], let members = groups[key], !members.allSatisfy(isPlan) else { continue }
            let dated = Set(members.filter { !undated($0) }.map(\.value.notation))
            var kept: [Claim] = []
            for claim in members {
                let notation = claim.value.notation
                let fits = alike.filter { plan in
                    plan.key.year > key.year && (key.speaker.isEmpty || plan.key.speaker.isEmpty || plan.key.speaker == key.speaker)
                        && plan.figures.contains(notation)
                }
                guard undated(claim), claim.value.qualifier != .vague, !dated.contains(notation), fits.count == 1 else {
                    kept.append(claim)
                    continue
                }
                groups[fits[0].key]!.append(claim)
            }
            groups[key] = kept.isEmpty ? nil : kept
        }
    }

    /// One party's figures for one measure at different moments are different propositions: a toll of 12 on
    /// Tuesday and of 41 on Sunday is a trend, not a conflict. Tellings split where a claim is dated at least two
    /// days after the moment before it and its figure does not fit what was said then (a strict bound it falls outside
    /// does not fit, however close: 85% then "more than 90%"); undated tellings and
    /// figures repeated later stay with the moment they fit. Cost: a sort plus one pass that compares each claim
    /// with the distinct figures of the moments so far.
    private func byMoment(_ claims: [Claim]) -> [[Claim]] {
        // A day the text names ("rose to 27 on Tuesday, up from 12 on Monday") is exact: one day apart is two moments,
        // and so is a named day after an article's date (a Monday article told nothing of Tuesday). A day taken from
        // the article's date may trail the event by one, so two are needed after a named day or another article's
        // date; of one day's tellings the named ones come first, so they set the moment.
        func named(_ claim: Claim, _ day: EventDate?) -> Bool { day != nil && claim.eventDate?.iso == day?.iso }
        let dated = claims.map { (claim: $0, day: asOf($0)) }
        let order = dated.sorted { a, b in
            switch (a.day, b.day) {
            case let (x?, y?) where x.dayNumber != y.dayNumber: return x.dayNumber < y.dayNumber
            case (nil, .some): return false
            case (.some, nil): return true
            default:
                let (na, nb) = (named(a.claim, a.day), named(b.claim, b.day))
                if na != nb { return na }
                return (a.claim.source, a.claim.sentence, a.claim.span.start) < (b.claim.source, b.claim.sentence, b.claim.span.start)
            }
        }
        // `latest`: the moment's first dated telling; `values`: its distinct figures (reprints repeat one figure,
        // so fitting a claim compares it with each figure once, not with every telling).
        var moments: [(latest: EventDate?, members: [Claim], values: Set<Quantity>)] = []
        var namedDay: [Bool] = []
        for (claim, day) in order {
            // A vague "tens of thousands" fits everything; a firm figure's moment is set by the firm figures said then.
            let fits = moments.lastIndex { m in
                m.values.contains { fitsMoment($0, claim.value) && ($0.qualifier != .vague || claim.value.qualifier == .vague) }
            }
            let gap = named(claim, day) ? 1 : 2
            if let day, let last = moments.last, let latest = last.latest, day.isLater(than: latest, byAtLeast: gap), day.granularity == .day,
               latest.granularity == .day, fits == nil {
                moments.append((day, [claim], [claim.value]))
                namedDay.append(named(claim, day))
            } else if let index = fits ?? (moments.isEmpty ? nil : moments.count - 1) {
                // A moment is dated by its first telling: later reprints of the same figure do not move it.
                moments[index].members.append(claim)
                moments[index].values.insert(claim.value)
                if moments[index].latest == nil { moments[index].latest = day; namedDay[index] = named(claim, day) }
            } else {
                moments.append((day, [claim], [claim.value]))
                namedDay.append(named(claim, day))
            }
        }
        return moments.map(\.members)
    }

    /// Whether a figure fits one already said at a moment: the two overlap or lie within tolerance, except two
    /// open bounds of one direction with different ends ("more than 60 aftershocks", two days later "more than
    /// 120") and a firm figure well past a bound's end: overlapping, but a new count.
    private func fitsMoment(_ a: Quantity, _ b: Quantity) -> Bool {
        let openAbove = a.high == nil && b.high == nil, openBelow = a.low == nil && b.low == nil
        if openAbove, let x = a.low, let y = b.low, !withinTolerance([Quantity(low: x, high: x), Quantity(low: y, high: y)]) { return false }
        if openBelow, let x = a.high, let y = b.high, !withinTolerance([Quantity(low: x, high: x), Quantity(low: y, high: y)]) { return false }
        // "more than 180 firefighters" on Monday and "about 250" on Tuesday: a firm figure well past a bound's end is
        // a new count, not the bound made precise.
        for (bound, firm) in [(a, b), (b, a)] where (bound.low == nil) != (bound.high == nil) && firm.low != nil && firm.high != nil {
            if let end = bound.low ?? bound.high, let value = bound.low != nil ? firm.low : firm.high,
               !withinTolerance([Quantity(low: end, high: end), Quantity(low: value, high: value)]) { return false }
        }
        return a.overlaps(b) || withinTolerance([a, b])
    }

    /// Figures a hundred times apart or more are taken as counts of different things, never a dispute or a conflict.
    static let maxDisputeRatio = 100.0

    static func plausiblyOneQuantity(_ a: Quantity, _ b: Quantity) -> Bool {
        let x = a.magnitude, y = b.magnitude
        guard x > 0, y > 0 else { return true }
        return max(x, y) / min(x, y) < maxDisputeRatio
    }


    private func key(_ claim: Claim, speaker: String) -> Key {
        Key(measure: claim.measure ?? "", scope: scopeKey(claim.scope), year: asOf(claim)?.year ?? 0, speaker: speaker,
            term: termKey(claim), unit: Self.unitKey(claim), per: claim.value.per ?? "", holder: holderKey(claim))
    }

    /// The unit part of a proposition's identity: a currency, percent, a unit of measure; a count of people and a
    /// count with no unit are one ("the police figure of 30,000" after a crowd, "the turnout at 30,000").
    static func unitKey(_ claim: Claim) -> String {
        claim.value.unit == "people" ? "" : claim.value.unit ?? ""
    }

    /// A catch-all measure that no topic lists ("people (other counts)") holds unrelated counts:
    /// protesters and displaced people are kept apart by the noun the outlet used.
    private func termKey(_ claim: Claim) -> String {
        guard let measure = claim.measure, config.isCatchAll(measure) else { return "" }
        let term = claim.term.lowercased()
        return term.hasSuffix("s") ? String(term.dropLast()) : term
    }

    private func scopeKey(_ scope: [String]) -> String { scope.sorted().joined(separator: "+") }

    /// A holder by its last name ("Halina Dreyer" and "Dreyer" are one).
    private func holderKey(_ claim: Claim) -> String {
        claim.holder.map { Words.tokens($0).last ?? "" } ?? ""
    }

    private func isAnonymous(_ speaker: Speaker) -> Bool {
        let name = speaker.name.lowercased()
        return speaker.kind == .unknown || name.hasPrefix("a ") || name.hasPrefix("an ")
    }

    private func make(_ members: [Claim], key: Key, moment: Int? = nil, place: [String] = []) -> Proposition {
        let members = members.sorted { ($0.source, $0.sentence, $0.span.start) < ($1.source, $1.sentence, $1.span.start) }
        let outlets = Set(members.map { sources[$0.source]?.metadata.outlet ?? $0.source.rawValue }).sorted()
        let origins = Set(members.map { familyOf[$0.source]?.rawValue ?? $0.source.rawValue }).count
        let firm = members.filter { $0.value.qualifier != .vague && $0.derivedFrom == nil }
        let basis = firm.isEmpty ? members : firm
        let consensus = Grouping.consensus(of: basis)
        let status: Proposition.Status
        let oneTelling = Set(basis.map { $0.value.notation }).count == 1
        // Reprints of one story are one origin: agreeing copies add no independent support.
        if Set(members.map(\.source)).count == 1 || (origins == 1 && oneTelling) {
            status = .singleOrigin
        } else if oneTelling {
            status = .agree
        } else if Grouping.intersection(basis.map(\.value)) != nil || withinTolerance(basis.map(\.value)) {
            status = .consistent
        } else {
            status = .conflicting
        }
        let speaker = members.compactMap(\.attribution).first { $0.key == key.speaker }
        let scope = members.first { !$0.scope.isEmpty }?.scope ?? place
        // A figure retold as given before ("the 2 million it first disclosed") keeps the date it had.
        let current = members.filter { $0.earlier != true }
        let dates = (current.isEmpty ? members : current).compactMap(asOf)
        // The currency, a percentage, a rate's period and a later moment are part of the id.
        let currency = key.unit == "people" || key.unit.isEmpty || key.unit == "percent" || key.unit == Quantity.percentagePoints ? "" : key.unit
        let day = moment.flatMap { $0 > 0 ? dates.max()?.iso : nil } ?? ""
        let id = ID<Proposition>("p-" + Words.tokens([key.measure, key.holder, key.term, scope.joined(separator: " "), String(key.year), key.speaker,
                                                      key.unit == "percent" ? "percent" : key.unit == Quantity.percentagePoints ? "points" : "", key.per, day].joined(separator: " ")).joined(separator: "-")
                                 + (currency.isEmpty ? "" : "-" + currency.lowercased()))
        var proposition = Proposition(id: id, topic: members[0].topic ?? config.topic(forMeasure: key.measure)?.id ?? "",
                           measure: key.measure, scope: scope, asOf: dates.max(), speaker: speaker,
                           members: members.map(\.id), status: status, outlets: outlets, origins: origins,
                           consensus: consensus)
        proposition.holder = members.compactMap(\.holder).max { ($0.count, $1) < ($1.count, $0) }
        return proposition
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
            // At a shared end, the end is in only when both include it: "more than 150,000" and "nearly 150,000" share no figure.
            let lowInclusive = (low != result.low || result.lowInclusive) && (low != value.low || value.lowInclusive)
            let highInclusive = (high != result.high || result.highInclusive) && (high != value.high || value.highInclusive)
            if let low, let high, low == high, !(lowInclusive && highInclusive) { return nil }
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

    /// Close figures count as one telling (rounding: "8,000" and "about 8,200"), unless one is a strict
    /// open bound the other falls outside: "more than 150,000" against "nearly 150,000" or an exact 149,870
    /// is a contradiction, however close.
    private func withinTolerance(_ values: [Quantity]) -> Bool {
        for bound in values where bound.low == nil || bound.high == nil {
            if let low = bound.low, !bound.lowInclusive, values.contains(where: { ($0.high ?? .infinity) <= low }) { return false }
            if let high = bound.high, !bound.highInclusive, values.contains(where: { ($0.low ?? -.infinity) >= high }) { return false }
        }
        let highs = values.map(\.magnitude)
        guard let top = highs.max(), top > 0 else { return true }
        let lows = values.map { $0.low ?? 0 }
        let gap = (lows.max() ?? 0) - (highs.min() ?? 0)
        return gap / top <= Grouping.tolerance
    }

    /// Estimates of the same measure, place (or none named), year, unit and moment that cannot both hold. Two named parties
    /// are a dispute (each keeps its own proposition, linked by a `Dispute`); otherwise a conflict. Only
    /// propositions sharing that blocking key are compared, so the stage stays linear in practice.
    private func markConflicts(_ propositions: inout [Proposition]) -> [Dispute] {
        // Places the configuration names ("Iraq", "Syria") may hold a figure told without a place; a town a clause sets
        // ("In Port Aubel, …") is a place of its own.
        let known = Set(config.places.flatMap { [$0.name] + $0.aliases })
        func isLocal(_ p: Proposition) -> Bool { !p.scope.isEmpty && p.scope.allSatisfy { !known.contains($0) } }
        var blocks: [String: [Int]] = [:]
        // A rise and a fall of one quantity ("spending-rise", "spending-fall") are compared: the ministry's "rises by 1.2%"
        // and the opposition's "falls by 2.4%" are rival readings of one change, opposite whatever their sizes.
        func opposite(_ a: Proposition, _ b: Proposition) -> Bool {
            guard let x = ChangeMeasure.direction(of: a.measure), let y = ChangeMeasure.direction(of: b.measure) else { return false }
            return x != y
        }
        // Counts under a catch-all measure that no topic lists are different things: never compared.
        for (index, p) in propositions.enumerated() where p.consensus.qualifier != .vague && !config.isCatchAll(p.measure) {
            // Places are compared pairwise below: a figure placed nowhere may be about the same place.
            let key = [ChangeMeasure.withoutDirection(p.measure), String(p.asOf?.year ?? 0),
                       p.consensus.unit ?? "", p.consensus.per ?? "", Words.tokens(p.holder ?? "").last ?? ""].joined(separator: "|")
            blocks[key, default: []].append(index)
        }
        var disputes: [Dispute] = []
        for key in blocks.keys.sorted() {
            let members = blocks[key]!
            guard members.count > 1 else { continue }
            var sides = UnionFind(count: members.count)
            var disputed = Set<Int>()
            for (position, i) in members.enumerated() {
                for (offset, j) in members[(position + 1)...].enumerated() {
                    let a = propositions[i], b = propositions[j]
                    guard a.speaker?.key != b.speaker?.key else { continue }
                    // Two named parties, one naming no place, may dispute one place's figure; tellings conflict only in one place.
                    let oneScope = Set(a.scope) == Set(b.scope)
                    guard oneScope || a.speaker != nil && b.speaker != nil && (a.scope.isEmpty || b.scope.isEmpty) else { continue }
                    // A town a clause names is a place of its own: "In Port Aubel, police said about 3,000 had marched" is
                    // no other figure for the capital's march told without a place.
                    if !oneScope, isLocal(a) || isLocal(b) { continue }
                    // Only estimates of the same moment can contradict; a later one updates an earlier one.
                    // Two named parties' figures within a week are rival estimates of one moment.
                    let window = a.speaker != nil && b.speaker != nil ? 7 : 1
                    if let x = a.asOf, let y = b.asOf, x.isLater(than: y, byAtLeast: window) || y.isLater(than: x, byAtLeast: window) { continue }
                    // A party's "as many as 9.4m" against another's 6.3 million: the ceiling is what the party puts forward.
                    func claimed(_ q: Quantity) -> Quantity {
                        q.qualifier == .upTo && a.speaker != nil && b.speaker != nil ? q.high.map { Quantity(low: $0, high: $0, qualifier: .approx, unit: q.unit) } ?? q : q
                    }
                    let (ca, cb) = (claimed(a.consensus), claimed(b.consensus))
                    guard opposite(a, b) || !ca.overlaps(cb) && !withinTolerance([ca, cb]) else { continue }
                    // Figures two orders of magnitude apart count different things ("two people", "12,000 people").
                    guard Self.plausiblyOneQuantity(a.consensus, b.consensus) else { continue }
                    if a.speaker != nil, b.speaker != nil {
                        sides.union(position, position + 1 + offset)
                        disputed.formUnion([position, position + 1 + offset])
                    } else {
                        propositions[i].status = .conflicting
                        propositions[j].status = .conflicting
                    }
                }
            }
            for group in sides.groups() where group.count > 1 && group.allSatisfy(disputed.contains) {
                // Each party's latest figure is its side: its own earlier count is updated, not in dispute.
                var latest: [String: Int] = [:]
                for m in group.map({ members[$0] }) {
                    let party = propositions[m].speaker?.key ?? ""
                    if let kept = latest[party], let x = propositions[kept].asOf, !(propositions[m].asOf?.isLater(than: x) ?? false) { continue }
                    latest[party] = m
                }
                guard latest.count > 1 else { continue }
                let indexes = latest.values.sorted {
                    (propositions[$0].consensus.magnitude, propositions[$1].id) > (propositions[$1].consensus.magnitude, propositions[$0].id)
                }
                let top = propositions[indexes[0]], bottom = propositions[indexes[indexes.count - 1]]
                let high = top.consensus.high ?? top.consensus.low ?? 0
                let low = bottom.consensus.low ?? bottom.consensus.high ?? 0
                let id = ID<Dispute>("d-" + indexes.map { propositions[$0].id.rawValue.dropFirst(2) }.joined(separator: "--"))
                // A side keeps the status its own tellings earn (agree, consistent, …): the dispute is between parties.
                for i in indexes { propositions[i].dispute = id }
                disputes.append(Dispute(id: id, measure: top.measure, scope: top.scope, asOf: indexes.compactMap { propositions[$0].asOf }.max(),
                                        sides: indexes.map { propositions[$0].id }, ratio: low > 0 && high > 0 ? high / low : 1))
            }
        }
        return disputes
    }

    /// An estimate is outdated when a later one of the same quantity exists: from the same party (or with
    /// no party named on either side) at least two days later; from another party only when it is at least
    /// half a year later, and for money only when no party states it (a fine or pledge of another year is another event).
    private func markOutdated(_ propositions: inout [Proposition], except historical: Set<ID<Proposition>>, claims: [ID<Claim>: Claim]) {
        // A plan or forecast for a later year than its tellings' ("a deficit of 3.2% in 2026", said in 2025) is outdated
        // only by a later telling for that same year (April's 3.0% for 2026 by October's 3.2%), never by a figure for
        // another year: it is compared by the day it was told, within its year.
        func told(_ p: Proposition) -> EventDate? {
            p.members.compactMap { claims[$0].flatMap(published) }.max()
        }
        var planYear: [Int: Int] = [:], moment: [Int: EventDate] = [:]
        for (index, p) in propositions.enumerated() {
            guard let asOf = p.asOf else { continue }
            if let told = told(p), asOf.year > told.year {
                planYear[index] = asOf.year
                moment[index] = told
            } else {
                moment[index] = asOf
            }
        }
        func key(_ index: Int) -> String {
            let p = propositions[index]
            return [p.measure, p.scope.sorted().joined(separator: "+"), p.consensus.unit ?? "", p.consensus.per ?? "",
                    Words.tokens(p.holder ?? "").last ?? "", planYear[index].map { "plan \($0)" } ?? ""].joined(separator: "|")
        }
        var blocks: [String: [Int]] = [:]
        // The latest firm estimate supersedes; a vague "thousands" supersedes nothing.
        for (index, p) in propositions.enumerated() where p.asOf != nil && !config.isCatchAll(p.measure) && p.consensus.qualifier != .vague {
            blocks[key(index), default: []].append(index)
        }
        // A sum a verb of payment names ("fined", "awarded", "pledged": a fine, an award, a pledge) is a transaction:
        // one made half a year or more later is another transaction, not an update of it.
        let transactions = Set(WordLists.current.table("measures", "amountVerbs").values)
        let eventReports = eventReportSources()
        for index in propositions.indices {
            let p = propositions[index]
            guard let asOf = moment[index], !config.isCatchAll(p.measure), !historical.contains(p.id), let block = blocks[key(index)] else { continue }
            let isMoney = p.consensus.isMoney
            // A figure from a report on an event (last year's quake, last year's strike) half a year before another is
            // another occasion's, not an earlier version of it.
            let isOccasion = isMoney && transactions.contains(p.measure)
                || !p.members.isEmpty && p.members.allSatisfy { claims[$0].map { eventReports.contains($0.source) } ?? false }
            var best: Int?
            for other in block where other != index {
                let q = propositions[other]
                // The same party's figure of the next day updates its own (a toll of 27 on Tuesday, 41 on Wednesday).
                guard let later = moment[other], later.isLater(than: asOf, byAtLeast: q.speaker != nil && q.speaker?.key == p.speaker?.key ? 1 : 2)
                else { continue }
                if isOccasion, later.isLater(than: asOf, byAtLeast: 180) { continue }
                if q.speaker?.key != p.speaker?.key {
                    // Money of another year is often another event (a fine, a pledge); a sum stated as fact is superseded.
                    let halfYear = later.isLater(than: asOf, byAtLeast: 180) && (later.year > asOf.year || later.dayNumber - asOf.dayNumber >= 180)
                    guard !isMoney || p.speaker == nil, halfYear || supersedesSilentParty(q, p, block: block, in: propositions) else { continue }
                }
                if let b = best {
                    let r = propositions[b]
                    // The same party's own update first, then the latest, then the best supported.
                    let mine = q.speaker?.key == p.speaker?.key, theirs = r.speaker?.key == p.speaker?.key
                    if (mine ? 1 : 0, later, q.origins, r.id) <= (theirs ? 1 : 0, moment[b]!, r.origins, q.id) { continue }
                }
                best = other
            }
            guard let best else { continue }
            propositions[index].status = .outdated
            propositions[index].supersededBy = propositions[best].id
        }
    }

    /// The sources that report on an event: an article whose headline names one ("Moderate quake damages homes in
    /// Vastrel", "One-day strike shuts Brackenford trams"; `sentences.eventNouns`). Their figures are that event's,
    /// however the body phrases them ("about 7,800 of its members had taken part"); an article headlined on a state
    /// ("Over 10,000 ISIS terrorists still in Iraq") is not one. Cost: each headline's words, once.
    private func eventReportSources() -> Set<ID<Source>> {
        let nouns = WordLists.current.words(Lists.sentencesEventNouns), verbs = WordLists.current.words(Lists.sentencesEventVerbs)
        return Set(sources.values.filter { source in
            guard let headline = source.metadata.title ?? source.sentences.first?.text else { return false }
            return Words.tokens(headline.lowercased()).contains { w in
                nouns.contains(w) || w.hasSuffix("s") && nouns.contains(String(w.dropLast())) || verbs.contains(w)
            }
        }.map(\.id))
    }

    /// Another party's later count supersedes a party's earlier one within the half year when the later one
    /// is the consensus (more independent origins than the earlier) and the earlier party gives no figure of
    /// its own at or after that moment: a toll first given by a rescue agency and later by the ministry
    /// that took over the count. A party still giving its own figure disputes rather than updates. Money
    /// never qualifies here (a sum of another moment is often another event). Cost: one pass over the block.
    private func supersedesSilentParty(_ later: Proposition, _ earlier: Proposition, block: [Int], in propositions: [Proposition]) -> Bool {
        guard let moment = later.asOf, later.origins >= 2, later.origins > earlier.origins,
              !later.consensus.isMoney else { return false }
        return !block.contains { index in
            let r = propositions[index]
            guard r.speaker?.key == earlier.speaker?.key, r.id != earlier.id, let when = r.asOf else { return false }
            return !moment.isLater(than: when)
        }
    }
}

extension Grouping {
    /// One party's same figure told with different nouns across outlets ("would give £2 million", "a £2 million
    /// grant") is one quantity: claims sharing party, figure, unit, period and year take the measure most of
    /// them carry (a specific one before a generic one). Catch-alls and vague figures keep their own. One pass
    /// plus a dictionary of signatures.
    static func alignMeasures(_ claims: [Claim], config: Config, year: (Claim) -> Int) -> [Claim] {
        func signature(_ c: Claim) -> String? {
            guard c.measure != nil, c.value.qualifier != .vague, c.derivedFrom == nil, !config.isCatchAll(c.measure!) else { return nil }
            let party = c.attribution.flatMap { $0.kind == .unknown || $0.key.isEmpty ? nil : $0.key }
            // A sum in one currency needs no party to be one amount: "ordered to pay €174 million in damages" and
            // "the €174m award" of the same year. Counts do ("11 people", "11 homes").
            guard party != nil || c.value.isMoney && isDistinctive(c.value) else { return nil }
            // A count of people and a count with no unit are alike when the figure is large enough to say so (as for
            // `MeasureSynonyms`): "the police figure of 30,000" read as people in one outlet, "put the turnout at
            // 30,000" in another; "six injured" and "11 acres" of one fire service say nothing about each other.
            let large = (c.value.high ?? c.value.low ?? 0) >= MeasureSynonyms.minimumFigure
            let unit = large ? unitKey(c) : c.value.unit ?? ""
            return [party ?? "", c.value.notation, unit, c.value.per ?? "", String(year(c))].joined(separator: "|")
        }
        var measures: [String: [String: Int]] = [:]
        for c in claims { if let s = signature(c) { measures[s, default: [:]][c.measure!, default: 0] += 1 } }
        let generic = Set(config.measures.filter(Config.isGeneric).map(\.id))
        return claims.map { c in
            guard let s = signature(c), let options = measures[s], options.count > 1 else { return c }
            let best = options.max { a, b in
                (a.value, generic.contains(a.key) ? 0 : 1, b.key) < (b.value, generic.contains(b.key) ? 0 : 1, a.key)
            }!.key
            var aligned = c
            aligned.measure = best
            return aligned
        }
    }
}

extension Grouping {
    /// One party named in full in some articles and by its head noun in others ("the Lorvenian Dock Workers'
    /// Union" and "the union", "the Marrowport Port Authority" and "the port authority") is one party: a
    /// speaker whose words (up to three: "the civil protection agency"), without a determiner, end the name of
    /// exactly one longer organisation in the corpus takes that organisation, and so does a capitalised name that
    /// begins exactly one ("Larkspur", "Larkspur Travel" for "Larkspur Travel Group"). With two or more candidates
    /// it stays as it is. Linear in the claims.
    static func alignSpeakers(_ claims: [Claim]) -> [Claim] {
        func words(_ name: String) -> [String] {
            var w = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            if let first = w.first, ["the", "a", "an"].contains(first) { w.removeFirst() }
            return w
        }
        var organizations: [String: Speaker] = [:]
        for c in claims {
            if let s = c.attribution, s.kind == .organization, words(s.name).count >= 2 { organizations[s.key] = s }
        }
        // One organisation written two ways ("the interior ministry", "the Ministry of the Interior"): the same
        // content words make one party, named by its fullest name.
        // A compound written open or closed ("the Velmoran coast guard", "the Velmoran coastguard") is one name too.
        var byWords: [[String]: String] = [:], byLetters: [String: String] = [:]
        for (key, s) in organizations.sorted(by: { ($0.value.name.count, $0.key) > ($1.value.name.count, $1.key) }) {
            let content = words(s.name).filter { !["of", "the", "and", "for"].contains($0) }
            let letters = content.joined()
            if let kept = byWords[content.sorted()] ?? byLetters[letters], kept != key {
                organizations[key] = organizations[kept]
            } else {
                byWords[content.sorted()] = key; byLetters[letters] = key
            }
        }
        // Every ending of one to three words of every organisation's name (also closed up: "coastguard"), with the
        // organisations it ends.
        var endings: [String: Set<String>] = [:], beginnings: [String: Set<String>] = [:]
        for (_, s) in organizations {
            let w = words(s.name)
            for n in 1...min(3, w.count - 1) {
                endings[w.suffix(n).joined(), default: []].insert(s.key)
                beginnings[w.prefix(n).joined(separator: " "), default: []].insert(s.key)
            }
        }
        // An organisation named by the ending of one other ("the coast guard", "the Velmoran coast guard") is that
        // other, so the two count as one option below.
        var canonical: [String: String] = [:]
        for (key, s) in organizations {
            let w = words(s.name)
            if w.count <= 3, let longer = endings[w.joined()]?.subtracting([s.key]), longer.count == 1 { canonical[key] = longer.first! }
            else { canonical[key] = s.key }
        }
        // The organisation a name ending or beginning names, when exactly one does.
        func named(by s: Speaker) -> Speaker? {
            let w = words(s.name)
            func only(_ keys: Set<String>?) -> Speaker? {
                guard let options = keys.map({ Set($0.map { canonical[$0] ?? $0 }) })?.subtracting([s.key]), options.count == 1 else { return nil }
                return organizations[options.first!]
            }
            // "Larkspur" and "Larkspur Travel" for "Larkspur Travel Group": a capitalised name that begins exactly one
            // longer organisation's name is that organisation.
            let capitalised = s.name.drop { !$0.isLetter }.first?.isUppercase == true && !s.name.lowercased().hasPrefix("the ")
            guard (1...3).contains(w.count) else { return nil }
            return only(endings[w.joined()]) ?? (capitalised ? only(beginnings[w.joined(separator: " ")]) : nil)
        }
        return claims.map { c in
            guard let s = c.attribution, s.kind == .organization || s.kind == .person else { return c }
            // "Coast Guard" is "the coast guard" by its words, and that in turn "the Velmoran coast guard" by its ending.
            if let same = organizations[s.key], same.key != s.key {
                var aligned = c; aligned.attribution = named(by: same) ?? same; return aligned
            }
            guard let target = named(by: s) else { return c }
            var aligned = c
            aligned.attribution = target
            return aligned
        }
    }

}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let sentencesEventNouns = ListName("sentences", "eventNouns")
    static let sentencesEventVerbs = ListName("sentences", "eventVerbs")
}
