import Foundation
import Testing
@testable import Compose

/// The ClaimReview JSON is written directly (`LinkedData`) and made safe for `<script>` in one pass; both
/// give exactly the bytes `JSONSerialization` and the four text replacements gave before.
struct ClaimReviewJSONTests {
    static let texts = ["plain", "quote \" and \\ back", "slash / and </script> <</ ></", "tab\tnew\nline\r\u{8}\u{c}\u{1}\u{0}\u{1f}\u{7f}",
                        "“curly” — é 日本 🙂", "", "a & b <b>bold</b>", "</",
                        // Where a combining mark (or any non-ASCII) touches a special character, Foundation decides.
                        "<\u{301} </\u{301} >\u{308}", "é&é", "\u{600}<x", "“&”", "\"\u{301} e\u{301} \\\u{308}", "\r\n\u{301}\n"]

    @Test(arguments: texts) func linkedDataIsWhatJSONSerializationWrites(text: String) throws {
        let value = LinkedData.object([
            ("name", .string(text)), ("@type", .string("CreativeWork")), ("ratingValue", .int(-3)),
            ("appearance", .array([.string(text), .int(5), .object([])])),
            ("publisher", .object([("name", .string(text)), ("@type", .string("Organization"))])),
            ("@context", .string("https://schema.org")), ("url", .string("sources/a.html#s1")), ("datePublished", .string("2023")),
            ("alternateName", .string("x")), ("bestRating", .int(5)), ("worstRating", .int(1)), ("claimReviewed", .string(text)),
            ("author", .object([])), ("itemReviewed", .array([])), ("reviewRating", .object([])), ("firstAppearance", .object([])),
        ])
        let object: [String: Any] = [
            "name": text, "@type": "CreativeWork", "ratingValue": -3, "appearance": [text, 5, [String: Any]()] as [Any],
            "publisher": ["name": text, "@type": "Organization"], "@context": "https://schema.org", "url": "sources/a.html#s1",
            "datePublished": "2023", "alternateName": "x", "bestRating": 5, "worstRating": 1, "claimReviewed": text,
            "author": [String: Any](), "itemReviewed": [Any](), "reviewRating": [String: Any](), "firstAppearance": [String: Any](),
        ]
        let expected = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        #expect(value.json == expected, "\(String(decoding: value.json, as: UTF8.self))")
        #expect(ClaimReview.scriptSafe(json: value.json) == ClaimReview.scriptSafe(object))
    }

    @Test(arguments: texts) func scriptSafetyIsTheFourReplacementsInOnePass(text: String) {
        let replaced = text.replacingOccurrences(of: "</", with: "<\\/").replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e").replacingOccurrences(of: "&", with: "\\u0026")
        #expect(ClaimReview.scriptSafe(json: Data(text.utf8)) == replaced)
    }

    @Test(arguments: texts + ["back\\slash \"quoted\"\r\nline", "\"\u{301} e\u{301} \\\u{308}", "\n\n", "no escapes at all"])
    func linkTitlesAreTheThreeReplacementsInOnePass(text: String) {
        let replaced = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: " ")
        #expect(CommonMark.titleEscaped(text) == replaced)
        #expect(CommonMark.link("S1·3", to: "sources/a.html#s3", title: text) == "[S1·3](<sources/a.html#s3> \"" + replaced + "\")")
    }
}
