import Testing
import Model
@testable import Ingest

/// Saved web pages: main text only, metadata from the standard places, hostile markup never in text.
@Suite struct HTMLTests {
    @Test func newsPageMetadataComesFromStandardPlaces() {
        let source = Fixtures.fixture("wire-page.html")
        let m = source.metadata
        #expect(source.format == .html)
        #expect(m.title == "Flood defences fail in river town, officials say")
        #expect(m.outlet == "The Riverside Courier")
        #expect(m.url == "https://courier.example.com/news/2024/04/flood-defences")
        #expect(m.published == EventDate(year: 2024, month: 4, day: 2))
        #expect(m.authors == ["Maria Lopez", "Tom Brandt"])
        #expect(m.provenance["outlet"] == "og:site_name")
        #expect(m.provenance["url"] == "link rel=canonical")
        #expect(m.provenance["title"] == "JSON-LD headline")
    }

    @Test func newsPageKeepsOnlyTheArticleText() {
        let source = Fixtures.fixture("wire-page.html")
        let analysed = source.analysedBodyText
        #expect(analysed.hasPrefix("RIVERSIDE: Temporary flood barriers"))
        #expect(analysed.contains("“We planned for the worst"))
        #expect(analysed.contains("£2 million and £3 million"))
        for outside in ["Sport", "Weather", "tracking pixel", "dataLayer", "Great article", "Council approves",
                        "font-family", "All rights reserved", "Storm warnings", "Facebook"] {
            #expect(!analysed.contains(outside), "\(outside)")
        }
        #expect(source.blocks.first { $0.text.hasPrefix("Residents wade") }?.role == .caption)
        #expect(source.blocks.first { $0.text == "Repairs will take weeks" }?.role == .subheadline)
        #expect(source.blocks.first { $0.text.hasPrefix("By Maria") }?.role == .masthead)
    }

    @Test func pageWithoutArticleElementUsesBodyAndDropsFurniture() {
        let source = Fixtures.fixture("blog-page.htm")
        #expect(source.metadata.title == "Harbour workers strike over pay")
        #expect(source.metadata.published == EventDate(year: 2023, month: 5, day: 14))
        #expect(source.metadata.authors == ["Sam Okafor"])
        #expect(source.metadata.outlet == "Coastline Daily")
        #expect(source.bodySentences.count == 3)
        #expect(source.blocks.first { $0.text.hasPrefix("Home") }?.role == .boilerplate)
        #expect(source.blocks.first { $0.text.hasPrefix("icon-facebook") }?.role == .boilerplate)
    }

    @Test func hostileMarkupNeverReachesTheText() {
        let source = Fixtures.fixture("hostile.html")
        let everything = source.blocks.map(\.text).joined(separator: "\n") + (source.metadata.title ?? "")
            + (source.metadata.url ?? "") + source.sentences.map(\.text).joined()
        for bad in ["alert(", "javascript:", "onerror", "onclick", "document.", "injected", "style text",
                    "noscript text", "svg text", "object text", "iframe", "stolen", "<p>", "<img", "<b>"] {
            #expect(!everything.contains(bad), "\(bad) reached the text")
        }
        #expect(source.metadata.url == nil)
        #expect(source.analysedText.contains("Read the plan to see the map"))
        #expect(source.analysedText.contains("Unclosed bold and italic text"))
        #expect(source.analysedText.contains("Entities <script> stay text: & © — &bogus; done."))
    }

    @Test(arguments: [
        ("&amp;&lt;&gt;&quot;&#39;", "&<>\"'"),
        ("&#x2019;&#8212;&nbsp;", "’—\u{00A0}"),
        ("AT&T &unknown; & more", "AT&T &unknown; & more"),
        ("&#0;&#xZZ;", "\u{FFFD}&#xZZ;"),
        ("&copy 2024", "© 2024"),
    ])
    func entitiesDecode(html: String, text: String) {
        #expect(HTMLEntities.decode(html) == text)
    }

    @Test func tokenizerSurvivesBrokenMarkup() {
        for html in ["<", "<p", "<p class=\"x", "</", "<!--", "<script>never closed", "a < b > c", "<a href='x'>y",
                     "<<<>>>", "<p>\u{0}</p>", "<div><div><div>"] {
            _ = HTMLReader.read(html)
            _ = Fixtures.ingest(html, path: "broken.html")
        }
        #expect(Words.key(HTMLReader.read("a < b and c > d").blocks.map(\.text).joined()) == "a b and c d")
    }

    @Test func titleTagLosesSiteNameWhenNothingElseNamesTheArticle() {
        let html = "<html><head><title>Dam report delayed again | Hill Gazette</title></head><body><p>The report on the dam, due in May, has been delayed until the autumn, the ministry said on Monday.</p></body></html>"
        let source = Fixtures.ingest(html, path: "page.html")
        #expect(source.metadata.title == "Dam report delayed again")
        #expect(source.metadata.provenance["title"] == "<title>")
    }
}

/// A page that prints its date only in a `<time>` element still gets it, marked as such.
@Test func timeElementGivesTheDateWhenNoMetaDoes() {
    let html = """
    <html><body><article><h1>Ferry fares to rise</h1><time datetime="2022-11-30T10:00:00Z">Yesterday</time>
    <p>Ferry fares will rise by 8 percent from January, the operator said on Tuesday, citing fuel costs that have doubled in two years.</p>
    <p>Passenger groups said the increase would hit island residents hardest, since many have no other way to reach the mainland for work.</p>
    </article></body></html>
    """
    let source = Fixtures.ingest(html, path: "ferry.html")
    #expect(source.metadata.published == EventDate(year: 2022, month: 11, day: 30))
    #expect(source.metadata.provenance["published"] == "<time datetime>")
    #expect(source.bodySentences.count == 2)
}

/// Layout classes on the page wrapper ("has-sidebar") do not hide the article.
@Test func wrapperClassesDoNotDropTheArticle() {
    let html = """
    <html><body class="single has-sidebar with-comments"><div class="share">Share</div>
    <p>The museum will reopen in June after a two-year renovation that cost 30 million, its director said on Friday.</p>
    <p>Visitors will be able to see the restored ceiling paintings for the first time since the fire of 2019, she said.</p>
    </body></html>
    """
    let source = Fixtures.ingest(html, path: "museum.html")
    #expect(source.sentences.count == 2)
    #expect(source.blocks.first?.role == .boilerplate)
}
