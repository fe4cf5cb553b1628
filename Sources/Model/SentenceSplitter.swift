import Lexicon
/// Splits a paragraph of news text into sentences without breaking on abbreviations ("Gen.", "U.S.",
/// "Oct. 2"), decimals ("1.5") or closing quotes after the full stop.
public enum SentenceSplitter {
    /// Abbreviations that end with a full stop but do not end a sentence.
    static var abbreviations: Set<String> { WordLists.current.words("sentences", "abbreviations") }

    /// The default bound on a sentence's length in characters (`limits.maxSentenceCharacters`).
    public static let defaultMaxLength = 1_000

    /// The sentences of a paragraph, trimmed, in order. A sentence longer than `maxLength` characters
    /// (a run-on line, a table flattened to text) is cut at the last white space before the bound, or
    /// at the bound when there is none, so that the work per sentence of every later stage is bounded.
    /// Cost: one pass over the characters; each sentence is copied out of the paragraph's bytes once.
    public static func sentences(in paragraph: String, maxLength: Int = defaultMaxLength) -> [String] {
        let text = CharacterArray(paragraph)
        let chars = text.characters
        var result: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            // Most characters are ASCII and none of the three: a byte answers without a `Character`.
            let a = text.ascii[i]
            if a < 0x80 && a != 0x2E && a != 0x21 && a != 0x3F { i += 1; continue }
            let c = chars[i]
            if c == "." || c == "!" || c == "?" {
                var end = i + 1
                while end < chars.count, "\"”’')]»".contains(chars[end]) { end += 1 }
                if end >= chars.count {
                    break
                }
                if chars[end].isSpace, isBoundary(chars, at: i, next: end) {
                    append(start..<end, of: text, to: &result, maxLength: maxLength)
                    start = end
                }
                i = end
                continue
            }
            i += 1
        }
        append(start..<chars.count, of: text, to: &result, maxLength: maxLength)
        return result
    }

    private static func append(_ range: Range<Int>, of text: CharacterArray, to result: inout [String], maxLength: Int) {
        let chars = text.characters
        var slice = chars[range]
        while let first = slice.first, first.isSpace { slice = slice.dropFirst() }
        while let last = slice.last, last.isSpace { slice = slice.dropLast() }
        let bound = max(1, maxLength)
        while slice.count > bound {
            var cut = slice.startIndex + bound
            var back = cut
            while back > slice.startIndex, !slice[back].isSpace { back -= 1 }
            if back > slice.startIndex { cut = back }
            append(text.string(slice.startIndex..<cut), to: &result)
            slice = slice[cut...]
            while let first = slice.first, first.isSpace { slice = slice.dropFirst() }
        }
        append(text.string(slice.startIndex..<slice.endIndex), to: &result)
    }

    private static func append(_ sentence: String, to result: inout [String]) {
        let text = sentence.trimmingWhitespace()
        if !text.isEmpty { result.append(text) }
    }

    private static func isBoundary(_ chars: [Character], at dot: Int, next: Int) -> Bool {
        var j = next
        while j < chars.count, chars[j].isSpace { j += 1 }
        guard j < chars.count else { return true }
        let following = chars[j]
        if chars[dot] != "." { return following.isUppercase || following.isNumber || "\"“‘(".contains(following) }
        // The word before the full stop.
        var k = dot - 1
        while k >= 0, !chars[k].isSpace, !"(\"“".contains(chars[k]) { k -= 1 }
        let word = String(chars[(k + 1)..<dot]).lowercased()
        if abbreviations.contains(word) { return false }
        if word.count == 1, word.first?.isWordLetter == true { return false }  // initials: "J. Smith"
        return following.isUppercase || following.isNumber || "\"“‘(".contains(following)
    }
}

extension String {
    /// The string without leading and trailing white space (including non-breaking spaces).
    public func trimmingWhitespace() -> String {
        if let f = first, !f.isSpace, let l = last, !l.isSpace { return self }  // nothing to trim: no copy
        var scalars = Substring(self)
        while let first = scalars.first, first.isSpace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isSpace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
