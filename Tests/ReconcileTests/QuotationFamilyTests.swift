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
