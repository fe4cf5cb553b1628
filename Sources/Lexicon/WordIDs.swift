import Foundation

/// Every word of every lexicon's lists, numbered once for the whole process, so a reader can give each
/// token its word's number at tokenisation (one hash) and then test list membership as a bit (`WordBits`)
/// instead of hashing the word again for every list it asks.
///
/// Numbers are never reused or changed: a lexicon interns its words (as written and lower-cased) when it
/// is built, before any stage reads it, so a token numbered after that has the number of every list word
/// it equals. A word in no list has no number (`WordIDs.none`).
/// Cost: a lock and one dictionary look-up per `id(of:)`.
public enum WordIDs {
    /// The number of a word in no list.
    public static let none: Int32 = -1

    private final class Table: @unchecked Sendable { // guarded by `lock`
        let lock = NSLock()
        var ids: [String: Int32] = [:]
    }

    private static let table = Table()

    /// The number of `word`, or `none` when no lexicon built so far has it in a list.
    public static func id(of word: String) -> Int32 {
        table.lock.lock()
        defer { table.lock.unlock() }
        return table.ids[word] ?? none
    }

    /// Numbers every word given that has none yet.
    static func intern<S: Sequence>(_ words: S) where S.Element == String {
        table.lock.lock()
        defer { table.lock.unlock() }
        for word in words where table.ids[word] == nil { table.ids[word] = Int32(table.ids.count) }
    }

    /// How many words are numbered.
    static var count: Int {
        table.lock.lock()
        defer { table.lock.unlock() }
        return table.ids.count
    }
}

/// A set of word numbers (`WordIDs`) as bits: membership is an array read.
public struct WordBits: Sendable {
    @usableFromInline var words: [UInt64]

    /// The numbers of `members`; a word no lexicon has interned is left out (no token can have its number).
    public init<S: Sequence>(_ members: S) where S.Element == String {
        words = Array(repeating: 0, count: (WordIDs.count + 63) / 64)
        for member in members {
            let id = WordIDs.id(of: member)
            if id >= 0 { words[Int(id) >> 6] |= 1 << UInt64(id & 63) }
        }
    }

    /// Whether the word numbered `id` is a member; false for `WordIDs.none`.
    @inlinable public func contains(_ id: Int32) -> Bool {
        guard id >= 0 else { return false }
        let index = Int(id) >> 6
        return index < words.count && words[index] & (1 << UInt64(id & 63)) != 0
    }

    /// Both sets' members.
    public func union(_ other: WordBits) -> WordBits {
        var result = self
        if other.words.count > result.words.count {
            result.words += Array(repeating: 0, count: other.words.count - result.words.count)
        }
        for (i, w) in other.words.enumerated() { result.words[i] |= w }
        return result
    }
}
