import Lexicon
import Model

/// Word-level helpers shared by text reuse, alignment and timeline merging.
enum Words {
    /// Lowercased word tokens (letters and digits); an apostrophe splits ("Norland's" → norland, s).
    static func tokens(_ text: String) -> [String] {
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

    static var stopWords: Set<String> { WordLists.current.words("stopwords", "stopWords") }

    /// Content words: no stop words, crude suffix folding so "operates" meets "operate".
    static func contentWords(_ text: String) -> Set<String> { contentWords(tokens: tokens(text)) }

    /// `contentWords(_:)` of a text given its `tokens(_:)`.
    static func contentWords(tokens: [String]) -> Set<String> {
        Set(tokens.filter { !stopWords.contains($0) && $0.count > 2 }.map(stem))
    }

    /// `contentWords(text)`, each word hashed with `fnv1a`, sorted, each hash listed once: what alignment and
    /// the timeline compare. Cost: one tokenisation.
    static func contentWordHashes(_ text: String) -> [UInt64] { contentWordHashes(tokens: tokens(text)) }

    /// `contentWordHashes(_:)` of a text given its `tokens(_:)`.
    static func contentWordHashes(tokens: [String]) -> [UInt64] {
        let sorted = contentWords(tokens: tokens).map { fnv1a(CollectionOfOne($0)) }.sorted()
        return zip(sorted.indices, sorted).compactMap { i, hash in i > 0 && sorted[i - 1] == hash ? nil : hash }
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
