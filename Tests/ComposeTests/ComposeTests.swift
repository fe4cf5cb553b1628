import Model
import TestSupport
import Testing
@testable import Compose

@Suite struct SiteURLTests {
    @Test(arguments: [
        ("style.css", "index.html", "style.css"),
        ("style.css", "sources/a.html", "../style.css"),
        ("sources/a.html#s3", "fighters.html", "sources/a.html#s3"),
        ("sources/b.html#s1", "sources/a.html", "../sources/b.html#s1"),
        ("", "sources/index.html", "../"),
        ("", "index.html", "./"),
    ])
    func relativeLinksWorkFromDisk(target: String, page: String, expected: String) {
        #expect(SiteURL(base: nil).href(target, from: page) == expected)
    }

    @Test(arguments: ["/report/", "/report", "report/", "report"])
    func baseURLPrefixesEveryLink(base: String) {
        let urls = SiteURL(base: base)
        #expect(urls.href("sources/a.html#s3", from: "sources/index.html") == "/report/sources/a.html#s3")
        #expect(urls.href("style.css", from: "index.html") == "/report/style.css")
    }
}

@Suite struct EscapingTests {
    @Test(arguments: [
        "[click](javascript:alert(1))",
        "<script>alert(1)</script>",
        "*not emphasis* _nor this_",
        "# not a heading",
        "![img](x.png)",
        "1. not a list",
        "`code`",
    ])
    func articleTextStaysText(_ text: String) {
        let escaped = CommonMark.escaped(text)
        for ch in "[]()<>*_#!`" { #expect(!escaped.contains(where: { $0 == ch }) || escaped.contains("\\\(ch)")) }
    }

    @Test func linkTitlesAreQuotedSafely() {
        let link = CommonMark.link("S1·3", to: "sources/a.html#s3", title: "He said \"no\" \\ twice")
        #expect(link == "[S1·3](<sources/a.html#s3> \"He said \\\"no\\\" \\\\ twice\")")
    }
}

@Suite struct WordingTests {
    @Test(arguments: [
        (Quantity(low: 400, high: 500), "400 to 500"),
        (Quantity(low: nil, high: 500, qualifier: .upTo), "up to 500"),
        (Quantity(low: nil, high: 500, qualifier: .notExceeding), "no more than 500"),
        (Quantity(low: 10000, high: nil, lowInclusive: false, qualifier: .atLeast), "more than 10,000"),
        (Quantity(low: 10000, high: nil, qualifier: .atLeast), "at least 10,000"),
        (Quantity(low: 7000, high: 7000, qualifier: .approx), "about 7,000"),
        (Quantity(low: 2500, high: 3500, qualifier: .approx), "about 2,500 to 3,500"),
        (Quantity(low: 25e6, high: 50e6, unit: "USD"), "$25 million to $50 million"),
        (Quantity(low: 30e6, high: 30e6, unit: "USD", per: "month"), "$30 million a month"),
        (Quantity(low: 4.34e9, high: 4.34e9, unit: "EUR"), "€4.34 billion"),
        (Quantity(low: 12.5, high: 12.5, unit: "percent"), "12.5%"),
    ])
    func quantitiesReadAsEnglish(_ value: Quantity, _ expected: String) {
        #expect(Wording.quantity(value) == expected)
    }

    @Test func outletsAndOriginsAreCountedApart() {
        #expect(Wording.outletsAndOrigins(outlets: 4, origins: 1) == "4 outlets, 1 independent origin")
    }
}

@Suite struct ComposerTests {
    func analysis() -> Analysis {
        let a = Fixtures.source("a", outlet: "Wire", published: EventDate(year: 2023, month: 3, day: 13),
                                paragraphs: ["Officials said up to 500 fighters remain.", "Another *sentence* [x](javascript:y)."])
        let claim = Fixtures.claim("a", 0, measure: "fighters", value: Quantity(low: nil, high: 500, qualifier: .upTo),
                                   text: "up to 500", term: "fighters", scope: ["Iraq"], speaker: "Officials")
        let proposition = Proposition(id: ID("p-1"), topic: "fighters", measure: "fighters", scope: ["Iraq"],
                                      asOf: EventDate(year: 2023, month: 3, day: 13), speaker: claim.attribution,
                                      members: [claim.id], status: .singleOrigin, outlets: ["Wire"], origins: 1,
                                      consensus: claim.value)
        return Analysis(sources: [a], claims: [claim], events: [], families: [], propositions: [proposition],
                        drift: [], timeline: [])
    }

    var config: Config {
        Config(topics: [Config.Topic(id: "fighters", title: "Fighter estimates", measures: ["fighters"]),
                        Config.Topic(id: "timeline", title: "Timeline", kind: .timeline)],
               measures: [Config.Measure(id: "fighters", label: "fighters", terms: ["fighters"])])
    }

    @Test func everyPageKindIsComposed() {
        let paths = Composer(config: config).pages(for: analysis()).map(\.path)
        #expect(paths == ["index.html", "fighters.html", "timeline.html", "sources/index.html", "sources/a.html", "methodology.html",
                          "changes.html", "404.html"])
    }

    @Test func figuresCiteTheirSentence() {
        let page = Composer(config: config).pages(for: analysis()).first { $0.path == "fighters.html" }!
        // Figures pages are verdict cards in template data: each telling cites its sentence.
        let cards = String(describing: page.data["measures"] ?? .bool(false))
        #expect(cards.contains("sources/a.html#s0"))
        #expect(cards.contains("Officials said up to 500 fighters remain."))
        #expect(cards.contains("Single origin"))
    }

    @Test func thePreviousBuildReadFromItsAnalysisEqualsItReadFromItsClaimsFile() {
        var analysis = analysis()
        analysis.sources.append(Fixtures.source("b", paragraphs: ["No title here."]))  // no title: its id stands in
        let json = Export.json(analysis)
        #expect(PreviousBuild(claims: json).parsed() == PreviousBuild(claims: json).parsed(as: analysis))
        #expect(PreviousBuild(claims: json).parsed() != PreviousBuild(claims: json).parsed(as: self.analysis()))
    }

    @Test(arguments: [("a-b_c.d", "evidence: a-b_c.d and x"), ("ab", "aab"), ("ab", "a b"), ("x", ""), ("", "abc"),
                      ("001", "002_001x"), ("é", "café"), ("s1", "S1 s1"), ("a\r", "a\r\n"), ("aa", "a"),
                      ("s1", "“s1” and s2 share"), ("s1", "s1\u{301} and s2"), ("s1", "x s1 é"), ("K1", "\u{212A}1 and s2"),
                      ("s1", "é s1\u{301} then s1 ok"), ("s1", "é s1\u{301}"), ("a.b", "a.b"), ("ab", "ab")])
    func mentionsIsContains(id: String, text: String) {
        #expect(Catalog.mentions(text, id) == text.contains(id))
    }

    @Test func aSourcePageIsItsSourceAndContextAlone() {
        let composition = Composer(config: config).composition(for: analysis())
        let n = (0..<composition.count).first { composition.source($0) != nil }!
        #expect(composition.page(n) == composition.page(n, context: composition.sourceContext(n)))
        #expect(composition.page(n).path == "sources/a.html")
        #expect(composition.sourceContext(0) == nil && composition.source(0) == nil)
    }

    @Test func sourcePageCarriesEverySentenceForAnchors() {
        let page = Composer(config: config).pages(for: analysis()).first { $0.path == "sources/a.html" }!
        guard case .list(let blocks) = page.data["blocks"] else { Issue.record("no blocks"); return }
        #expect(blocks.count == 2)
    }
}

@Suite struct CountWordingTests {
    @Test(arguments: [(1, "proposition", "1 proposition"), (23, "proposition", "23 propositions"), (0, "event", "0 events"),
                      (1, "dated event", "1 dated event")])
    func aCountTakesTheNumberOfItsNoun(_ n: Int, _ noun: String, _ words: String) {
        #expect(Wording.count(n, noun) == words)
    }
}

@Suite struct PartyVerbTests {
    @Test(arguments: [("The organisers", "say"), ("Lerin Metropolitan Police", "say"), ("health officials", "say"),
                      ("Open Waters", "says"), ("United Nations", "says"), ("the ministry", "says"), ("Tomas Ferrant", "says"),
                      ("unnamed sources", "say"), ("the census", "says")])
    func aPartyTakesTheVerbOfItsNumber(_ party: String, _ verb: String) {
        #expect(Wording.says(party) == verb)
    }
}
