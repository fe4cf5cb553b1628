import Model

/// Word-level helpers shared by the heuristics: tokens, stop words, normalised keys.
/// Cost: each is one pass over the line's UTF-8 bytes (`CharacterScan`); `Character`s are built only
/// for non-ASCII text. Layout and refine tokenise each line once (`Line`) and share the result.
enum Words {
    /// Lower-cased word tokens (letters, digits, apostrophes inside words).
    static func tokens(_ text: String) -> [String] {
        // The state is one value whose methods the closures call: local functions capturing local
        // variables cost a run-time exclusivity check per byte.
        var collector = TokenCollector()
        CharacterScan.forEach(text, ascii: { collector.ascii($0) }, other: { collector.other($0) })
        collector.flush()
        return collector.result
    }

    /// The tokens as `CharacterScan` hands over the characters: the current one as lower-case bytes.
    private struct TokenCollector {
        var result: [String] = []
        var current: [UInt8] = []

        mutating func flush() {
            guard !current.isEmpty else { return }
            var end = current.count
            while end > 0, current[end - 1] == 0x27 { end -= 1 }  // no apostrophe at the end of a token
            result.append(String(decoding: current[..<end], as: UTF8.self))
            current.removeAll(keepingCapacity: true)
        }

        mutating func ascii(_ b: UInt8) -> Bool {
            if CharacterScan.isAlphanumeric(b) {
                current.append(b >= 65 && b <= 90 ? b + 32 : b)
            } else if b == 0x27, !current.isEmpty {
                current.append(b)
            } else {
                flush()
            }
            return true
        }

        mutating func other(_ ch: Character) -> Bool {
            // Lower-cased character by character, as lower-casing the whole text does (per scalar).
            for lower in ch.lowercased() {
                if lower.isWordLetter || lower.isWordDigit || ((lower == "'" || lower == "’") && !current.isEmpty) {
                    if lower == "’" { current.append(0x27) } else { current.append(contentsOf: lower.utf8) }
                } else {
                    flush()
                }
            }
            return true
        }
    }

    /// Whitespace-separated words as printed.
    static func count(_ text: String) -> Int {
        var n = 0
        var inWord = false
        CharacterScan.forEach(text, ascii: { b in
            if CharacterScan.isSpace(b) { inWord = false } else if !inWord { inWord = true; n += 1 }
            return true
        }, other: { ch in
            if ch.isSpace { inWord = false } else if !inWord { inWord = true; n += 1 }
            return true
        })
        return n
    }

    /// Whether `text.split(whereSeparator:)` at the separators would give at most `limit` pieces, reading
    /// no further than the piece after the limit. `byte` tells ASCII separators, `character` the others.
    static func hasPieces(_ text: String, atMost limit: Int, byte: (UInt8) -> Bool, character: (Character) -> Bool) -> Bool {
        var count = 0
        var inPiece = false
        func step(_ separator: Bool) -> Bool {
            if separator { inPiece = false } else if !inPiece { inPiece = true; count += 1 }
            return count <= limit
        }
        CharacterScan.forEach(text, ascii: { step(byte($0)) }, other: { step(character($0)) })
        return count <= limit
    }

    /// `text.split(whereSeparator:)`, with separators told as bytes (`byte`) or as other characters
    /// (`character`). Cost: one pass over the bytes (`CharacterScan`); no `Character` for ASCII text.
    static func split(_ text: String, byte: (UInt8) -> Bool, character: (Character) -> Bool) -> [Substring] {
        var ranges: [Range<Int>] = []
        var offset = 0, start = -1
        CharacterScan.forEach(text, ascii: { b in
            if byte(b) {
                if start >= 0 { ranges.append(start..<offset); start = -1 }
            } else if start < 0 { start = offset }
            offset += 1
            return true
        }, other: { ch in
            if character(ch) {
                if start >= 0 { ranges.append(start..<offset); start = -1 }
            } else if start < 0 { start = offset }
            offset += ch.utf8.count
            return true
        })
        if start >= 0 { ranges.append(start..<offset) }
        let utf8 = text.utf8
        return ranges.map { r in
            Substring(utf8[utf8.index(utf8.startIndex, offsetBy: r.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: r.upperBound)])
        }
    }

    /// Whether a text has at most `limit` characters, reading no more than `limit + 1` of them.
    static func fits(_ text: String, _ limit: Int) -> Bool {
        text.utf8.count <= limit || text.dropFirst(limit).isEmpty
    }

    /// Share of tokens that are English stop words.
    static func stopWordDensity(_ text: String) -> Double {
        stopWordDensity(tokens: tokens(text))
    }

    /// Share of the tokens that are English stop words.
    static func stopWordDensity(tokens words: [String]) -> Double {
        guard !words.isEmpty else { return 0 }
        let english = Language.english
        return Double(words.filter { english.contains($0) }.count) / Double(words.count)
    }

    /// A key for comparing lines: lower case letters and digits, single spaces.
    static func key(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    /// Content words: tokens that are not stop words and not bare numbers.
    static func content(_ text: String) -> [String] {
        content(tokens: tokens(text))
    }

    /// The content words among tokens.
    static func content(tokens: [String]) -> [String] {
        let english = Language.english
        return tokens.filter { $0.count > 2 && !english.contains($0) && !$0.allSatisfy(\.isWordDigit) }
    }

    /// Whether a line ends like a sentence (full stop, question or exclamation mark, maybe inside quotes).
    /// Cost: reads the line from its end, past trailing white space and closing marks only.
    static func endsLikeSentence(_ text: String) -> Bool {
        var trimmed = Substring(text)
        while let last = trimmed.last, last.isSpace { trimmed = trimmed.dropLast() }
        while let last = trimmed.last, "\"”’')]»".contains(last) { trimmed = trimmed.dropLast() }
        guard let last = trimmed.last else { return false }
        return ".!?…".contains(last)
    }
}

/// A line's words, counted and tokenised once for every check that reads them.
struct Line {
    let text: String
    /// `Words.count(text)`.
    let words: Int
    /// `Words.tokens(text)`.
    let tokens: [String]
    /// `Words.key(text)`.
    let key: String

    init(_ text: String) {
        self.text = text
        words = Words.count(text)
        tokens = Words.tokens(text)
        key = tokens.joined(separator: " ")
    }
}

extension StringProtocol {
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
