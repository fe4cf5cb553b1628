import Model
import Testing
import TestSupport
@testable import Reconcile

/// A different occasion's figure is a different proposition, not an outdated version of a later one; one figure
/// told again in another year is one proposition; an unnamed telling of a party's exact figure joins that party.
@Suite struct OccasionGroupingTests {
    static let config = SyntheticCorpus.config

    static func analysis(_ claims: [(source: String, published: EventDate, claim: Claim)]) -> Analysis {
        var published: [String: EventDate] = [:]
        for entry in claims { published[entry.source] = entry.published }
        let sources = published.keys.sorted().map {
            Fixtures.source($0, outlet: "Outlet \($0)", published: published[$0], paragraphs: ["Sentence of \($0) here."])
        }
        let extractions = published.keys.sorted().map { id in
            Extraction(source: ID(id), claims: claims.filter { $0.source == id }.map(\.claim), events: [])
        }
        return Reconciler(config: config).reconcile(sources: sources, extractions: extractions)
    }

    static let spring2025 = EventDate(year: 2025, month: 3, day: 17)

    @Test func anEarlierOccasionsRecordIsNotOutdatedByTheNextOccasion() {
        // "turnout was 61.4%, up from 57.9% at the last election in 2021": two elections, two records.
        var old = Fixtures.claim("a", 1, 1, measure: "fighters", value: Quantity(low: 5_790, high: 5_790), scope: ["Norland"],
                                 date: EventDate(year: 2021, month: nil, day: nil))
        old.otherOccasion = true
        let now = Fixtures.claim("a", 1, 2, measure: "fighters", value: Quantity(low: 6_140, high: 6_140), scope: ["Norland"])
        let analysis = Self.analysis([("a", Self.spring2025, old), ("a", Self.spring2025, now)])
        let record = analysis.propositions.first { $0.members.contains(old.id) }
        #expect(record != nil && record?.status != .outdated, "\(String(describing: record))")
    }

    @Test func aPastStateToldWithoutAnOccasionIsStillOutdated() {
        // "reserves that once amounted to $1 billion in 2014", against a later estimate.
        let old = Fixtures.claim("a", 1, 1, measure: "cash-reserves", value: Quantity(low: 1e9, high: nil, lowInclusive: false, qualifier: .atLeast, unit: "USD"),
                                 date: EventDate(year: 2014, month: nil, day: nil), topic: "finances")
        let now = Fixtures.claim("b", 1, 1, measure: "cash-reserves", value: Quantity(low: 5e7, high: 5e7, unit: "USD"), topic: "finances")
        let analysis = Self.analysis([("a", EventDate(year: 2018, month: 1, day: 21), old), ("b", Self.spring2025, now)])
        #expect(analysis.propositions.first { $0.members.contains(old.id) }?.status == .outdated)
    }

    /// Last year's report on an event of the same kind ("One-day strike shuts Brackenford trams") gives that event's
    /// figures, not earlier versions of this year's; a report on a state ("Over 10,000 fighters still in Iraq") is
    /// outdated by a later count.
    @Test(arguments: [
        ("One-day strike shuts Brackenford trams", false),
        ("Moderate quake damages homes in Vastrel, two dead", false),
        ("Over 10,000 fighters still in Iraq and Syria, experts say", true),
    ])
    func lastYearsEventReportIsAnotherOccasion(_ headline: String, _ outdated: Bool) {
        var old = Fixtures.source("a", outlet: "Outlet a", published: EventDate(year: 2024, month: 10, day: 10),
                                  paragraphs: ["About 7,800 of its members had taken part, the union said."])
        old.metadata.title = headline
        let now = Fixtures.source("b", outlet: "Outlet b", published: EventDate(year: 2025, month: 10, day: 7),
                                  paragraphs: ["More than 9,000 members walked out, the union said."])
        let before = Fixtures.claim("a", 0, 1, measure: "fighters", value: Quantity(low: 7_800, high: 7_800, qualifier: .approx), speaker: "Union")
        let after = Fixtures.claim("b", 0, 1, measure: "fighters", value: Quantity(low: 9_000, high: nil, lowInclusive: false, qualifier: .atLeast),
                                   speaker: "Union")
        let analysis = Reconciler(config: Self.config).reconcile(
            sources: [old, now], extractions: [Extraction(source: ID("a"), claims: [before], events: []),
                                               Extraction(source: ID("b"), claims: [after], events: [])])
        let status = analysis.propositions.first { $0.members.contains(before.id) }?.status
        #expect((status == .outdated) == outdated, "\(headline): \(String(describing: status))")
    }

    @Test func aRaisedOpenBoundIsANewCount() {
        // "more than 60 aftershocks" on Tuesday, "more than 120" on Thursday: overlapping bounds, but an update.
        let early = Fixtures.claim("a", 1, 1, measure: "aftershock", value: Quantity(low: 60, high: nil, lowInclusive: false, qualifier: .atLeast),
                                   speaker: "Institute", topic: "")
        let late = Fixtures.claim("b", 1, 1, measure: "aftershock", value: Quantity(low: 120, high: nil, lowInclusive: false, qualifier: .atLeast),
                                  speaker: "Institute", topic: "")
        let analysis = Self.analysis([("a", EventDate(year: 2025, month: 3, day: 4), early), ("b", EventDate(year: 2025, month: 3, day: 6), late)])
        #expect(analysis.propositions.first { $0.members.contains(early.id) }?.status == .outdated)
        #expect(analysis.propositions.first { $0.members.contains(late.id) }?.status != .outdated)
    }

    @Test func aFirmCountWellPastABoundOnANamedLaterDayIsANewCount() {
        // Monday's wire: "More than 180 firefighters were at the scene, the service said"; Tuesday: "About 250
        // firefighters were still in action on Tuesday": the bound is outdated, not made precise.
        let early = Fixtures.claim("a", 1, 1, measure: "firefighter", value: Quantity(low: 180, high: nil, lowInclusive: false, qualifier: .atLeast),
                                   speaker: "Service", topic: "")
        let late = Fixtures.claim("b", 1, 1, measure: "firefighter", value: Quantity(low: 250, high: 250, qualifier: .approx),
                                  speaker: "Service", date: EventDate(year: 2026, month: 3, day: 10, inferred: true), topic: "")
        let analysis = Self.analysis([("a", EventDate(year: 2026, month: 3, day: 9), early), ("b", EventDate(year: 2026, month: 3, day: 10), late)])
        #expect(analysis.propositions.first { $0.members.contains(early.id) }?.status == .outdated)
        #expect(analysis.propositions.first { $0.members.contains(late.id) }?.status != .outdated)
        // A firm figure within the bound's tolerance is the same count told more exactly.
        let near = Fixtures.claim("b", 1, 1, measure: "firefighter", value: Quantity(low: 182, high: 182), speaker: "Service",
                                  date: EventDate(year: 2026, month: 3, day: 10, inferred: true), topic: "")
        let same = Self.analysis([("a", EventDate(year: 2026, month: 3, day: 9), early), ("b", EventDate(year: 2026, month: 3, day: 10), near)])
        #expect(same.propositions.first { $0.members.contains(early.id) }?.members.contains(near.id) == true)
    }

    @Test func aPartysCeilingAgainstAnothersCountADayApartIsADispute() {
        // The company: "about 2 million" on 3 March, then 6.3 million on 21 March; the researcher, on 22 March: "as many
        // as 9.4m". The dispute is between the company's latest count and the researcher's ceiling.
        let first = Fixtures.claim("a", 1, 1, measure: "record", value: Quantity(low: 2e6, high: 2e6, qualifier: .approx), speaker: "Larkspur", topic: "")
        let count = Fixtures.claim("b", 1, 1, measure: "record", value: Quantity(low: 6.3e6, high: 6.3e6), speaker: "Larkspur", topic: "")
        let ceiling = Fixtures.claim("c", 1, 1, measure: "record", value: Quantity(low: nil, high: 9.4e6, qualifier: .upTo), speaker: "Lisowski", topic: "")
        let analysis = Self.analysis([("a", EventDate(year: 2025, month: 3, day: 3), first), ("b", EventDate(year: 2025, month: 3, day: 21), count),
                                      ("c", EventDate(year: 2025, month: 3, day: 22), ceiling)])
        let dispute = try? #require(analysis.disputes.first)
        let sides = Set(dispute?.sides ?? [])
        let of = { (c: Claim) in analysis.propositions.first { $0.members.contains(c.id) }?.id }
        #expect(sides == Set([of(count), of(ceiling)].compactMap { $0 }), "\(sides)")
        #expect(analysis.propositions.first { $0.members.contains(first.id) }?.status == .outdated)
    }

    @Test func aTollNamedDayByDayIsATrend() {
        // "12 on Monday", "rose to 27 on Tuesday", "has reached 41 … said on Wednesday": one day apart, each named.
        let days = [(12.0, 3), (27, 4), (41, 5)]
        let claims = days.enumerated().map { n, d in
            (source: "s\(n)", published: EventDate(year: 2025, month: 3, day: d.1 + 1),
             claim: Fixtures.claim("s\(n)", 1, 1, measure: "killed", value: Quantity(low: d.0, high: d.0), scope: ["Vastrel"],
                                   speaker: "Agency", date: EventDate(year: 2025, month: 3, day: d.1, inferred: true), topic: ""))
        }
        let analysis = Self.analysis(claims)
        func status(_ value: Double) -> Proposition.Status? {
            let id = claims.first { $0.claim.value.low == value }!.claim.id
            return analysis.propositions.first { $0.members.contains(id) }?.status
        }
        #expect(status(12) == .outdated)
        #expect(status(27) == .outdated)
        #expect(status(41) != .outdated && status(41) != .conflicting)
    }

    @Test func aTransactionAYearLaterIsAnotherTransaction() {
        // A €12 million fine in 2024 and a €48 million fine in 2025: two fines, neither outdated.
        let first = Fixtures.claim("a", 1, 1, measure: "fine", value: Quantity(low: 12e6, high: 12e6, unit: "EUR"), topic: "")
        let second = Fixtures.claim("b", 1, 1, measure: "fine", value: Quantity(low: 48e6, high: 48e6, unit: "EUR"), topic: "")
        let analysis = Self.analysis([("a", EventDate(year: 2024, month: 5, day: 2), first), ("b", Self.spring2025, second)])
        #expect(analysis.propositions.count == 2)
        #expect(!analysis.propositions.contains { $0.status == .outdated || $0.status == .conflicting })
    }

    @Test func aTransactionRevisedWithinDaysIsAnUpdate() {
        // A pledge of €2 million raised to €5 million a week later.
        let first = Fixtures.claim("a", 1, 1, measure: "pledge", value: Quantity(low: 2e6, high: 2e6, unit: "EUR"), speaker: "Government", topic: "")
        let second = Fixtures.claim("b", 1, 1, measure: "pledge", value: Quantity(low: 5e6, high: 5e6, unit: "EUR"), speaker: "Government", topic: "")
        let analysis = Self.analysis([("a", EventDate(year: 2025, month: 3, day: 3), first), ("b", Self.spring2025, second)])
        #expect(analysis.propositions.first { $0.members.contains(first.id) }?.status == .outdated)
    }

    @Test func aStrictBoundAWeekLaterIsANewMomentNotAConflict() {
        // One party: 85% of beds full on 10 March, "more than 90%" on 17 March.
        let first = Fixtures.claim("a", 1, 1, measure: "fighters", value: Quantity(low: 85, high: 85, unit: "percent"), speaker: "Association")
        let later = Fixtures.claim("b", 1, 1, measure: "fighters", value: Quantity(low: 90, high: nil, lowInclusive: false, qualifier: .atLeast, unit: "percent"),
                                   speaker: "Association")
        let analysis = Self.analysis([("a", EventDate(year: 2025, month: 3, day: 10), first), ("b", Self.spring2025, later)])
        #expect(analysis.propositions.count == 2)
        #expect(analysis.propositions.first { $0.members.contains(first.id) }?.status == .outdated)
        #expect(!analysis.propositions.contains { $0.status == .conflicting })
    }

    @Test func oneFigureDatedToTwoYearsIsOneProposition() {
        // "the disaster, which killed 11 people" dated 2019 by one outlet and by its 2022 article's date by another.
        let dated = Fixtures.claim("a", 1, 1, measure: "fighters", value: Quantity(low: 11, high: 11), date: EventDate(year: 2019, month: 3, day: 3))
        let undated = Fixtures.claim("b", 1, 1, measure: "fighters", value: Quantity(low: 11, high: 11))
        let analysis = Self.analysis([("a", EventDate(year: 2022, month: 6, day: 15), dated), ("b", EventDate(year: 2022, month: 6, day: 14), undated)])
        let holding = analysis.propositions.filter { $0.members.contains(dated.id) || $0.members.contains(undated.id) }
        #expect(holding.count == 1)
        #expect(holding.first?.status == .agree)
    }

    @Test func nextYearsPlanIsNotThisYears() {
        // "The budget sets spending at €92.4bn next year. Last year's budget set spending for 2025 at €88.1bn."
        let autumn = EventDate(year: 2025, month: 10, day: 14)
        let plan = Fixtures.claim("a", 1, 1, measure: "spending", value: Quantity(low: 92.4e9, high: 92.4e9, unit: "EUR"),
                                  date: EventDate(year: 2026, month: nil, day: nil, inferred: true))
        let current = Fixtures.claim("a", 2, 1, measure: "spending", value: Quantity(low: 88.1e9, high: 88.1e9, unit: "EUR"),
                                     date: EventDate(year: 2025, month: nil, day: nil))
        // "Total spending is set at €92.4 billion": the plan told without its year.
        let retold = Fixtures.claim("b", 1, 1, measure: "spending", value: Quantity(low: 92.4e9, high: 92.4e9, unit: "EUR"))
        // Another figure told without a year stays this year's.
        let other = Fixtures.claim("c", 1, 1, measure: "spending", value: Quantity(low: 90e9, high: 90e9, unit: "EUR"))
        let analysis = Self.analysis([("a", autumn, plan), ("a", autumn, current), ("b", autumn, retold), ("c", autumn, other)])
        let planned = analysis.propositions.first { $0.members.contains(plan.id) }
        #expect(planned?.members.contains(retold.id) == true, "\(analysis.propositions.map { ($0.id, $0.members) })")
        #expect(planned?.members.contains(current.id) == false)
        #expect(planned?.members.contains(other.id) == false)
        #expect(planned?.status == .agree)
        #expect(analysis.propositions.first { $0.members.contains(current.id) }?.status != .outdated)
    }

    @Test func aRiseAgainstAFallOfOneQuantityIsADispute() {
        // The ministry: health spending "would rise by 1.2%"; the opposition: it "would fall by 2.4%".
        let rise = Fixtures.claim("a", 1, 1, measure: "spending-rise", value: Quantity(low: 1.2, high: 1.2, unit: "percent"), speaker: "Ministry")
        let fall = Fixtures.claim("b", 1, 1, measure: "spending-fall", value: Quantity(low: 2.4, high: 2.4, unit: "percent"), speaker: "Alliance")
        let analysis = Self.analysis([("a", Self.spring2025, rise), ("b", Self.spring2025, fall)])
        #expect(analysis.disputes.count == 1, "\(analysis.propositions.map { ($0.id, $0.status) })")
        // Opposite directions disagree whatever their sizes: a rise of 2% is no fall of 2%.
        let same = Fixtures.claim("b", 1, 1, measure: "spending-fall", value: Quantity(low: 1.2, high: 1.2, unit: "percent"), speaker: "Alliance")
        #expect(Self.analysis([("a", Self.spring2025, rise), ("b", Self.spring2025, same)]).disputes.count == 1)
        // Two rises of one size by two parties agree.
        let other = Fixtures.claim("b", 1, 1, measure: "spending-rise", value: Quantity(low: 1.2, high: 1.2, unit: "percent"), speaker: "Alliance")
        #expect(Self.analysis([("a", Self.spring2025, rise), ("b", Self.spring2025, other)]).disputes.isEmpty)
    }

    @Test func smallCountsInDifferentYearsStayApart() {
        let a = Fixtures.claim("a", 1, 1, measure: "fighters", value: Quantity(low: 3, high: 3), date: EventDate(year: 2019, month: 3, day: 3))
        let b = Fixtures.claim("b", 1, 1, measure: "fighters", value: Quantity(low: 3, high: 3))
        let analysis = Self.analysis([("a", EventDate(year: 2022, month: 6, day: 15), a), ("b", EventDate(year: 2022, month: 6, day: 14), b)])
        #expect(analysis.propositions.filter { $0.members.contains(a.id) || $0.members.contains(b.id) }.count == 2)
    }

    @Test func anUnnamedTellingOfAPartysExactFigureJoinsIt() {
        let named = Fixtures.claim("a", 1, 1, measure: "fighters", value: Quantity(low: 57.9, high: 57.9), scope: ["Norland"], speaker: "Commission")
        let unnamed = Fixtures.claim("b", 1, 1, measure: "fighters", value: Quantity(low: 57.9, high: 57.9))
        let other = Fixtures.claim("c", 1, 1, measure: "fighters", value: Quantity(low: 60, high: 60))
        let analysis = Self.analysis([("a", Self.spring2025, named), ("b", Self.spring2025, unnamed), ("c", Self.spring2025, other)])
        let party = analysis.propositions.first { $0.members.contains(named.id) }
        #expect(party?.members.contains(unnamed.id) == true)
        #expect(party?.members.contains(other.id) == false)
        #expect(party?.status == .agree)
    }
}

/// A headline's figure told with no named party ("…, researcher says") takes the party the body names for it.
@Suite struct HeadlineCreditTests {
    @Test func aHeadlineFigureTakesTheBodysPartyForTheSameFigure() {
        let source = Fixtures.source("a", paragraphs: ["Breach may have exposed 9.4m records, researcher says",
                                                       "Hana Lisowski said as many as 9.4m records were taken. Larkspur said 2 million were."])
        var headline = Fixtures.claim("a", 0, 1, measure: "record", value: Quantity(low: 9.4e6, high: 9.4e6))
        headline.attribution = Speaker(key: "researcher", name: "researcher", kind: .unknown)
        let body = Fixtures.claim("a", 1, 1, measure: "record", value: Quantity(low: nil, high: 9.4e6, qualifier: .upTo), speaker: "Lisowski")
        let other = Fixtures.claim("a", 2, 1, measure: "record", value: Quantity(low: 2e6, high: 2e6), speaker: "Larkspur")
        let credited = Reconciler.creditHeadline([headline, body, other], of: source)
        #expect(credited[0].attribution?.key == "lisowski")
        // A figure the body does not give keeps its own credit.
        var lone = headline
        lone.value = Quantity(low: 5e6, high: 5e6)
        #expect(Reconciler.creditHeadline([lone, body, other], of: source)[0].attribution?.key == "researcher")
    }
}
