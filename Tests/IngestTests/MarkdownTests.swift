import Testing
import Model
@testable import Ingest

/// Markdown with YAML front matter: metadata from the front matter, markup stripped to text.
@Suite struct MarkdownTests {
    @Test func frontMatterGivesEveryField() {
        let source = Fixtures.fixture("front-matter.md")
        let m = source.metadata
        #expect(source.format == .markdown)
        #expect(m.title == "Wildfire forces thousands to leave mountain villages")
        #expect(m.outlet == "Valley Observer")
        #expect(m.url == "https://observer.example.org/wildfire")
        #expect(m.published == EventDate(year: 2025, month: 8, day: 9))
        #expect(m.authors == ["Priya Nair", "Leo Martins"])
        #expect(m.language == "en")
        #expect(["title", "outlet", "url", "published", "authors"].allSatisfy { m.provenance[$0] == "front matter" })
    }

    @Test func markupIsStrippedAndRolesFollowStructure() {
        let source = Fixtures.fixture("front-matter.md")
        #expect(source.blocks.first { $0.role == .headline }?.line == 12)
        #expect(source.blocks.first { $0.text.hasPrefix("Firefighters say") }?.role == .subheadline)
        #expect(source.blocks.first { $0.text == "A helicopter drops water over the ridge" }?.role == .caption)
        #expect(source.blocks.first { $0.text == "Photo: Valley Observer" }?.role == .caption)
        #expect(source.analysedText.contains("About 4,500 residents were ordered to leave their homes on Friday as a wildfire spread across dry hillsides east of the valley, regional officials said."))
        #expect(source.blocks.first { $0.text.hasPrefix("Read Also") }?.role == .boilerplate)
        #expect(source.blocks.first { $0.text.contains("alert") }?.role == .boilerplate)
        #expect(!source.analysedText.contains("](") && !source.analysedText.contains("**"))
        #expect(source.analysedText.contains("Evacuation centres have opened in three towns"))
    }

    @Test(arguments: [
        ("**bold** and *em* and _under_ and ~~gone~~", "bold and em and under and gone"),
        ("[text](https://x.example) and ![alt](i.png)", "text and alt"),
        ("`code` with snake_case_name", "code with snake_case_name"),
        ("[click](javascript:alert(1)) here", "click here"),
        ("<span onclick=\"x()\">inline</span> html <script>bad()</script>", "inline html"),
        ("escaped \\*stars\\*", "escaped *stars*"),
    ])
    func inlineMarkup(markdown: String, text: String) {
        #expect(MarkdownReader.inline(markdown) == text)
    }

    @Test func brokenFrontMatterWarnsAndKeepsTheBody() {
        let source = Fixtures.ingest("---\ntitle: [unclosed\n---\n# Ferry service resumes\n\nThe ferry between the two islands resumed on Monday after a week of storms, the operator said.\n", path: "bad.md")
        #expect(source.notices.contains { $0.severity == .warning && $0.message.contains("front matter") })
        #expect(source.metadata.title == "Ferry service resumes")
        #expect(source.bodySentences.count == 1)
    }

    @Test func setextHeadingsAndNumberedLists() {
        let source = Fixtures.ingest("Port reopens\n============\n\nThe port reopened on Tuesday after repairs that cost 4 million, officials said.\n\n1. Cranes were replaced\n2. Berths were dredged\n", path: "a.md")
        #expect(source.metadata.title == "Port reopens")
        #expect(source.blocks.filter { $0.role == .body }.map(\.text).contains("Cranes were replaced"))
    }
}
