import Extract
import Foundation
import Model
import Testing
@testable import Pipeline

/// `crosscheck extract FILE` reads an article as `build` does: front matter, HTML and page debris are left out,
/// and the article's own date is the reference date of its relative dates.
@Suite struct ArticleTextTests {
    static func config() throws -> Config {
        try ConfigLoader.load(from: URL(fileURLWithPath: "/nonexistent/crosscheck.yml"))
    }

    @Test func markdownFrontMatterIsMetadataAndItsDateTheReference() throws {
        let page = "---\ntitle: Crane collapse\ndate: 2024-05-04\noutlet: Torvik Post\n---\n"
            + "A crane collapsed at the terminal on Saturday, killing three dock workers, the port authority said.\n"
        let read = Pipeline.articleText(path: "a.md", data: Data(page.utf8), config: try Self.config())
        #expect(!read.text.contains("outlet:"), "\(read.text)")
        #expect(read.published?.iso == "2024-05-04")
        let analysis = Extractor(config: try Self.config()).analyse(text: read.text, reference: read.published!)
        #expect(analysis.mentions.contains { $0.kind == .date && $0.date?.iso == "2024-05-04" }, "\(analysis.mentions.map(\.text))")
        #expect(analysis.claims.contains { $0.value.value?.low == 3 })
    }

    @Test func htmlKeepsTheArticleAndDropsThePage() throws {
        let page = """
            <html><head><title>Crane collapse | Torvik Post</title>
            <meta property="article:published_time" content="2024-05-06T09:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Crane collapse kills three</h1>
            <p>A crane collapsed at the terminal on Saturday, killing three dock workers, the port authority said.</p>
            <p>Rescue teams worked through the night after the collapse, which also injured 11 people.</p></article>
            <footer>© 2024 Torvik Post. All rights reserved.</footer></body></html>
            """
        let read = Pipeline.articleText(path: "a.html", data: Data(page.utf8), config: try Self.config())
        #expect(read.text.contains("injured 11 people"))
        #expect(!read.text.contains("<p>") && !read.text.contains("All rights reserved"), "\(read.text)")
        #expect(read.published?.iso == "2024-05-06")
    }
}
