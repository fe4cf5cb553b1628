import Testing
import Foundation
import Model
@testable import Extract

/// The `crosscheck extract --format json` schema.
struct JSONTests {
    static let text = """
    Up to 500 fighters remain in Iraq, General Qais al-Mohamadawi said on Sunday.

    The report put cash reserves at $25 to $50 million.
    """

    @Test func jsonHasTheDocumentedKeysSortedAndStable() throws {
        let extractor = Fixture.extractor
        let analysis = extractor.analyse(text: Self.text, reference: Fixture.reference)
        let json = extractor.json(of: analysis)
        #expect(json == extractor.json(of: extractor.analyse(text: Self.text, reference: Fixture.reference)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["mentions", "claims"])
        let mentions = try #require(object["mentions"] as? [[String: Any]])
        let mentionKeys: Set<String> = ["kind", "text", "start", "low", "high", "lowInclusive", "highInclusive", "qualifier",
                                        "unit", "per", "date", "granularity", "role"]
        for m in mentions { #expect(Set(m.keys) == mentionKeys) }
        let claims = try #require(object["claims"] as? [[String: Any]])
        #expect(claims.count == 2)
        for c in claims {
            #expect(Set(c.keys) == ["sentence", "measure", "term", "scope", "attribution", "value", "eventDate", "topic"])
        }
        #expect(claims[0]["attribution"] as? String == "Qais al-Mohamadawi")
        #expect(claims[0]["eventDate"] as? String == "2023-03-12")
        let value = try #require(claims[1]["value"] as? [String: Any])
        #expect(value["low"] as? Double == 25_000_000)
        #expect(value["unit"] as? String == "USD")
        #expect(value["text"] as? String == "$25 to $50 million")
        #expect(json.range(of: "\"claims\"")!.lowerBound < json.range(of: "\"mentions\"")!.lowerBound)
    }

    @Test func mentionOffsetsPointIntoTheWholeText() {
        let analysis = Fixture.extractor.analyse(text: Self.text, reference: Fixture.reference)
        let chars = Array(Self.text)
        for m in analysis.mentions {
            #expect(String(chars[m.start..<(m.start + m.text.count)]) == m.text)
        }
        #expect(analysis.mentions.contains { $0.kind == .date && $0.date?.iso == "2023-03-12" && $0.text == "on Sunday" })
    }

    @Test func mentionRoundTripsThroughJSON() throws {
        let m = Mention(kind: .range, text: "400 to 500", start: 3, value: Quantity(low: 400, high: 500, qualifier: .exact, unit: "people"))
        let data = try JSONEncoder().encode(m)
        #expect(try JSONDecoder().decode(Mention.self, from: data) == m)
    }
}
