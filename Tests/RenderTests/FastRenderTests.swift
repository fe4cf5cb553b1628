import Compose
import Foundation
import Model
import Mustache
import TestSupport
import Testing
@testable import Render

/// The byte-level paths of render give the bytes the `Character`-level ones gave: `HTMLEscape` against
/// swift-mustache's own HTML escaping, templates compiled with the escaping pragma against the same texts
/// without it, and `HeadingAnchors` against its earlier `Substring` search (kept here as the reference).
@Suite struct FastRenderTests {
    static let texts: [String] = [
        "", "plain", "<b>&amp;</b>", "\"quoted\" and 'single'", "Tom & Jerry's <100%>",
        "“curly” <quotes> ‘and’ & — dashes", "<\u{338} a less-than with a combining overlay",
        "a\u{301}<b", "\u{600}<x", "<\u{301}", "&\u{200D}x", "👩\u{200D}💻 & <code>", "\r\n<\r\n",
        "é<é>é&é\"é'é", "<<<>>>&&&", "x<", ">x", "日本語 < 中文 & 한국어",
        String(repeating: "abc<def>&\"'", count: 50),
    ]

    static func mustacheEscaped(_ text: String) throws -> String {
        try MustacheTemplate(string: "{{x}}").render(["x": text])
    }

    @Test(arguments: texts) func escapingEqualsMustachesOwn(_ text: String) throws {
        #expect(HTMLEscape.escape(text) == (try Self.mustacheEscaped(text)))
        #expect(text.htmlEscaped == (try Self.mustacheEscaped(text)))
    }

    @Test func escapingEqualsMustachesOwnOnMixedText() throws {
        // Every pair and triple of a few troublesome pieces, so each special character meets each neighbour.
        let pieces = ["<", ">", "&", "\"", "'", "a", "é", "\u{301}", "\u{338}", "\u{600}", "\u{200D}", "👍", "\n", " ", "“"]
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = a + b + c
                    #expect(HTMLEscape.escape(text) == (try Self.mustacheEscaped(text)), "\(Array(text.unicodeScalars))")
                }
            }
        }
    }

    /// A context with every kind of value, special characters in every string.
    nonisolated(unsafe) static let context: [String: Any] = [
        "title": "A <title> & “more”", "n": 3, "yes": true, "no": false, "empty": [Any](),
        "items": [["name": "one & <two>", "n": 1], ["name": "‘three’", "n": 2, "flag": true]] as [Any],
        "nested": ["inner": "x'y\"z"], "html": "<p>raw</p>", "names": ["a<", "b>"],
    ]

    static let templates: [String] = [
        "{{title}}\n{{{html}}}\n{{&html}}\n",
        "{{#items}}\n  <li>{{name}} {{n}}{{#flag}} flagged{{/flag}}</li>\n{{/items}}\n{{^empty}}none{{/empty}}\n",
        "{{#yes}}\nyes {{title}}\n{{/yes}}\n{{^no}}\nno\n{{/no}}\n",
        "  {{#items}}\n  {{name}}\n  {{/items}}\n",
        "{{! a comment }}\n{{#nested}}{{inner}}{{/nested}}\n{{names}}\n{{n}} {{yes}}\n",
        "{{% CONTENT_TYPE: TEXT}}\n{{title}}\n",
        "{{=<% %>=}}\n<% title %>\n<%# items %><% name %><%/ items %>\n",
        "\n\n{{title}}",
        "{{title}}",
        "",
        "\t{{#yes}}\n\t{{title}}\n\t{{/yes}}",
        "\r\n{{#yes}}\r\n{{title}}\r\n{{/yes}}\r\n",
    ]

    @Test(arguments: templates) func aTemplateWithThePragmaRendersAsWithout(_ text: String) throws {
        let plain = try MustacheTemplate(string: text).render(Self.context)
        let templates = try Templates(files: ["t.mustache": Data(text.utf8)] + Self.required, folder: "test")
        #expect(templates.render(Self.context, with: "t") == plain)
    }

    static let required: [String: Data] = Dictionary(uniqueKeysWithValues: Templates.required.map { ($0 + ".mustache", Data("{{title}}".utf8)) })

    /// swift-mustache renders a partial with HTML escaping whatever its caller chose; the pragma in front of the
    /// partial gives the same.
    @Test func aPartialEscapesAsInMustacheWhateverItsCallersContentType() throws {
        let files: [String: String] = ["t.mustache": "{{% CONTENT_TYPE: TEXT}}\n{{title}} {{> p}}\n", "p.mustache": "{{title}}\n"]
        var library = MustacheLibrary()
        for (name, text) in files { library.register(try MustacheTemplate(string: text), named: String(name.dropLast(9))) }
        let templates = try Templates(files: files.mapValues { Data($0.utf8) } + Self.required, folder: "test")
        #expect(templates.render(Self.context, with: "t") == library.render(Self.context, withTemplate: "t"))
        #expect(templates.render(Self.context, with: "p") == library.render(Self.context, withTemplate: "p"))
    }

    @Test func theRepositorysTemplatesRenderAsWithoutThePragma() throws {
        let files = Fixtures.tree(Fixtures.templates)
        let templates = try Templates(files: files, folder: "templates")
        var library = MustacheLibrary()
        for (name, data) in files where name.hasSuffix(".mustache") {
            library.register(try MustacheTemplate(string: String(decoding: data, as: UTF8.self)), named: String(name.dropLast(9)))
        }
        for name in Templates.required {
            #expect(templates.render(Self.context, with: name) == library.render(Self.context, withTemplate: name))
        }
    }

    @Test(arguments: ["line one\nline two {{#open}}\n", "one\ntwo {{/close}}\nthree\n", "{{#a}}\n{{/b}}\n", "x\n{{bad name}}\n"])
    func aSyntaxErrorNamesTheLineItNamedWithoutThePragma(_ text: String) {
        var expected: Int?
        do { _ = try MustacheTemplate(string: text) } catch let error as MustacheTemplate.ParserError { expected = error.context.lineNumber } catch {}
        #expect(expected != nil)
        do {
            _ = try Templates(files: ["t.mustache": Data(text.utf8)] + Self.required, folder: "f")
            Issue.record("no error")
        } catch let error as RenderError {
            #expect(error.line == expected)
        } catch {
            Issue.record("\(error)")
        }
    }

    static let bodies: [String] = [
        "## Fighters\n\n### Up to 500\n\n## Fighters\n",
        "# Café & “bar” <x>\n\ntext\n\n---\n\n## Déjà vu\n\n## `code` *em*\n",
        "####### seven\n\n###### six\n\n## a\n## a\n## a\n",
        "text with <h2>raw</h2> and &lt;h2&gt;\n\n## 日本\n",
        "",
        "no headings at all, <hr> only\n\n---\n",
    ]

    @Test(arguments: bodies) func headingAnchorsEqualTheSubstringSearch(_ body: String) {
        let html = Markdown.html(from: body)
        #expect(HeadingAnchors.add(to: html) == Self.referenceAnchors(html))
    }

    @Test func headingAnchorsEqualTheSubstringSearchOnHandWrittenHTML() {
        for html in ["<h2>a</h2><h2>a</h2>", "<h2>unclosed", "<h9>x</h9>", "<h2>x</h3>", "<h", "<h2", "<h2>", "x<h1>é</h1>y",
                     "<h2><a href=\"#\">b</a> &amp; c</h2>\n<h2>b &amp; c</h2>"] {
            #expect(HeadingAnchors.add(to: html) == Self.referenceAnchors(html), "\(html)")
        }
    }

    /// `HeadingAnchors.add` as it was before it read bytes.
    static func referenceAnchors(_ html: String) -> String {
        var registry = Slug.Registry()
        var out = ""
        var rest = Substring(html)
        while let open = rest.range(of: "<h") {
            let after = rest[open.upperBound...]
            guard let level = after.first, ("1"..."6").contains(level),
                  after.dropFirst().first == ">",
                  let close = after.range(of: "</h\(level)>") else {
                out += rest[..<open.upperBound]
                rest = after
                continue
            }
            let inner = after[after.index(after.startIndex, offsetBy: 2)..<close.lowerBound]
            let slug = registry.slug(for: HeadingAnchors.plainText(of: String(inner)))
            out += rest[..<open.lowerBound]
            out += "<h\(level) id=\"\(slug)\">" + inner + "</h\(level)>"
            rest = after[close.upperBound...]
        }
        out += rest
        return out
    }
}

private func + (a: [String: Data], b: [String: Data]) -> [String: Data] {
    a.merging(b) { first, _ in first }
}
