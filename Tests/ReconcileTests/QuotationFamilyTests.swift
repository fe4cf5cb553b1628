import Model
import TestSupport
import Testing
@testable import Reconcile

/// Shared figures and a shared quotation make two texts one story only where copying is the likely reason:
/// neither has its own reporter, both name the same one, or one says it is a translation. Independent
/// reporters quote one statement alike.
struct QuotationFamilyTests {
    static func source(_ id: String, authors: [String], note: String? = nil) -> Source {
        var s = Fixtures.source(id, paragraphs: ["The minister said the deficit would fall to 3.2% of GDP."])
        s.metadata.authors = authors
        if let note { s.blocks.append(Block(role: .boilerplate, text: note, sentences: [])) }
        return s
    }

    @Test(arguments: [
        ([], [], nil as String?, true),                                      // two unsigned rewrites of a wire story
        (["Marta Lindqvist"], ["Marta Lindqvist"], nil, true),               // one reporter's story in two outlets
        (["Jordan Pell"], [], nil, false),                                   // a reporter of its own against a wire copy
        (["Jordan Pell"], ["Ana Ruiz"], nil, false),                         // two reporters at one press conference
        (["Marta Lindqvist"], [], "Translated from the Korvanian edition. Based on reporting by CNA.", true),
        (["Marta Lindqvist"], [], "Editor's note: this article has been updated.", false),
    ])
    func aQuotationJoinsOnlyWhereCopyingIsLikely(_ a: [String], _ b: [String], _ note: String?, _ joins: Bool) {
        let reuse = TextReuse(sources: [], extractions: [:])
        #expect(reuse.mayShareOneQuotation(Self.source("a", authors: a), Self.source("b", authors: b, note: note)) == joins)
    }
}

/// An unnamed telling of a figure joins the party that gives the very same figure, whichever file comes first.
struct UnnamedTellingTests {
    @Test(arguments: [("a", "b"), ("b", "a")])
    func anUnnamedTellingJoinsTheNamedPartyInAnyOrder(_ unnamedID: String, _ namedID: String) {
        let published = EventDate(year: 2024, month: 2, day: 27)
        let unnamed = Fixtures.source(unnamedID, outlet: "Pennant Newswire", published: published,
                                      paragraphs: ["It expects a one-off restructuring charge of between £30m and £35m."])
        let named = Fixtures.source(namedID, outlet: "Northern Examiner", published: published,
                                    paragraphs: ["The company expects a one-off charge of between £30m and £35m."])
        let value = Quantity(low: 30e6, high: 35e6, unit: "GBP")
        let extractions = [
            Extraction(source: ID(unnamedID), claims: [Fixtures.claim(unnamedID, 0, measure: "charge", value: value, term: "charge", date: published)], events: []),
            Extraction(source: ID(namedID), claims: [Fixtures.claim(namedID, 0, measure: "charge", value: value, term: "charge",
                                                                    speaker: "Calloway Mills", date: published)], events: []),
        ]
        let analysis = Reconciler(config: SyntheticCorpus.config).reconcile(sources: [unnamed, named].sorted { $0.id < $1.id },
                                                                             extractions: extractions)
        let charges = analysis.propositions.filter { $0.measure == "charge" }
        #expect(charges.count == 1, "\(charges.map(\.id))")
        #expect(charges.first?.speaker?.name == "Calloway Mills")
    }
}

/// Figures of towns a clause names ("In Port Aubel, police said about 3,000 …") stay apart from the capital's figures
/// told without a place: an unplaced figure of a party that names two towns joins neither, and a town's figure is no
/// dispute with a figure told without a place.
struct LocalPlaceTests {
    static func analysis() -> Analysis {
        let day = EventDate(year: 2025, month: 9, day: 20)
        let a = Fixtures.source("a", outlet: "Lerin Times", published: day, paragraphs: [
            "The organisers said 70,000 people took part. Police said 12,000.",
            "In Port Aubel, police said about 3,000 people had marched, and in Varnholt, police counted 1,800.",
        ])
        func claim(_ sentence: Int, _ n: Int, _ value: Double, _ speaker: String, _ scope: [String]) -> Claim {
            Fixtures.claim("a", sentence, n, measure: "people", value: Quantity(low: value, high: value, unit: "people"),
                           term: "people", scope: scope, speaker: speaker, date: day)
        }
        let claims = [claim(0, 1, 70_000, "the organisers", []), claim(1, 1, 12_000, "police", []),
                      claim(2, 1, 3_000, "police", ["Port Aubel"]), claim(3, 1, 1_800, "police", ["Varnholt"])]
        return Reconciler(config: SyntheticCorpus.config).reconcile(sources: [a], extractions: [Extraction(source: ID("a"), claims: claims, events: [])])
    }

    @Test func anUnplacedFigureOfAPartyWithTwoPlacesJoinsNeither() {
        let people = Self.analysis().propositions.filter { $0.measure == "people" }
        let towns = people.filter { !$0.scope.isEmpty }
        #expect(towns.count == 2)
        #expect(towns.allSatisfy { $0.members.count == 1 }, "\(towns.map { ($0.scope, $0.members) })")
    }

    @Test func aTownsFigureIsNoDisputeWithTheCapitalsInOneArticle() {
        let disputes = Self.analysis().disputes
        #expect(!disputes.contains { d in d.sides.contains { $0.rawValue.contains("port-aubel") || $0.rawValue.contains("varnholt") } },
                "\(disputes.map(\.id))")
    }
}

/// A vague "tens of thousands" fits any firm figure: a later march's firm count is its own moment all the same.
struct VagueMomentTests {
    @Test func aVagueFigureDoesNotHoldTwoFirmFiguresInOneMoment() {
        let first = EventDate(year: 2025, month: 9, day: 20), second = EventDate(year: 2025, month: 9, day: 27)
        let a = Fixtures.source("a", outlet: "Wire", published: first, paragraphs: ["Tens of thousands marched. The organisers said 70,000 took part."])
        let b = Fixtures.source("b", outlet: "Courier", published: second, paragraphs: ["The organisers said 45,000 took part on Saturday."])
        func claim(_ s: String, _ n: Int, _ q: Quantity, _ day: EventDate) -> Claim {
            Fixtures.claim(s, 0, n, measure: "people", value: q, term: "people", speaker: "the organisers", date: day)
        }
        let extractions = [
            Extraction(source: ID("a"), claims: [claim("a", 1, Quantity(low: 10_000, high: 99_999, qualifier: .vague, unit: "people"), first),
                                                 claim("a", 2, Quantity(low: 70_000, high: 70_000, unit: "people"), first)], events: []),
            Extraction(source: ID("b"), claims: [claim("b", 1, Quantity(low: 45_000, high: 45_000, unit: "people"), second)], events: []),
        ]
        let people = Reconciler(config: SyntheticCorpus.config).reconcile(sources: [a, b], extractions: extractions).propositions
            .filter { $0.measure == "people" }
        #expect(!people.contains { $0.status == .conflicting }, "\(people.map { ($0.id, $0.status) })")
        #expect(people.count == 2)
    }
}
