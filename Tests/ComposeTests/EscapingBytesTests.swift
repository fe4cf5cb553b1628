import Testing
@testable import Compose

/// `CommonMark.escaped` on bytes gives the bytes of its `Character` walk, for every neighbour a special
/// character can have (combining marks, prepended marks, "\r\n", non-ASCII letters).
@Suite struct EscapingBytesTests {
    @Test func escapingOnBytesEqualsTheCharacterWalk() {
        let pieces = ["\\", "`", "*", "_", "[", "<", "#", "-", ".", "|", "&", "\"", "\n", "\r", "a", " ", "é", "\u{301}",
                      "\u{338}", "\u{600}", "\u{200D}", "👍", "“", "1"]
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = a + b + c
                    #expect(CommonMark.escaped(text) == CommonMark.escapedByCharacter(text), "\(Array(text.unicodeScalars))")
                }
            }
        }
        for text in ["", "plain words", "S1 shares text 0.62 with S5; S2 (wire)", "line\r\nend", String(repeating: "a-b.c ", count: 99)] {
            #expect(CommonMark.escaped(text) == CommonMark.escapedByCharacter(text))
        }
    }
}
