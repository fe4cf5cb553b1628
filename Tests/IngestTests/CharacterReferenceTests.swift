import Testing
@testable import Ingest

/// HTML5's whole table of named references and its rules for numeric ones.
@Suite struct CharacterReferenceTests {
    @Test(arguments: [
        ("&CounterClockwiseContourIntegral;", "\u{2233}"),
        ("&NotEqualTilde;", "\u{2242}\u{338}"),
        ("&zwnj;&Zopf;&frac78;", "\u{200C}\u{2124}\u{215E}"),
        ("&notit;", "¬it;"),
        ("&amp&lt;", "&<"),
        ("&#x110000;", "\u{FFFD}"),
        ("&#99999999999999999999;", "\u{FFFD}"),
        ("&#0;", "\u{FFFD}"),
        ("&#xD800;", "\u{FFFD}"),
        ("&#150;", "–"),
        ("&#;&nosuchname;", "&#;&nosuchname;"),
    ])
    func referencesDecodeAsInHTML5(html: String, text: String) {
        #expect(HTMLEntities.decode(html) == text)
    }

    @Test func everyNamedReferenceIsKnown() {
        #expect(HTMLEntities.named.count == 2231)
    }
}
