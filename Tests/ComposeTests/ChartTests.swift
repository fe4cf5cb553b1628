import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Model
import Testing
@testable import Compose

/// Parses XML and collects element names and attributes; fails on malformed input.
final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text = ""

    static func parse(_ xml: String) -> XMLCollector? {
        let collector = XMLCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append((name, attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

@Suite struct ChartTests {
    static func proposition(_ id: String, _ quantity: Quantity, year: Int, origins: Int,
                            status: Proposition.Status = .agree, speaker: String = "A <b>\"speaker\"</b> & co") -> Proposition {
        Proposition(id: ID(id), topic: "fighters", measure: "fighters", scope: ["Iraq"], asOf: EventDate(year: year),
                    speaker: Speaker(key: id, name: speaker, kind: .person), members: [ID(id + "-c")],
                    status: status, outlets: ["X"], origins: origins, consensus: quantity)
    }

    static let props = [
        proposition("p-2018", Quantity(low: 1000, high: 10000), year: 2018, origins: 2, status: .outdated),
        proposition("p-2023", Quantity(low: 400, high: 500, qualifier: .approx), year: 2023, origins: 1),
        proposition("p-2023-up", Quantity(low: nil, high: 500, qualifier: .upTo), year: 2023, origins: 3, status: .consistent),
        proposition("p-more", Quantity(low: 10000, high: nil, lowInclusive: false, qualifier: .atLeast), year: 2019, origins: 1, status: .conflicting),
    ]

    @Test func theSVGIsWellFormedWithATextAlternative() throws {
        let chart = EstimateChart(title: "Fighters <& co>: estimates", propositions: Self.props)
        let svg = chart.svg(id: "chart-fighters")
        let parsed = try #require(XMLCollector.parse(svg), "SVG does not parse")
        let root = try #require(parsed.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(parsed.elements.contains { $0.name == "title" })
        #expect(parsed.elements.contains { $0.name == "desc" })
        #expect(parsed.text.contains("Fighters <& co>: estimates"))
    }

    @Test func oneMarkPerIndependentOriginOfEachProposition() throws {
        let chart = EstimateChart(title: "Fighters", propositions: Self.props)
        let parsed = try #require(XMLCollector.parse(chart.svg(id: "c")))
        let marks = parsed.elements.filter { $0.attributes["class"] == "mark" }
        #expect(marks.count == Self.props.reduce(0) { $0 + $1.origins })
        #expect(marks.count == chart.markCount)
        for proposition in Self.props {
            #expect(marks.filter { $0.attributes["data-proposition"] == proposition.id.rawValue }.count == proposition.origins)
        }
    }

    @Test func labelsCarryTheQualifierAndOpenEndsAreArrows() throws {
        let chart = EstimateChart(title: "Fighters", propositions: Self.props)
        let parsed = try #require(XMLCollector.parse(chart.svg(id: "c")))
        for label in ["about 400 to 500", "up to 500", "more than 10,000", "1,000 to 10,000"] {
            #expect(parsed.text.contains(label), "missing label \(label)")
        }
        #expect(parsed.elements.filter { $0.attributes["class"] == "arrow" }.count >= 4)  // 3 + 1 open ends, plus legend
        #expect(chart.scale.log, "400 and 10,000 need a log scale to read on one chart")
    }

    @Test func labelsAreEscaped() {
        let svg = EstimateChart(title: "T", propositions: Self.props).svg(id: "c")
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("&lt;b&gt;"))
    }

    @Test func aNarrowRangeUsesALinearScaleFromZero() {
        let chart = EstimateChart(title: "T", propositions: [
            Self.proposition("a", Quantity(low: 5000, high: 7000), year: 2023, origins: 1),
            Self.proposition("b", Quantity.exactly(10000), year: 2018, origins: 1),
        ])
        #expect(!chart.scale.log)
        #expect(chart.scale.low == 0)
        #expect(chart.scale.high >= 10000)
    }

    @Test func theTimelineStripDrawsEachPrecision() throws {
        let strip = TimelineStrip(dates: [EventDate(year: 2018, month: 1, day: 21), EventDate(year: 2023, month: 3),
                                          EventDate(year: 2014), EventDate(year: 2023, month: 3, day: 12, inferred: true)])
        let parsed = try #require(XMLCollector.parse(strip.svg(id: "strip")))
        #expect(parsed.elements.filter { $0.attributes["class"] == "mark" }.count == 4)
        #expect(parsed.elements.filter { $0.name == "circle" }.count == 2)
        #expect(parsed.elements.contains { $0.attributes["class"] == "year" })
        #expect(parsed.elements.contains { $0.attributes["class"] == "month" })
        #expect(parsed.elements.contains { $0.attributes["class"] == "day inferred" })
    }

    @Test func claimReviewedIsShortened() {
        let long = String(repeating: "word ", count: 30)
        #expect(ClaimReview.shortened(long).count < 75)
        #expect(ClaimReview.shortened("short") == "short")
        let safe = ClaimReview.scriptSafe(["a": "</script><!--"])
        #expect(!safe.contains("</") && !safe.contains("<"))
        let decoded = try? JSONSerialization.jsonObject(with: Data(safe.utf8)) as? [String: String]
        #expect(decoded?["a"] == "</script><!--")
    }
}
