import Testing
import Model
@testable import Ingest

/// The byte-level word helpers give what the `Character`-level versions they replaced gave.
@Suite struct WordsTests {
    /// Lines mixing ASCII with what the byte path must hand to `Character`: curly quotes, accents
    /// (precomposed and combining), CR LF, no-break spaces, emoji, Arabic commas, a dotted capital I.
    static let lines = [
        "", " ", "The death toll rose to 519, officials said.", "Bekuntal's office “took it out of context.”",
        "Café de l’Europe", "Cafe\u{301} crème", "e\u{301}\u{301}x", "line one\r\nline two\r", "\r\n",
        "20\u{00A0}000 people", "Share | Tweet • Email", "icon-facebook icon-twitter", "rock'n'roll''",
        "'quoted' ''", "İstanbul İZMİR", "👍🏽 great 👨‍👩‍👧 family", "Sunday، 21 January 2018 12:37 PM",
        "Mon Mar 13 2023", "tab\there", "ÅNGSTRÖM Straße ΣΊΣΥΦΟΣ", "a’b’ c’", "x\u{200D}y", "9\u{20E3} key",
        "٣ أكتوبر ٢٠٢٣", "end.\u{301}", "”)", "Hello.  ", "…", "Why?”  ",
    ]

    @Test func tokensMatchTheCharacterVersion() {
        for line in Self.lines { #expect(Words.tokens(line) == Self.oldTokens(line), "\(line)") }
    }

    @Test func countMatchesTheCharacterVersion() {
        for line in Self.lines {
            #expect(Words.count(line) == line.split(whereSeparator: { $0.isSpace }).count, "\(line)")
        }
    }

    @Test func endsLikeSentenceMatchesTheCharacterVersion() {
        for line in Self.lines + ["A sentence.", "“A quote!”", "  (An aside.)  ", "Not one", "\"", " \" "] {
            #expect(Words.endsLikeSentence(line) == Self.oldEndsLikeSentence(line), "\(line)")
        }
    }

    @Test func scanHandsOverEveryCharacterInOrder() {
        for line in Self.lines {
            var seen: [Character] = []
            CharacterScan.forEach(line, ascii: { seen.append(Character(Unicode.Scalar($0))); return true },
                                  other: { seen.append($0); return true })
            #expect(seen == Array(line), "\(line)")
        }
    }

    @Test func piecesAndFitsStopAtTheirLimits() {
        for line in Self.lines {
            let pieces = line.split(whereSeparator: { $0.isSpace || $0 == "|" || $0 == "•" }).count
            for limit in 0...4 {
                #expect(Words.hasPieces(line, atMost: limit, byte: { CharacterScan.isSpace($0) || $0 == 0x7C },
                                        character: { $0.isSpace || $0 == "|" || $0 == "•" }) == (pieces <= limit))
                #expect(Words.fits(line, limit) == (line.count <= limit))
            }
        }
    }

    @Test func lineHelpersMatchWhatTheyReplace() {
        for line in Self.lines + ["  two  spaces  ", "a b c d e", " lead", "trail ", "x\ny\n\nz"] {
            #expect(Boilerplate.lastPieces(line, 3) == Array(line.split(separator: " ").suffix(3)), "\(line)")
            #expect(PlainText.lines(line) == line.split(separator: "\n", omittingEmptySubsequences: false), "\(line)")
            #expect(PlainText.collapseSpaces(line) == Self.oldCollapseSpaces(line), "\(line)")
            #expect(DateParser.pieces(line) == line.split(whereSeparator: { $0.isSpace || $0 == "," || $0 == "،" || $0 == ";" }))
            #expect(Words.split(line, byte: { $0 == 0x7C }, character: { $0 == "|" || $0 == "•" })
                    == line.split(whereSeparator: { $0 == "|" || $0 == "•" }), "\(line)")
            for needle in ["-", " - ", "’", ":", "com/", "\r\n"] {
                #expect(line.hasBytes(needle) == Self.byteSearch(line, needle), "\(line)")
            }
        }
    }

    static func byteSearch(_ text: String, _ needle: String) -> Bool {
        let t = Array(text.utf8), n = Array(needle.utf8)
        guard t.count >= n.count else { return false }
        return (0...(t.count - n.count)).contains { Array(t[$0..<($0 + n.count)]) == n }
    }

    /// `PlainText.collapseSpaces` as it was, appending `Character`s.
    static func oldCollapseSpaces(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for ch in text {
            if ch.isSpace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(ch)
                lastWasSpace = false
            }
        }
        return result.trimmingWhitespace()
    }

    /// `Words.tokens` as it was, over `Character`s of the lower-cased text.
    static func oldTokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for ch in text.lowercased() {
            if ch.isWordLetter || ch.isWordDigit || ((ch == "'" || ch == "’") && !current.isEmpty) {
                current.append(ch == "’" ? "'" : ch)
            } else if !current.isEmpty {
                result.append(current.trimming("'"))
                current = ""
            }
        }
        if !current.isEmpty { result.append(current.trimming("'")) }
        return result.filter { !$0.isEmpty }
    }

    /// `Words.endsLikeSentence` as it was, on a trimmed copy.
    static func oldEndsLikeSentence(_ text: String) -> Bool {
        var trimmed = Substring(text.trimmingWhitespace())
        while let last = trimmed.last, "\"”’')]»".contains(last) { trimmed = trimmed.dropLast() }
        guard let last = trimmed.last else { return false }
        return ".!?…".contains(last)
    }
}
