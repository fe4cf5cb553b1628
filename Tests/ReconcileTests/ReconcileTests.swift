import Model
import TestSupport
import Testing
@testable import Reconcile

/// A synthetic corpus: three wire copies of one story (one with planted drift), a translation of it,
/// an older article with an earlier estimate, and an unrelated story.
struct SyntheticCorpus {
    static let march = EventDate(year: 2024, month: 3, day: 4)
    static let wire = [
        "PORT CITY: The rebel group still has between 800 and 900 fighters in the northern hills, a senior army officer told reporters on Sunday.",
        "Colonel Amara Diallo said the group had lost its ability to attract new recruits and was running short of weapons and money.",
        "Rebel cells operate in Norland's remote forest areas, using the porous border to escape attacks while trying to regroup, the report said.",
        "The report estimated the group's cash reserves at $10 million to $20 million and said it had turned to kidnapping for ransom.",
        "It said the group still runs cells of 20 to 40 fighters across the region and keeps up guerrilla raids against villages.",
    ]

    static func copy(_ id: String, outlet: String, edits: [Int: String] = [:]) -> Source {
        var paragraphs = wire
        for (index, text) in edits { paragraphs[index] = text }
        return Fixtures.source(id, outlet: outlet, published: march, paragraphs: paragraphs)
    }

    static let sources: [Source] = [
        copy("a", outlet: "Daily One"),
        copy("b", outlet: "Herald"),
        copy("c", outlet: "Courier", edits: [
            2: "Rebel cells operate in Southland's remote forest areas, using the porous border to escape attacks while trying to regroup, the report said.",
            3: "The report estimated the group's cash reserves at $20 million and said it had turned to kidnapping for ransom.",
            4: "It said the group still runs cells of up to 40 fighters across the region and keeps up guerrilla raids against villages.",
        ]),
        Fixtures.source("d", outlet: "Le Monde Traduit", published: march, paragraphs: [
            "According to an army officer quoted by the Daily One, the rebellion counts from 800 to 900 combatants in the hills of the north.",
            "Its war chest would amount to 10 to 20 million dollars according to the report, which mentions kidnappings.",
        ]),
        Fixtures.source("e", outlet: "Old Times", published: EventDate(year: 2019, month: 6, day: 1), paragraphs: [
            "Analysts estimated in 2019 that the group had some 3,000 fighters in the hills.",
        ]),
        Fixtures.source("f", outlet: "Sports Daily", published: march, paragraphs: [
            "The home team won the cup final on Saturday after a penalty shoot-out watched by 40,000 fans.",
        ]),
    ]

    static func claims() -> [Extraction] {
        let officer = "Amara Diallo"
        func fighters(_ s: String, _ n: Int, low: Double?, high: Double, q: Quantity.Qualifier = .exact) -> Claim {
            Fixtures.claim(s, 0, n, measure: "fighters", value: Quantity(low: low, high: high, qualifier: q),
                           term: "fighters", scope: ["Norland"], speaker: officer)
        }
        func reserves(_ s: String, sentence: Int, low: Double, high: Double) -> Claim {
            Fixtures.claim(s, sentence, measure: "cash-reserves", value: Quantity(low: low, high: high, unit: "USD"),
                           text: low == high ? "$\(Int(high / 1e6)) million" : "$\(Int(low / 1e6)) million to $\(Int(high / 1e6)) million",
                           scope: ["Norland"], speaker: "UN report", topic: "finances")
        }
        func cells(_ s: String, low: Double?, high: Double, q: Quantity.Qualifier = .exact) -> Claim {
            Fixtures.claim(s, 4, measure: "cell-size", value: Quantity(low: low, high: high, qualifier: q),
                           text: low == nil ? "up to 40" : "20 to 40", scope: ["Norland"], speaker: "UN report")
        }
        var result: [Extraction] = []
        for s in ["a", "b"] {
            result.append(Extraction(source: ID(s), claims: [fighters(s, 0, low: 800, high: 900),
                                                              reserves(s, sentence: 3, low: 10e6, high: 20e6),
                                                              cells(s, low: 20, high: 40)],
                                     events: [Event(source: ID(s), sentence: 0, date: EventDate(year: 2024, month: 3, day: 3, inferred: true),
                                                    dateText: "on Sunday", summary: wire[0])]))
        }
        result.append(Extraction(source: ID("c"), claims: [fighters("c", 0, low: 800, high: 900),
                                                          reserves("c", sentence: 3, low: 20e6, high: 20e6),
                                                          cells("c", low: nil, high: 40, q: .upTo)],
                                 events: [Event(source: ID("c"), sentence: 0, date: EventDate(year: 2024, month: 3, day: 3, inferred: true),
                                                dateText: "on Sunday", summary: wire[0])]))
        result.append(Extraction(source: ID("d"), claims: [
            fighters("d", 0, low: 800, high: 900),
            Fixtures.claim("d", 1, measure: "cash-reserves", value: Quantity(low: 10e6, high: 20e6, unit: "USD"),
                           scope: ["Norland"], speaker: "UN report", topic: "finances"),
            Fixtures.claim("d", 1, 1, measure: "cell-size", value: Quantity(low: 20, high: 40), scope: ["Norland"], speaker: "UN report"),
        ], events: [Event(source: ID("d"), sentence: 0, date: EventDate(year: 2024, month: 3, day: 3, inferred: true),
                          dateText: "Sunday", summary: "The officer spoke to reporters.")]))
        result.append(Extraction(source: ID("e"), claims: [
            Fixtures.claim("e", 0, measure: "fighters", value: Quantity(low: 3000, high: 3000, qualifier: .approx),
                           scope: ["Norland"], speaker: "Analysts", date: EventDate(year: 2019)),
        ], events: [Event(source: ID("e"), sentence: 0, date: EventDate(year: 2019), dateText: "in 2019", summary: "Analysts estimated the group's size.")]))
        result.append(Extraction(source: ID("f"), claims: [], events: [
            Event(source: ID("f"), sentence: 0, date: EventDate(year: 2024, month: 3, day: 2, inferred: true), dateText: "on Saturday",
                  summary: "The home team won the cup final on Saturday."),
        ]))
        return result
    }

    static var config: Config {
        Config(topics: [Config.Topic(id: "fighters", title: "Fighters", measures: ["fighters", "cell-size"]),
                        Config.Topic(id: "finances", title: "Finances", measures: ["cash-reserves"])],
               measures: [Config.Measure(id: "fighters", label: "fighters", terms: ["fighters", "combatants"]),
                          Config.Measure(id: "cell-size", label: "size of cells"),
                          Config.Measure(id: "cash-reserves", label: "cash reserves", unit: "money")],
               places: [Config.Place(name: "Norland"), Config.Place(name: "Southland")])
    }

    static func analysis() -> Analysis {
        Reconciler(config: config).reconcile(sources: sources, extractions: claims())
    }
}

@Suite struct FamilyTests {
    @Test func wireCopiesAndTheTranslationAreOneOrigin() {
        let families = SyntheticCorpus.analysis().families
        let story = families.first { $0.sources.contains(ID("a")) }!
        #expect(Set(story.sources) == [ID("a"), ID("b"), ID("c"), ID("d")])
        #expect(story.evidence.contains { $0.contains("of the same figures and dates") })
        #expect(story.evidence.contains { $0.contains("five-word sequences") })
    }

    @Test func sharedFiguresAloneDoNotMakeAFamily() {
        // The same translation without its credit line: an independent report of the same figures.
        var sources = SyntheticCorpus.sources
        let index = sources.firstIndex { $0.id == ID("d") }!
        sources[index] = Fixtures.source("d", outlet: "Le Monde Traduit", published: sources[index].metadata.published, paragraphs: [
            "According to an army officer, the rebellion counts from 800 to 900 combatants in the hills of the north.",
            "Its war chest would amount to 10 to 20 million dollars according to the report, which mentions kidnappings.",
        ])
        let families = Reconciler(config: SyntheticCorpus.config).reconcile(sources: sources, extractions: SyntheticCorpus.claims()).families
        #expect(families.first { $0.sources.contains(ID("d")) }!.sources == [ID("d")])
    }

    @Test func unrelatedAndOlderStoriesStandAlone() {
        let families = SyntheticCorpus.analysis().families
        #expect(families.first { $0.sources.contains(ID("e")) }!.sources == [ID("e")])
        #expect(families.first { $0.sources.contains(ID("f")) }!.sources == [ID("f")])
        #expect(families.count == 3)
    }

    @Test func containmentFindsACopyInsideALongerPage() {
        let base = SyntheticCorpus.wire
        let long = Fixtures.source("long", paragraphs: base + (1...30).map { "Unrelated sentence number \($0) about the weather in a distant town today." })
        let short = Fixtures.source("short", paragraphs: Array(base.prefix(3)))
        let families = Reconciler(config: SyntheticCorpus.config).reconcile(
            sources: [long, short], extractions: []).families
        #expect(families.count == 1)
    }
}

@Suite struct PropositionTests {
    @Test func oneSpeakersEstimateAcrossOutletsIsOneOrigin() {
        let analysis = SyntheticCorpus.analysis()
        let current = analysis.propositions.first { $0.measure == "fighters" && $0.asOf?.year == 2024 }!
        #expect(current.members.count == 4)
        #expect(current.outlets.count == 4)
        #expect(current.origins == 1)
        // Copies of one story that agree add no independent support: one origin, not agreement.
        #expect(current.status == .singleOrigin)
    }

    @Test func anOlderEstimateIsOutdatedNotConflicting() {
        let analysis = SyntheticCorpus.analysis()
        let old = analysis.propositions.first { $0.measure == "fighters" && $0.asOf?.year == 2019 }!
        let current = analysis.propositions.first { $0.measure == "fighters" && $0.asOf?.year == 2024 }!
        #expect(old.status == .outdated)
        #expect(old.supersededBy == current.id)
        #expect(current.status != .conflicting)
    }

    @Test func overlappingTellingsAreConsistent() {
        let analysis = SyntheticCorpus.analysis()
        let reserves = analysis.propositions.first { $0.measure == "cash-reserves" }!
        #expect(reserves.status == .consistent)
        // Two of three sources give the full range; the truncated telling does not narrow the consensus.
        #expect(reserves.consensus.low == 10e6 && reserves.consensus.high == 20e6)
    }

    @Test(arguments: [
        ([Quantity(low: 400, high: 500), Quantity(low: 400, high: 500)], Proposition.Status.agree),
        ([Quantity(low: nil, high: 500, qualifier: .upTo), Quantity(low: 400, high: 500)], .consistent),
        ([Quantity(low: 400, high: 500), Quantity(low: 480, high: 600)], .consistent),
        ([Quantity(low: 400, high: 500), Quantity(low: 5000, high: 7000)], .conflicting),
        ([Quantity(low: 1000, high: 1000), Quantity(low: 1050, high: 1050)], .consistent),
        // A strict bound is a claim about the side: "more than 150,000" contradicts an exact 149,870 and "nearly 150,000".
        ([Quantity(low: 150_000, high: nil, lowInclusive: false, qualifier: .atLeast), Quantity(low: 149_870, high: 149_870)], .conflicting),
        ([Quantity(low: 150_000, high: nil, lowInclusive: false, qualifier: .atLeast),
          Quantity(low: nil, high: 150_000, highInclusive: false, qualifier: .upTo)], .conflicting),
        ([Quantity(low: 150_000, high: nil, lowInclusive: false, qualifier: .atLeast), Quantity(low: 151_200, high: 151_200)], .consistent),
    ])
    func statusFollowsIntervalLogic(_ values: [Quantity], _ expected: Proposition.Status) {
        let sources = values.indices.map { Fixtures.source("s\($0)", outlet: "Outlet \($0)", published: EventDate(year: 2024, month: 1, day: 1), paragraphs: ["Sentence \($0) here."]) }
        let extractions = values.enumerated().map { index, value in
            Extraction(source: ID("s\(index)"), claims: [Fixtures.claim("s\(index)", 0, measure: "fighters", value: value, scope: ["Norland"], speaker: "Officer")], events: [])
        }
        let analysis = Reconciler(config: SyntheticCorpus.config).reconcile(sources: sources, extractions: extractions)
        #expect(analysis.propositions.count == 1)
        #expect(analysis.propositions.first?.status == expected)
    }

    @Test func catchAllCountsOfDifferentNounsStayApart() {
        var config = SyntheticCorpus.config
        config.measures.append(Config.Measure(id: "people", label: "people (other counts)", terms: ["protesters", "displaced"], catchAll: true))
        let sources = (0..<2).map { Fixtures.source("s\($0)", outlet: "O\($0)", published: EventDate(year: 2024, month: 1, day: 1), paragraphs: ["Text \($0)."]) }
        let extractions = [
            Extraction(source: ID("s0"), claims: [Fixtures.claim("s0", 0, measure: "people", value: Quantity(low: 3000, high: 5000), term: "protesters", scope: ["Norland"], speaker: "Police", topic: "")], events: []),
            Extraction(source: ID("s1"), claims: [Fixtures.claim("s1", 0, measure: "people", value: Quantity(low: 500_000, high: 500_000), term: "displaced", scope: ["Norland"], speaker: "Aid agencies", topic: "")], events: []),
        ]
        let analysis = Reconciler(config: config).reconcile(sources: sources, extractions: extractions)
        #expect(analysis.propositions.count == 2)
        #expect(!analysis.propositions.contains { $0.status == .conflicting || $0.status == .outdated })
        #expect(analysis.disputes.isEmpty)
    }

    @Test(arguments: [(EventDate(year: 1970, month: 1, day: 1), 0), (EventDate(year: 2023, month: 3, day: 13), 19_429),
                      (EventDate(year: 2000, month: 2, day: 29), 11_016), (EventDate(year: 1969, month: 12, day: 31), -1)])
    func dayNumbersCountFromTheEpoch(_ date: EventDate, _ expected: Int) {
        #expect(date.dayNumber == expected)
    }

    @Test func aLaterTollUpdatesAnEarlierOneInsteadOfConflicting() {
        let sources = [
            Fixtures.source("s0", outlet: "O0", published: EventDate(year: 2024, month: 5, day: 4), paragraphs: ["Text."]),
            Fixtures.source("s1", outlet: "O1", published: EventDate(year: 2024, month: 5, day: 10), paragraphs: ["Text."]),
        ]
        let extractions = [
            Extraction(source: ID("s0"), claims: [Fixtures.claim("s0", 0, measure: "fighters", value: Quantity(low: 45, high: 45), scope: ["Norland"], speaker: "Agency")], events: []),
            Extraction(source: ID("s1"), claims: [Fixtures.claim("s1", 0, measure: "fighters", value: Quantity(low: 61, high: 61), scope: ["Norland"], speaker: "Agency")], events: []),
        ]
        let analysis = Reconciler(config: SyntheticCorpus.config).reconcile(sources: sources, extractions: extractions)
        let early = analysis.propositions.first { $0.asOf?.day == 4 }
        #expect(analysis.propositions.count == 2)
        #expect(early?.status == .outdated)
        #expect(!analysis.propositions.contains { $0.status == .conflicting })
    }

    @Test func oneSourcesRisingTollIsATrendOfSeparateMoments() {
        // One outlet, one party: 12 on Tuesday, 27 on Thursday, 41 on Sunday.
        let sources = [Fixtures.source("s0", outlet: "O0", published: EventDate(year: 2024, month: 5, day: 19), paragraphs: ["Text."])]
        let claims = [(12.0, 14), (27.0, 16), (41.0, 19)].enumerated().map { n, v in
            var c = Fixtures.claim("s0", n, measure: "fighters", value: Quantity(low: v.0, high: v.0), scope: ["Norland"], speaker: "Agency")
            c.eventDate = EventDate(year: 2024, month: 5, day: v.1)
            return c
        }
        let analysis = Reconciler(config: SyntheticCorpus.config).reconcile(sources: sources, extractions: [Extraction(source: ID("s0"), claims: claims, events: [])])
        #expect(analysis.propositions.count == 3)
        #expect(analysis.propositions.filter { $0.status == .outdated }.count == 2)
        #expect(!analysis.propositions.contains { $0.status == .conflicting })
    }

    @Test func anotherPartysLaterFigureDaysOnDoesNotOutdateOrConflict() {
        let sources = [
            Fixtures.source("s0", outlet: "O0", published: EventDate(year: 2024, month: 5, day: 4), paragraphs: ["Text."]),
            Fixtures.source("s1", outlet: "O1", published: EventDate(year: 2024, month: 5, day: 10), paragraphs: ["Text."]),
        ]
        let extractions = [
            Extraction(source: ID("s0"), claims: [Fixtures.claim("s0", 0, measure: "fighters", value: Quantity(low: 45, high: nil, qualifier: .atLeast), scope: ["Norland"], speaker: "Agency")], events: []),
            Extraction(source: ID("s1"), claims: [Fixtures.claim("s1", 0, measure: "fighters", value: Quantity(low: 61, high: 61), scope: ["Norland"], speaker: "Aid groups")], events: []),
        ]
        let analysis = Reconciler(config: SyntheticCorpus.config).reconcile(sources: sources, extractions: extractions)
        #expect(!analysis.propositions.contains { $0.status == .conflicting || $0.status == .outdated })
    }

    @Test func twoPartiesDisjointFiguresOfOneMomentAreADispute() throws {
        let sources = (0..<2).map { Fixtures.source("s\($0)", outlet: "O\($0)", published: EventDate(year: 2024, month: 5, day: 4 + $0), paragraphs: ["Text."]) }
        let extractions = [
            Extraction(source: ID("s0"), claims: [Fixtures.claim("s0", 0, measure: "fighters", value: Quantity(low: 45, high: 45), scope: ["Norland"], speaker: "Agency")], events: []),
            Extraction(source: ID("s1"), claims: [Fixtures.claim("s1", 0, measure: "fighters", value: Quantity(low: 200, high: 200), scope: ["Norland"], speaker: "Aid groups")], events: []),
        ]
        let analysis = Reconciler(config: SyntheticCorpus.config).reconcile(sources: sources, extractions: extractions)
        #expect(!analysis.propositions.contains { $0.status == .conflicting })
        let dispute = try #require(analysis.disputes.first)
        #expect(analysis.disputes.count == 1)
        #expect(Set(dispute.sides) == Set(analysis.propositions.map(\.id)))
        #expect(abs(dispute.ratio - 200.0 / 45.0) < 1e-9)
        #expect(analysis.propositions.allSatisfy { $0.dispute == dispute.id })
    }

    @Test func anOutletMisquotingOnePartysFigureConflicts() {
        let sources = (0..<3).map { Fixtures.source("s\($0)", outlet: "O\($0)", published: EventDate(year: 2024, month: 5, day: 20), paragraphs: ["Text \($0)."]) }
        let extractions = [41.0, 41, 14].enumerated().map { n, v in
            Extraction(source: ID("s\(n)"), claims: [Fixtures.claim("s\(n)", 0, measure: "fighters", value: Quantity(low: v, high: v), scope: ["Norland"], speaker: "Ministry")], events: [])
        }
        let analysis = Reconciler(config: SyntheticCorpus.config).reconcile(sources: sources, extractions: extractions)
        #expect(analysis.propositions.map(\.status) == [.conflicting])
        #expect(analysis.disputes.isEmpty)
    }

    @Test func aVagueAmountConflictsWithNothing() {
        let sources = (0..<2).map { Fixtures.source("s\($0)", outlet: "O\($0)", published: EventDate(year: 2024, month: 1, day: 1), paragraphs: ["Text \($0)."]) }
        let extractions = [
            Extraction(source: ID("s0"), claims: [Fixtures.claim("s0", 0, measure: "fighters", value: Quantity(low: 2000, high: 9999, qualifier: .vague), scope: ["Norland"], speaker: "Analyst A")], events: []),
            Extraction(source: ID("s1"), claims: [Fixtures.claim("s1", 0, measure: "fighters", value: Quantity(low: nil, high: 500, qualifier: .upTo), scope: ["Norland"], speaker: "Analyst B")], events: []),
        ]
        let analysis = Reconciler(config: SyntheticCorpus.config).reconcile(sources: sources, extractions: extractions)
        #expect(!analysis.propositions.contains { $0.status == .conflicting })
    }

    @Test func differentPartiesDisjointSameYearAreDisputedNotConflicting() {
        let sources = (0..<2).map { Fixtures.source("s\($0)", outlet: "O\($0)", published: EventDate(year: 2024, month: 1, day: 1), paragraphs: ["Text \($0)."]) }
        let extractions = [
            Extraction(source: ID("s0"), claims: [Fixtures.claim("s0", 0, measure: "fighters", value: Quantity(low: 7000, high: 7000), scope: ["Norland"], speaker: "Analyst A")], events: []),
            Extraction(source: ID("s1"), claims: [Fixtures.claim("s1", 0, measure: "fighters", value: Quantity(low: 10000, high: 10000), scope: ["Norland"], speaker: "Analyst B")], events: []),
        ]
        let analysis = Reconciler(config: SyntheticCorpus.config).reconcile(sources: sources, extractions: extractions)
        #expect(analysis.propositions.map(\.status) == [.singleOrigin, .singleOrigin])
        #expect(analysis.disputes.count == 1)
    }

    @Test func amountsInTwoCurrenciesAreNeverOneProposition() {
        let sources = (0..<2).map { Fixtures.source("s\($0)", outlet: "O\($0)", published: EventDate(year: 2024, month: 1, day: 1), paragraphs: ["Text \($0)."]) }
        let extractions = [("EUR", 2e9), ("USD", 2.2e9)].enumerated().map { n, v in
            Extraction(source: ID("s\(n)"), claims: [Fixtures.claim("s\(n)", 0, measure: "fighters", value: Quantity(low: v.1, high: v.1, unit: v.0), scope: ["Norland"], speaker: "Regulator")], events: [])
        }
        let analysis = Reconciler(config: SyntheticCorpus.config).reconcile(sources: sources, extractions: extractions)
        #expect(analysis.propositions.count == 2)
        #expect(!analysis.propositions.contains { $0.status == .conflicting })
        #expect(analysis.disputes.isEmpty)
    }
}

@Suite struct DriftTests {
    @Test func rangeCutToOneEndIsFlaggedNamingTheOutlet() {
        let drift = SyntheticCorpus.analysis().drift.filter { $0.kind == .rangeTruncated }
        #expect(drift.count == 1)
        #expect(drift.first?.deviatingOutlets == ["Courier"])
        #expect(drift.first?.deviation == "$20 million")
    }

    @Test func rangeTurnedIntoABoundIsFlagged() {
        let drift = SyntheticCorpus.analysis().drift.filter { $0.kind == .boundChanged }
        #expect(drift.count == 1)
        #expect(drift.first?.deviatingOutlets == ["Courier"])
    }

    @Test func changedPlaceNameInMatchingTextIsFlagged() {
        let drift = SyntheticCorpus.analysis().drift.filter { $0.kind == .entityChanged }
        #expect(drift.count == 1)
        #expect(drift.first?.deviation == "Southland")
        #expect(drift.first?.majority == "Norland")
        #expect(drift.first?.deviatingOutlets == ["Courier"])
    }

    @Test(arguments: [
        ("Thousands marched from Castle Square to the parliament.", ["Castle Square"]),
        ("The Castle Square rally drew 9,000 people.", ["Castle Square"]),
        ("Patients were moved to Kelbrook General Hospital in Norland.", ["Kelbrook General Hospital", "Norland"]),
        // Capitalised words that name no place, and a lower-case place noun.
        ("The People's Reform Party said the square was full.", []),
        ("On Monday the Vantor Group appealed.", []),
    ])
    func localPlaceNamesAreFoundWithoutAGazetteer(_ sentence: String, _ names: [String]) {
        let finder = DriftFinder(sources: [:], claims: [:], config: SyntheticCorpus.config)
        #expect(finder.places(in: sentence) == Set(names), "\(sentence)")
    }

    @Test func agreeingCopiesHaveNoDrift() {
        let analysis = SyntheticCorpus.analysis()
        let fighters = analysis.propositions.first { $0.measure == "fighters" && $0.asOf?.year == 2024 }!
        #expect(!analysis.drift.contains { $0.proposition == fighters.id })
    }
}

@Suite struct TimelineTests {
    @Test func sameEventFromManySourcesIsOneEntry() {
        let timeline = SyntheticCorpus.analysis().timeline
        let sunday = timeline.filter { $0.date.iso == "2024-03-03" }
        // The three wire copies and the translation's differently worded report of the same day are one event.
        #expect(sunday.count == 1)
        #expect(sunday.first?.citations.count == 4)
    }

    @Test func differentEventsOnOneDayStayApart() {
        let timeline = SyntheticCorpus.analysis().timeline
        #expect(timeline.contains { $0.date.iso == "2024-03-02" && $0.citations.map(\.source) == [ID("f")] })
    }

    @Test func entriesRunInDateOrder() {
        let dates = SyntheticCorpus.analysis().timeline.map(\.date)
        #expect(dates == dates.sorted())
        #expect(dates.first?.iso == "2019")
    }
}

@Suite struct PartyAndTopicTests {
    static func organization(_ key: String, _ name: String) -> Speaker { Speaker(key: key, name: name, kind: .organization) }

    @Test func aPartyNamedInFullAndByItsHeadNounIsOneParty() {
        var full = Fixtures.claim("s0", 0, measure: "fighters", value: Quantity(low: 12000, high: 12000), scope: ["Norland"])
        full.attribution = Self.organization("ldwu", "Lorvenian Dock Workers Union")
        var short = Fixtures.claim("s1", 0, measure: "fighters", value: Quantity(low: 12000, high: 12000), scope: ["Norland"])
        short.attribution = Speaker(key: "union", name: "the union", kind: .person)
        var other = Fixtures.claim("s2", 0, measure: "fighters", value: Quantity(low: 4500, high: 4500), scope: ["Norland"])
        other.attribution = Self.organization("mpa", "Marrowport Port Authority")
        let aligned = Grouping.alignSpeakers([full, short, other])
        #expect(aligned.map { $0.attribution?.key } == ["ldwu", "ldwu", "mpa"])
    }

    @Test func threeWordsThatEndOneNameAreThatParty() {
        var full = Fixtures.claim("s0", 0, measure: "injured", value: Quantity(low: 200, high: 200))
        full.attribution = Self.organization("ncpa", "National Civil Protection Agency")
        var short = Fixtures.claim("s1", 0, measure: "injured", value: Quantity(low: 300, high: 300))
        short.attribution = Self.organization("civil-protection-agency", "the civil protection agency")
        var wire = Fixtures.claim("s2", 0, measure: "injured", value: Quantity(low: 300, high: 300))
        wire.attribution = Self.organization("cna", "Continental News Agency")
        // "the agency" ends two names and stays as it is.
        var bare = Fixtures.claim("s3", 0, measure: "injured", value: Quantity(low: 300, high: 300))
        bare.attribution = Self.organization("agency", "the agency")
        let aligned = Grouping.alignSpeakers([full, short, wire, bare])
        #expect(aligned.map { $0.attribution?.key } == ["ncpa", "ncpa", "cna", "agency"])
    }

    @Test func oneOrganisationWrittenTwoWaysIsOneParty() {
        var a = Fixtures.claim("s0", 0, measure: "fighters", value: Quantity(low: 41, high: 41))
        a.attribution = Self.organization("interior-ministry", "the interior ministry")
        var b = Fixtures.claim("s1", 0, measure: "fighters", value: Quantity(low: 41, high: 41))
        b.attribution = Self.organization("mi", "Ministry of the Interior")
        let aligned = Grouping.alignSpeakers([a, b])
        #expect(Set(aligned.compactMap { $0.attribution?.key }).count == 1)
        #expect(aligned.first?.attribution?.name == "Ministry of the Interior")
    }

    @Test func aCompoundWrittenOpenOrClosedIsOneParty() {
        var a = Fixtures.claim("s0", 0, measure: "killed", value: Quantity(low: 31, high: 31))
        a.attribution = Self.organization("velmoran-coast-guard", "the Velmoran coast guard")
        var b = Fixtures.claim("s1", 0, measure: "killed", value: Quantity(low: 31, high: 31))
        b.attribution = Self.organization("velmoran-coastguard", "the Velmoran coastguard")
        var c = Fixtures.claim("s2", 0, measure: "killed", value: Quantity(low: 47, high: 47))
        c.attribution = Speaker(key: "guard", name: "Coast Guard", kind: .person)
        let aligned = Grouping.alignSpeakers([a, b, c])
        #expect(Set(aligned.compactMap { $0.attribution?.key }).count == 1, "\(aligned.map { $0.attribution?.key ?? "nil" })")
    }

    /// The keys `alignSpeakers` gives claims spoken by these parties, in order.
    static func alignedKeys(_ speakers: [Speaker]) -> [String?] {
        let claims = speakers.enumerated().map { n, speaker in
            var c = Fixtures.claim("s\(n)", 0, measure: "record", value: Quantity(low: 1, high: 1))
            c.attribution = speaker
            return c
        }
        return Grouping.alignSpeakers(claims).map { $0.attribution?.key }
    }

    @Test func aNameThatBeginsOneOrganisationsNameIsThatOrganisation() {
        let group = Self.organization("ltg", "Larkspur Travel Group")
        let short = Speaker(key: "larkspur", name: "Larkspur", kind: .person)
        #expect(Self.alignedKeys([group, short, Speaker(key: "travel", name: "Larkspur Travel", kind: .person)]) == ["ltg", "ltg", "ltg"])
        // Two organisations that begin alike leave the shorter name as it is.
        #expect(Self.alignedKeys([group, short, Self.organization("lh", "Larkspur Holdings")]) == ["ltg", "larkspur", "lh"])
    }

    @Test func aNameJoinedByItsWordsFollowsThatNamesOwnParty() {
        // "Coast Guard" is "the coast guard" by its words, and that is "the Velmoran coast guard" by its ending.
        let keys = Self.alignedKeys([Self.organization("velmoran-coast-guard", "The Velmoran coast guard"),
                                     Self.organization("coast-guard", "The coast guard"), Self.organization("cg", "Coast Guard")])
        #expect(keys == ["velmoran-coast-guard", "velmoran-coast-guard", "velmoran-coast-guard"])
    }

    @Test func aHeadNounShortOfTwoPartiesStaysAsItIs() {
        var a = Fixtures.claim("s0", 0, measure: "fighters", value: Quantity(low: 1, high: 1))
        a.attribution = Self.organization("nu", "Nurses Union")
        var b = Fixtures.claim("s1", 0, measure: "fighters", value: Quantity(low: 2, high: 2))
        b.attribution = Self.organization("tu", "Teachers Union")
        var c = Fixtures.claim("s2", 0, measure: "fighters", value: Quantity(low: 3, high: 3))
        c.attribution = Self.organization("union", "the union")
        #expect(Grouping.alignSpeakers([a, b, c]).map { $0.attribution?.key } == ["nu", "tu", "union"])
    }

    @Test func measuresWithFindingsGetGeneratedTopicsAndEmptyConfiguredOnesAreLeftOut() {
        var config = SyntheticCorpus.config
        config.topics.append(Config.Topic(id: "casualties", title: "Casualties", measures: ["killed"]))
        let sources = (0..<2).map { Fixtures.source("s\($0)", outlet: "O\($0)", published: EventDate(year: 2024, month: 1, day: 1), paragraphs: ["Text \($0)."]) }
        let extractions = (0..<2).map { n in
            Extraction(source: ID("s\(n)"), claims: [Fixtures.claim("s\(n)", 0, measure: "home", value: Quantity(low: 3500, high: 3500),
                                                                      term: "homes", scope: ["Norland"], speaker: "Fire service", topic: "")], events: [])
        }
        let analysis = Reconciler(config: config).reconcile(sources: sources, extractions: extractions)
        #expect(!analysis.topics.contains { $0.id == "casualties" })
        let homes = analysis.topics.first { $0.measures == ["home"] }
        #expect(homes?.title == "Homes")
        #expect(analysis.propositions.allSatisfy { $0.topic == homes?.id })
        #expect(analysis.claims.allSatisfy { $0.topic == homes?.id })
    }
}

@Suite struct HolderGroupingTests {
    @Test func differentHoldersFiguresNeverConflict() {
        let sources = (0..<2).map { Fixtures.source("s\($0)", outlet: "O\($0)", published: EventDate(year: 2025, month: 3, day: 10), paragraphs: ["Text \($0)."]) }
        let extractions = (0..<2).map { n in
            Extraction(source: ID("s\(n)"), claims: [("Dreyer", 47612.0), ("Ashe", 39801.0)].enumerated().map { k, v in
                var c = Fixtures.claim("s\(n)", k, measure: "fighters", value: Quantity(low: v.1, high: v.1), scope: ["Norland"], speaker: "Commission")
                c.holder = v.0
                return c
            }, events: [])
        }
        let analysis = Reconciler(config: SyntheticCorpus.config).reconcile(sources: sources, extractions: extractions)
        #expect(analysis.propositions.count == 2)
        #expect(analysis.propositions.allSatisfy { $0.status == .agree })
        #expect(Set(analysis.propositions.compactMap(\.holder)) == ["Dreyer", "Ashe"])
        #expect(analysis.disputes.isEmpty)
    }
}
