import Lexicon
import Model

/// One word, number or punctuation mark of a sentence, with its character offsets.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case word, number, punct, url }

    var kind: Kind
    var text: String
    var lower: String
    /// `lower`'s number (`WordIDs`), so list membership is a bit test (`WordBits`); not part of equality.
    var id: Int32 = WordIDs.none
    /// Character offsets in the sentence, half-open.
    var start: Int
    var end: Int
    /// True when white space separates this token from the previous one.
    var spaceBefore: Bool
    /// True inside quotation marks.
    var inQuote: Bool

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    /// `text.first?.isCapital == true`, read from the first byte when it is a whole ASCII character.
    var isCapitalized: Bool {
        let utf8 = text.utf8
        guard let b = utf8.first else { return false }
        if b < 0x80, b != 0x0D, utf8.count == 1 || utf8[utf8.index(after: utf8.startIndex)] < 0x80 { return b >= 65 && b <= 90 }
        return text.first?.isCapital == true
    }

    static func == (a: Token, b: Token) -> Bool {
        a.kind == b.kind && a.text == b.text && a.lower == b.lower && a.start == b.start && a.end == b.end
            && a.spaceBefore == b.spaceBefore && a.inQuote == b.inQuote
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(kind); hasher.combine(text); hasher.combine(lower); hasher.combine(start); hasher.combine(end)
        hasher.combine(spaceBefore); hasher.combine(inQuote)
    }
    /// Parts of a hyphenated word ("ISIS-loyalists" → ["ISIS", "loyalists"]).
    var hyphenParts: [Substring] { text.split(separator: "-") }
}

/// Splits a sentence into tokens in one linear pass.
enum Tokenizer {
    static let openQuotes: Set<Character> = ["“", "«"]
    static let closeQuotes: Set<Character> = ["”", "»"]

    static func tokenize(_ text: String) -> [Token] {
        tokenize(CharacterArray(text))
    }

    /// The tokens of a sentence already split into characters (the caller keeps them for its spans).
    /// Cost: one pass over the characters, asked as bytes where they are ASCII (`CharacterArray`); each
    /// token's text is copied from the sentence's bytes.
    static func tokenize(_ text: CharacterArray) -> [Token] {
        let chars = text.characters
        var tokens: [Token] = []
        var i = 0
        var space = true
        var quoted = false
        func emit(_ kind: Token.Kind, _ from: Int, _ to: Int) {
            let s = text.string(from..<to)
            let lower = s.lowercased()
            tokens.append(Token(kind: kind, text: s, lower: lower, id: WordIDs.id(of: lower),
                                start: from, end: to, spaceBefore: space, inQuote: quoted))
            space = false
        }
        while i < chars.count {
            let c = chars[i]
            if text.isSpace(i) { space = true; i += 1; continue }
            if space, let end = urlEnd(text, from: i) {
                emit(.url, i, end); i = end; continue
            }
            if text.isASCIIDigit(i) {
                var j = i + 1
                while j < chars.count {
                    if text.isASCIIDigit(j) { j += 1; continue }
                    if (chars[j] == "," || chars[j] == "."), j + 1 < chars.count, chars[j + 1].isASCII, chars[j + 1].isWordDigit {
                        j += 2; continue
                    }
                    // "20 000" with a no-break or thin space, "1'000'000": a group of exactly three digits.
                    if Self.groupSeparators.contains(chars[j]), isDigitGroup(chars, at: j + 1) {
                        j += 4; continue
                    }
                    // "1 200 informal structures", "about 4 000 people": South African and French papers group
                    // thousands with a plain space. Only after one to three digits (or such groups), before a group
                    // of three that no letter, digit or joined mark follows, and not after a month or a number
                    // ("May 5 200 people" stays two figures).
                    if chars[j] == " ", isDigitGroup(chars, at: j + 1), spaceGrouped(chars, from: i, to: j),
                       j + 4 >= chars.count || chars[j + 4] == " " || [",", ".", ";", ")"].contains(chars[j + 4])
                        && !(j + 5 < chars.count && chars[j + 5].isASCII && chars[j + 5].isWordDigit),
                       !(tokens.last.map { $0.isNumber || Lexicon.months[$0.lower] != nil } ?? false) {
                        j += 4; continue
                    }
                    break
                }
                emit(.number, i, j); i = j; continue
            }
            if text.isWordLetter(i) {
                // "R2.3bn", "Rs4.5 crore": a currency's letters joined to a figure are a token of their own.
                if let sign = letterSignEnd(text, from: i) { emit(.word, i, sign); i = sign; continue }
                let j = wordEnd(text, from: i)
                // Possessive "’s" becomes its own token so names stay clean.
                if j - i > 2, chars[j - 2] == "'" || chars[j - 2] == "’", chars[j - 1] == "s" || chars[j - 1] == "S" {
                    emit(.word, i, j - 2); emit(.punct, j - 2, j)
                } else {
                    emit(.word, i, j)
                }
                i = j; continue
            }
            if text.ascii[i] < 0x80 ? text.ascii[i] == 0x22 : c == "\"" {
                if quoted { emit(.punct, i, i + 1); quoted = false } else { quoted = true; emit(.punct, i, i + 1) }
                i += 1; continue
            }
            // The quotation marks below are not ASCII: an ASCII mark is punctuation of its own.
            if text.ascii[i] < 0x80 { emit(.punct, i, i + 1); i += 1; continue }
            if openQuotes.contains(c) { quoted = true; emit(.punct, i, i + 1); i += 1; continue }
            if closeQuotes.contains(c) { emit(.punct, i, i + 1); quoted = false; i += 1; continue }
            emit(.punct, i, i + 1)
            i += 1
        }
        return tokens
    }

    /// Characters that separate thousands inside one number: no-break, narrow no-break, thin and figure
    /// spaces, and the apostrophes of Swiss usage.
    static let groupSeparators: Set<Character> = ["\u{00A0}", "\u{202F}", "\u{2009}", "\u{2007}", "'", "’"]

    /// Exactly three ASCII digits at `i`, not followed by a fourth.
    /// Whether the digits from `i` to `j` are one to three digits, then only groups of three after plain spaces.
    private static func spaceGrouped(_ chars: [Character], from i: Int, to j: Int) -> Bool {
        var run = 0, first = true
        for n in i..<j {
            if chars[n] == " " { if first && run > 3 || !first && run != 3 { return false }; first = false; run = 0; continue }
            guard chars[n].isASCII, chars[n].isWordDigit else { return false }
            run += 1
        }
        return first ? run <= 3 : run == 3
    }

    private static func isDigitGroup(_ chars: [Character], at i: Int) -> Bool {
        guard i + 2 < chars.count else { return false }
        for n in i..<(i + 3) where !(chars[n].isASCII && chars[n].isWordDigit) { return false }
        return i + 3 >= chars.count || !(chars[i + 3].isASCII && chars[i + 3].isWordDigit)
    }

    /// Where a currency's letter sign ends when one starts at `start` joined to a figure written as money
    /// ("R350,000", "R2.3bn", "Rs4.5 crore", "N12 billion"): capital first, the letters a sign of
    /// `currencies.letterSigns`, and the digits holding a separator or followed by a magnitude. "R2", "N95"
    /// and "A40" stay one word. Cost: a few byte tests at a capital followed by at most three letters and a digit.
    private static func letterSignEnd(_ text: CharacterArray, from start: Int) -> Int? {
        let chars = text.characters
        guard text.ascii[start] >= 65, text.ascii[start] <= 90 else { return nil }
        var n = start + 1
        while n < chars.count, n - start <= 3, text.isWordLetter(n) { n += 1 }
        guard n < chars.count, n - start <= 3, text.isASCIIDigit(n),
              Lexicon.letterSigns[text.string(start..<n).lowercased()] != nil else { return nil }
        var j = n, separated = false
        while j < chars.count {
            if text.isASCIIDigit(j) { j += 1; continue }
            if chars[j] == "," || chars[j] == ".", j + 1 < chars.count, text.isASCIIDigit(j + 1) { separated = true; j += 2; continue }
            break
        }
        var e = j
        while e < chars.count, text.isWordLetter(e) { e += 1 }
        if e > j { return Lexicon.magnitudes[text.string(j..<e).lowercased()] != nil ? n : nil }
        if separated { return n }
        // "R12 billion", and "R10-billion" as South African papers write it.
        guard j < chars.count, text.isSpace(j) || chars[j] == "-" else { return nil }
        var w = j + 1
        while w < chars.count, text.isWordLetter(w) { w += 1 }
        let word = text.string((j + 1)..<w).lowercased()
        guard w > j + 1, let factor = Lexicon.magnitudes[word], factor >= 1e5, !Lexicon.attachedOnlyMagnitudes.contains(word) else { return nil }
        return n
    }

    /// The end of a word: letters and digits, inner hyphens and apostrophes, dotted initials ("U.S.").
    private static func wordEnd(_ text: CharacterArray, from start: Int) -> Int {
        let chars = text.characters
        var j = start
        while j < chars.count {
            if text.isWordCharacter(j) { j += 1; continue }
            // A whole ASCII character is compared as its byte; any other as a `Character`.
            let a = text.ascii[j]
            let c = chars[j]
            // A hyphen before a currency's letter sign ends the word: "R3bn-R5bn".
            if a < 0x80 ? a == 0x2D || a == 0x27 : c == "-" || c == "'" || c == "’", j + 1 < chars.count, text.isWordLetter(j + 1), j > start,
               !(a == 0x2D && letterSignEnd(text, from: j + 1) != nil),
               // "1.5m-2m": a magnitude joined to its figure ends at a hyphen before digits.
               !(a == 0x2D && text.isASCIIDigit(j + 1) && start > 0 && text.isASCIIDigit(start - 1)
                 && Lexicon.magnitudes[text.string(start..<j).lowercased()] != nil) {
                j += 1; continue
            }
            // "U.S." and "a.m.": single letters separated by full stops.
            if a < 0x80 ? a == 0x2E : c == ".", j + 1 < chars.count, text.isWordLetter(j + 1), j - start == 1 || (j >= 2 && chars[j - 2] == ".") {
                if j + 2 >= chars.count || !text.isWordLetter(j + 2) { j += 2; if j < chars.count, chars[j] == "." { j += 1 }; return j }
            }
            break
        }
        return j
    }

    /// If a URL or e-mail address starts here, where it ends.
    private static func urlEnd(_ text: CharacterArray, from start: Int) -> Int? {
        let chars = text.characters
        var j = start
        // Every form below needs a ".", ":" or "@": without one (most words) no string is built. Each also
        // needs one before its last character ("://", "www." with more after it, "@" and ".", ".com/",
        // ".html"), so a word whose only mark ends it ("said.") is none either.
        var firstMark: Int?
        while j < chars.count, !text.isSpace(j) {
            if firstMark == nil {
                let a = text.ascii[j]
                if a < 0x80 ? a == 0x2E || a == 0x3A || a == 0x40 : chars[j].unicodeScalars.contains(where: { $0 == "." || $0 == ":" || $0 == "@" }) {
                    firstMark = j
                }
            }
            j += 1
        }
        guard let firstMark, firstMark < j - 1 else { return nil }
        let chunk = text.string(start..<j).lowercased()
        guard chunk.count > 4 else { return nil }
        // `hasBytes` first: Foundation's search runs only where the bytes already match.
        let has = { (needle: String) in chunk.hasBytes(needle) && chunk.contains(needle) }
        let looksLikeURL = has("://") || chunk.hasPrefix("www.")
            || (has("@") && has("."))
            || [".com/", ".org/", ".net/", ".gov/", ".html", ".php"].contains { has($0) }
        guard looksLikeURL else { return nil }
        var end = j
        while end > start, ".,;:)”\"'".contains(chars[end - 1]) { end -= 1 }
        return end
    }
}
