import Lexicon
import Model
import Testing
@testable import Reconcile

/// The byte-level word readers of `Words` give what the `Character` walks they replace gave (kept here as
/// the reference), on news sentences and on every pair and triple of pieces that could trip a byte reader:
/// combining marks, CR LF, curly quotes beside letters, letters that lower-case to two scalars.
@Suite struct ByteWordsTests {
    /// The old `Words.tokens`: the whole text lower-cased, split at every character that is neither a letter
    /// nor a digit.
    static func referenceTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for ch in text.lowercased() {
            if ch.isWordLetter || ch.isWordDigit {
                current.append(ch)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// The old split of `DriftFinder.places` into words.
    static func referenceWords(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" && $0 != "’" }).map(String.init)
    }

    /// The old `TextReuse.quotedWords` of one sentence.
    static func referenceQuoted(_ text: String) -> [String] {
        var words: [String] = []
        var inside = false
        var current = ""
        for ch in text {
            switch ch {
            case "\u{201C}", "\u{201D}", "\"":
                if inside { words += referenceTokens(current) + ["\u{1}"] }
                inside = ch == "\u{201C}" ? true : (ch == "\u{201D}" ? false : !inside)
                current = ""
            default:
                if inside { current.append(ch) }
            }
        }
        return words
    }

    static let sentences = [
        "Police said about 12,000 people marched through Castle Square on Saturday.",
        "“We will not back down,” said union leader Hana Keller, adding that 4,500 had walked out.",
        "The ministry's figure – 3.2% – was revised on Tuesday\u{00A0}morning… officials said.",
        "\"Nobody expected this,\" one resident told the Herald. \"Not in Marrowport.\"",
        "São Paulo’s mayor, Ana Lúcia Ribeiro, said 1.2 million were affected.",
        "Aleksandar Vučić told the Belgrade daily that İstanbul’s share rose 12%.",
        "Line one\r\nLine two with CR LF",
        "The Kelvin sign \u{212A} lowers to k; ß stays; ΣΊΣΥΦΟΣ lowers per scalar.",
        "e\u{301}tude and cafe\u{301} with combining accents, “quoted\u{301}” too",
        "An unclosed “quotation runs to the end",
        "", " ", "“”", "\"\"", "-'’", "O’Neill-Smith's 2nd 3rd",
        "👩‍👩‍👧 family of 3; 🇬🇧 flag; 1️⃣ keycap",
    ]

    static let pieces = ["a", "Z", "9", " ", "'", "’", "-", "\"", "“", "”", "\r", "\n", "\u{301}", "\u{200D}",
                         "é", "İ", "ß", "\u{00A0}", "–", "…", "日", "🇬"]

    static var cases: [String] {
        var all = sentences
        for a in pieces {
            for b in pieces {
                all.append(a + b)
                for c in ["x", "\u{301}", "”", " "] { all.append(a + b + c) }
            }
        }
        return all
    }

    @Test func tokensAreTheCharacterWalks() {
        for text in Self.cases {
            #expect(Words.tokens(text) == Self.referenceTokens(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func plainWordsAreTheSplitWhereTheyApply() {
        var plain = 0
        for text in Self.cases {
            guard let words = Words.plainWords(text) else { continue }
            plain += 1
            #expect(words == Self.referenceWords(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(plain > 100)
        #expect(Words.plainWords("Ana Lúcia Ribeiro") == nil)
        #expect(Words.plainWords("“Castle Square’s” – fine") == ["Castle", "Square’s", "fine"])
    }

    @Test func quotationsAreTheCharacterWalks() {
        var plain = 0
        for text in Self.cases {
            guard let words = Words.quotedWords(plain: text) else { continue }
            plain += 1
            #expect(words == Self.referenceQuoted(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(plain > 100)
        #expect(Words.quotedWords(plain: "“We will,” she said. \"Never.\" “Open") == ["we", "will", "\u{1}", "never", "\u{1}"])
    }

    @Test func contentWordHashesAreTheSetOfStems() {
        let stop = WordLists.english.withLists { Words.stopWords }
        for text in Self.sentences {
            let tokens = Words.tokens(text)
            let reference = Set(tokens.filter { !stop.contains($0) && $0.count > 2 }.map(Words.stem))
                .map { Words.fnv1a(CollectionOfOne($0)) }.sorted()
            #expect(Words.contentWordHashes(tokens: tokens, stopWords: stop) == reference, "\(text)")
        }
    }
}
