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
