import Lexicon
import Model

/// Word-level helpers shared by text reuse, alignment and timeline merging.
enum Words {
    /// Lowercased word tokens (letters and digits); an apostrophe splits ("Norland's" → norland, s): what
    /// `text.lowercased()` read `Character` by `Character` gives, split at every character that is neither a
    /// letter nor a digit. Cost: one pass over the UTF-8 bytes. A single-byte character (an ASCII byte other
    /// than a carriage return, followed by another ASCII byte or the end: `CharacterScan`) is read as a byte;
    /// any other stretch, up to the next such pair, is lower-cased and read as `Character`s. Both ends of such
    /// a stretch are grapheme boundaries in the lower-cased text too (lower-casing is per scalar and keeps
    /// ASCII ASCII), so the tokens are those of the whole text lower-cased (`ByteWordsTests` compares the two).
    static func tokens(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var tokens: [String] = []
            var current: [UInt8] = []
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                if b < 0x80, b != 0x0D, i + 1 == n || bytes[i + 1] < 0x80 {
                    if CharacterScan.isAlphanumeric(b) {
                        current.append(b >= 65 && b <= 90 ? b + 32 : b)
                    } else if !current.isEmpty {
                        tokens.append(String(decoding: current, as: UTF8.self))
                        current.removeAll(keepingCapacity: true)
                    }
                    i += 1
                    continue
                }
                var j = i + 1
                while j < n, !(bytes[j - 1] < 0x80 && bytes[j - 1] != 0x0D && bytes[j] < 0x80) { j += 1 }
                for ch in String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self).lowercased() {
                    if ch.isWordLetter || ch.isWordDigit {
                        current.append(contentsOf: ch.utf8)
                    } else if !current.isEmpty {
                        tokens.append(String(decoding: current, as: UTF8.self))
                        current.removeAll(keepingCapacity: true)
                    }
                }
                i = j
            }
            if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
            return tokens
        }
    }

    static var stopWords: Set<String> { WordLists.current.words("stopwords", "stopWords") }

    /// Content words: no stop words, crude suffix folding so "operates" meets "operate".
    static func contentWords(_ text: String) -> Set<String> { contentWords(tokens: tokens(text)) }

    /// `contentWords(_:)` of a text given its `tokens(_:)`.
    static func contentWords(tokens: [String]) -> Set<String> {
        let stop = stopWords
        return Set(tokens.filter { !stop.contains($0) && $0.count > 2 }.map(stem))
    }

    /// `contentWords(text)`, each word hashed with `fnv1a`, sorted, each hash listed once: what alignment and
    /// the timeline compare. Cost: one tokenisation.
    static func contentWordHashes(_ text: String) -> [UInt64] { contentWordHashes(tokens: tokens(text)) }

    /// `contentWordHashes(_:)` of a text given its `tokens(_:)`: the words are hashed as they are found (a
    /// word met twice gives one hash twice, listed once after sorting), so no set of strings is made.
    static func contentWordHashes(tokens: [String], stopWords stop: Set<String> = stopWords) -> [UInt64] {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(tokens.count)
        for token in tokens where token.count > 2 && !stop.contains(token) {
            hashes.append(fnv1a(CollectionOfOne(stem(token))))
        }
        hashes.sort()
        var unique = 0
        for i in hashes.indices where i == 0 || hashes[i] != hashes[unique - 1] {
            hashes[unique] = hashes[i]
            unique += 1
        }
        hashes.removeLast(hashes.count - unique)
        return hashes
    }

    /// Whether a text's characters are its scalars and need no Unicode tables: every byte ASCII, or one of a
    /// few punctuation marks news text is full of (no-break space, en and em dash, curly quotes, ellipsis).
    /// None of them is a letter, digit or upper-case, and none joins a neighbour into one `Character`, so in
    /// such a text every scalar is a `Character` of its own (a CR LF aside, which is no letter either).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { i += 2; continue }
            guard b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 else { return false }
            switch bytes[i + 2] {
            case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: i += 3
            default: return false
            }
        }
        return true
    }

    /// The bytes of the scalar a plain text's byte `b` starts (`isPlain`: ASCII, or C2 A0, or E2 80 xx).
    private static func plainWidth(_ b: UInt8) -> Int { b == 0xE2 ? 3 : (b == 0xC2 ? 2 : 1) }

    /// `text.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" && $0 != "’" })` for a plain
    /// text (`isPlain`), on bytes; nil for any other text.
    static func plainWords(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard isPlain(bytes) else { return nil }
            var words: [String] = []
            var start = -1
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                let width = plainWidth(b)
                let inWord = (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b == UInt8(ascii: "-") || b == UInt8(ascii: "'")
                    || (b == 0xE2 && bytes[i + 2] == 0x99)
                if inWord {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    start = -1
                }
                i += width
            }
            if start >= 0 { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<n]), as: UTF8.self)) }
            return words
        }
    }

    /// The tokens of each quotation in a plain sentence (`isPlain`), each quotation's followed by "\u{1}",
    /// as `TextReuse.quotedWords` reads them: a straight quote opens or closes, “ opens, ” closes, and an
    /// unclosed quotation is dropped. Nil for any other sentence.
    static func quotedWords(plain text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard isPlain(bytes) else { return nil }
            var words: [String] = []
            var inside = false
            var start = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                let width = plainWidth(b)
                let opens = b == 0xE2 && bytes[i + 2] == 0x9C, closes = b == 0xE2 && bytes[i + 2] == 0x9D
                if b == UInt8(ascii: "\"") || opens || closes {
                    if inside {
                        words += tokens(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) + ["\u{1}"]
                    }
                    inside = opens ? true : (closes ? false : !inside)
                    start = i + width
                }
                i += width
            }
            return words
        }
    }

    static func stem(_ word: String) -> String {
        for suffix in ["ing", "ed", "es", "s", "ly"] where word.count > suffix.count + 3 && word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    /// FNV-1a: a stable 64-bit hash (Swift's `Hasher` is seeded per process, which would break determinism).
    static func fnv1a<S: Sequence>(_ words: S) -> UInt64 where S.Element == String {
        var hash: UInt64 = 0xcbf29ce484222325
        for word in words {
            for byte in word.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100000001b3
            }
            hash ^= 0x20
            hash = hash &* 0x100000001b3
        }
        return hash
    }

    /// Word k-shingles of a text, hashed.
    static func shingles(_ tokens: [String], k: Int) -> Set<UInt64> {
        guard tokens.count >= k else { return tokens.isEmpty ? [] : [fnv1a(tokens)] }
        var result = Set<UInt64>()
        result.reserveCapacity(tokens.count)
        for start in 0...(tokens.count - k) {
            result.insert(fnv1a(tokens[start..<(start + k)]))
        }
        return result
    }
}

/// Disjoint sets over 0..<n, for clustering.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var root = x
        while parent[root] != root { root = parent[root] }
        var node = x
        while parent[node] != root {
            let next = parent[node]
            parent[node] = root
            node = next
        }
        return root
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    /// Groups of members, each sorted, groups ordered by their smallest member.
    mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for x in parent.indices { byRoot[find(x), default: []].append(x) }
        return byRoot.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
