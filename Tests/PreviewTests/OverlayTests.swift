import Preview
import Testing

@Suite struct OverlayTests {
    let status = BuildStatus(token: "abc-3", generation: 3, failure: nil)

    @Test func markupGoesBeforeTheLastClosingBody() {
        let page = "<html><body><p>x</p></BODY></html>"
        #expect(Overlay.inject("<i>", into: page) == "<html><body><p>x</p><i></BODY></html>")
        #expect(Overlay.inject("<i>", into: "no body") == "no body<i>")
    }

    @Test func scriptListensUnderTheBasePathAndKnowsItsToken() {
        let markup = Overlay.markup(for: status, reloadPath: "/report/__reload")
        #expect(markup.contains("new EventSource(\"/report/__reload\")"))
        #expect(markup.contains("\"abc-3\""))
        #expect(!markup.contains(Overlay.panelID))
    }

    @Test func failureShowsFileLineAndEscapedMessage() {
        var failed = status
        failed.failure = BuildFailure(file: "templates/<x>.mustache", line: 7, message: "unclosed {{#a}} & <script>")
        let markup = Overlay.markup(for: failed, reloadPath: "/__reload")
        #expect(markup.contains(Overlay.panelID))
        #expect(markup.contains("templates/&lt;x&gt;.mustache:7"))
        #expect(markup.contains("unclosed {{#a}} &amp; &lt;script&gt;"))
        #expect(!markup.contains("<script>\n"))
    }
}
