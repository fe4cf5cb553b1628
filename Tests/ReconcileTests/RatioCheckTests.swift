import Model
import Testing
import TestSupport
@testable import Reconcile

/// Ratios stated in articles, computed from the corpus' own figures; and who supersedes whom across parties.
@Suite struct RatioCheckTests {
    static func day(_ d: Int) -> EventDate { EventDate(year: 2024, month: 5, day: d) }

    static func killed(_ source: String, _ sentence: Int, _ value: Double, by party: String, on day: Int, atLeast: Bool = false) -> Claim {
        var claim = Fixtures.claim(source, sentence, measure: "fighters",
                                   value: atLeast ? Quantity(low: value, high: nil, qualifier: .atLeast) : Quantity(low: value, high: value),
                                   scope: ["Norland"], speaker: party, date: Self.day(day))
        claim.attribution = Speaker(key: party.lowercased(), name: party, kind: .organization)
        return claim
    }

    /// Day 14 the agency says 12, day 16 at least 27; from day 19 the ministry says 41 in two independent outlets.
    /// s3 (day 20) says "the ministry's toll is three times the figure the agency gave on the first day".
    static func corpus(ratio: Quantity = Quantity(low: 3, high: 3, unit: "times")) -> Analysis {
        let sources = [
            Fixtures.source("s0", outlet: "O0", published: day(14), paragraphs: ["The agency said 12 had died."]),
            Fixtures.source("s1", outlet: "O1", published: day(16), paragraphs: ["The agency said at least 27 had died."]),
            Fixtures.source("s2", outlet: "O2", published: day(19), paragraphs: ["The ministry said 41 had died."]),
            Fixtures.source("s3", outlet: "O3", published: day(20), paragraphs: [
                "The toll has risen to 41, the ministry said.",
                "The ministry's toll is three times the figure the agency gave on the first day of the flooding.",
            ]),
        ]
        var stated = Fixtures.claim("s3", 1, measure: "ratio", value: ratio, text: "three times")
        stated.span = Span(start: 24, length: 11)
        stated.compares = "fighters"
        let extractions = [
            Extraction(source: ID("s0"), claims: [killed("s0", 0, 12, by: "Agency", on: 14)], events: []),
            Extraction(source: ID("s1"), claims: [killed("s1", 0, 27, by: "Agency", on: 16, atLeast: true)], events: []),
            Extraction(source: ID("s2"), claims: [killed("s2", 0, 41, by: "Ministry", on: 19)], events: []),
            Extraction(source: ID("s3"), claims: [killed("s3", 0, 41, by: "Ministry", on: 19), stated], events: []),
        ]
        return Reconciler(config: SyntheticCorpus.config).reconcile(sources: sources, extractions: extractions)
    }

    @Test func aStatedRatioIsComputedFromThePartiesFigures() throws {
        let analysis = Self.corpus()
        let check = try #require(analysis.ratioChecks.first)
        let byID = Dictionary(uniqueKeysWithValues: analysis.propositions.map { ($0.id, $0) })
        #expect(check.numerator.flatMap { byID[$0] }?.consensus.low == 41)
        #expect(check.denominator.flatMap { byID[$0] }?.consensus.low == 12, "the agency's first figure, not its latest")
        #expect(abs((check.computed ?? 0) - 41.0 / 12.0) < 1e-9)
        #expect(check.verdict == .loosely)
    }

    @Test func aRatioIsNotAFigureOfItsOwn() {
        #expect(!Self.corpus().propositions.contains { $0.measure == "ratio" })
    }

    @Test func aRatioWithoutTheFiguresItComparesIsUnchecked() throws {
        var analysis = Self.corpus()
        analysis.ratioChecks = RatioChecker(sources: Dictionary(uniqueKeysWithValues: analysis.sources.map { ($0.id, $0) }),
                                            propositions: [], claims: analysis.claims).checks(analysis.claims.filter { $0.compares != nil })
        #expect(analysis.ratioChecks.map(\.verdict) == [.unchecked])
    }

    @Test(arguments: [
        (Quantity(low: 3, high: 3), 3.42, RatioCheck.Verdict.loosely),
        (Quantity(low: 3, high: 3), 3.05, .fits),
        (Quantity(low: 2, high: 2, qualifier: .approx), 1.85, .fits),
        (Quantity(low: 2, high: nil, qualifier: .atLeast), 2.26, .fits),
        (Quantity(low: 2, high: nil, qualifier: .atLeast), 1.9, .loosely),
        (Quantity(low: 3, high: 3), 1.5, .doesNotFit),
        (Quantity(low: 0.5, high: 0.5), 0.45, .loosely),
        (Quantity(low: 4, high: 4), 9, .doesNotFit),
        // "less than half"
        (Quantity(low: nil, high: 0.5, highInclusive: false, qualifier: .upTo), 0.45, .fits),
        (Quantity(low: nil, high: 0.5, highInclusive: false, qualifier: .upTo), 0.52, .loosely),
        (Quantity(low: nil, high: 0.5, highInclusive: false, qualifier: .upTo), 0.1, .doesNotFit),
    ])
    func verdictsFollowThePrecisionOfTheStatedRatio(_ stated: Quantity, _ computed: Double, _ verdict: RatioCheck.Verdict) {
        #expect(RatioChecker.verdict(stated: stated, computed: computed) == verdict)
    }

    @Test func aSilentPartysCountIsOutdatedByTheLaterConsensus() {
        let analysis = Self.corpus()
        let agencyLatest = analysis.propositions.first { $0.speaker?.key == "agency" && $0.consensus.low == 27 }
        let ministry = analysis.propositions.first { $0.speaker?.key == "ministry" }
        #expect(agencyLatest?.status == .outdated)
        #expect(agencyLatest?.supersededBy == ministry?.id)
        #expect(ministry?.status != .outdated)
    }

    @Test func aPartyStillGivingItsOwnCountIsNotOutdatedByAnother() {
        let sources = (0..<3).map { Fixtures.source("s\($0)", outlet: "O\($0)", published: Self.day(14 + 3 * $0), paragraphs: ["Text \($0)."]) }
        let extractions = [
            Extraction(source: ID("s0"), claims: [Self.killed("s0", 0, 27, by: "Agency", on: 14)], events: []),
            Extraction(source: ID("s1"), claims: [Self.killed("s1", 0, 41, by: "Ministry", on: 17)], events: []),
            Extraction(source: ID("s2"), claims: [Self.killed("s2", 0, 41, by: "Ministry", on: 20), Self.killed("s2", 1, 35, by: "Agency", on: 20)], events: []),
        ]
        let analysis = Reconciler(config: SyntheticCorpus.config).reconcile(sources: sources, extractions: extractions)
        let agencyFirst = analysis.propositions.first { $0.speaker?.key == "agency" && $0.consensus.low == 27 }
        #expect(agencyFirst?.supersededBy == analysis.propositions.first { $0.speaker?.key == "agency" && $0.consensus.low == 35 }?.id)
    }

    @Test func aPartyNamingNoPlaceDisputesAnotherPartysPlacedFigure() throws {
        let sources = (0..<2).map { Fixtures.source("s\($0)", outlet: "O\($0)", published: Self.day(23), paragraphs: ["Text \($0)."]) }
        var charity = Fixtures.claim("s1", 0, measure: "fighters", value: Quantity(low: 60, high: nil, lowInclusive: false, qualifier: .atLeast), speaker: "Charity")
        charity.eventDate = Self.day(23)
        let extractions = [
            Extraction(source: ID("s0"), claims: [Self.killed("s0", 0, 41, by: "Ministry", on: 23)], events: []),
            Extraction(source: ID("s1"), claims: [charity], events: []),
        ]
        let analysis = Reconciler(config: SyntheticCorpus.config).reconcile(sources: sources, extractions: extractions)
        let dispute = try #require(analysis.disputes.first)
        #expect(Set(dispute.sides) == Set(analysis.propositions.map(\.id)))
        #expect(!analysis.propositions.contains { $0.status == .conflicting })
    }
}
