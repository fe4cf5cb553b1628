import Testing
@testable import Render

@Suite struct MarkdownTests {
    @Test func rendersCommonMarkThroughLibcmark() {
        let html = Markdown.html(from: "# Title\n\nSome *emphasis* and a [link](page.html).")
        #expect(html.contains("<h1>Title</h1>"))
        #expect(html.contains("<em>emphasis</em>"))
        #expect(html.contains("<a href=\"page.html\">link</a>"))
    }

    @Test(arguments: [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "Text <b onclick=\"x()\">bold</b> text",
    ])
    func rawHTMLIsDropped(_ input: String) {
        let html = Markdown.html(from: input)
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test(arguments: ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd"])
    func unsafeLinkSchemesAreBlanked(_ url: String) {
        let html = Markdown.html(from: "[click](\(url))")
        #expect(html.contains("<a href=\"\">click</a>"))
    }

    @Test func invalidUTF8IsReplacedNotPassedThrough() {
        let text = String(decoding: [0x41, 0xFF, 0x42], as: UTF8.self)
        #expect(Markdown.html(from: text) == "<p>A\u{FFFD}B</p>\n")
    }

    @Test func headingsGetUniqueAnchorsInOrder() {
        let html = HeadingAnchors.add(to: Markdown.html(from: "## Fighters\n\n### Up to 500\n\n## Fighters\n"))
        #expect(html.contains("<h2 id=\"fighters\">Fighters</h2>"))
        #expect(html.contains("<h3 id=\"up-to-500\">Up to 500</h3>"))
        #expect(html.contains("<h2 id=\"fighters-2\">Fighters</h2>"))
    }

    @Test func libcmarkVersionIsReported() {
        #expect(Markdown.version.split(separator: ".").count >= 2)
    }
}
