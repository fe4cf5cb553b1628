import Foundation
import Yams

/// The vocabulary of one language: every word list the stages read (numbers, currencies, calendar words,
/// reporting verbs, titles, organisations, stop words …), parsed once from the YAML files under
/// `Sources/Lexicon/<language>/` and looked up by hash.
///
/// A list is named by its area (the file's stem, `currencies`) and its key in that file (`names`). A YAML
/// sequence is a set of words; a mapping is a table of words to values (numbers or codes).
public final class WordLists: @unchecked Sendable { // immutable but for `derived` and `bits`, which a lock guards
    struct Key: Hashable, Sendable {
        let area: String
        let list: String
    }

    let sets: [Key: Set<String>]
    let sequences: [Key: [String]]
    let tables: [Key: [String: String]]
    let numberTables: [Key: [String: Double]]
    let integerTables: [Key: [String: Int]]
    let longest: [Key: Int]
    /// The same lists by slot (`ListName`), so a reader in a hot loop indexes an array instead of hashing
    /// two names: a slot holds nil when this lexicon has no such list of that kind.
    let slotSets: [Set<String>?]
    let slotTables: [[String: String]?]
    let slotNumbers: [[String: Double]?]
    let slotIntegers: [[String: Int]?]
    private let lock = NSLock()
    private var cache: [String: any Sendable] = [:]
    private var bitsBySlot: [WordBits?]

    init(sequences: [Key: [String]], tables: [Key: [String: String]]) {
        self.sequences = sequences
        let sets = sequences.mapValues(Set.init)
        self.sets = sets
        self.tables = tables
        let numberTables = tables.compactMapValues { table in
            let numbers = table.compactMapValues(Double.init)
            return numbers.count == table.count ? numbers : nil
        }
        self.numberTables = numberTables
        let integerTables = tables.compactMapValues { table in
            let numbers = table.compactMapValues { Int($0) }
            return numbers.count == table.count ? numbers : nil
        }
        self.integerTables = integerTables
        var longest: [Key: Int] = [:]
        for (key, set) in sets { longest[key] = set.map(Self.wordCount).max() ?? 0 }
        for (key, table) in tables { longest[key] = table.keys.map(Self.wordCount).max() ?? 0 }
        self.longest = longest
        let slots = ListName.slots
        slotSets = slots.map { sets[$0] }
        slotTables = slots.map { tables[$0] }
        slotNumbers = slots.map { numberTables[$0] }
        slotIntegers = slots.map { integerTables[$0] }
        bitsBySlot = Array(repeating: nil, count: slots.count)
        // Every list word, as written and lower-cased, gets its number before any stage reads this lexicon.
        var words = Set<String>()
        for set in sets.values { words.formUnion(set) }
        for table in tables.values { words.formUnion(table.keys) }
        WordIDs.intern(words.sorted())
        WordIDs.intern(words.map { $0.lowercased() }.sorted())
    }

    private static func wordCount(_ term: String) -> Int { term.split(separator: " ").count }

    /// The built-in English lexicon (the text of `Sources/Lexicon/en/*.yml`).
    public static let english: WordLists = {
        // The built-in files are tested to parse; a failure here is a programming error.
        do { return try parse(BuiltInLexicon.files, language: "en") } catch { fatalError("\(error)") }
    }()

    /// The lexicon the running stage reads: the built-in one unless a stage binds its configured one
    /// (`withLists`), so every stage of one build reads the same words.
    @TaskLocal public static var current: WordLists = english

    /// Runs `body` with this lexicon as `current`.
    public func withLists<T>(_ body: () throws -> T) rethrows -> T {
        try WordLists.$current.withValue(self, operation: body)
    }

    /// The set of words a list holds. A list of another kind or an unknown name is a programming error.
    public func words(_ area: String, _ list: String) -> Set<String> {
        guard let set = sets[Key(area: area, list: list)] else { preconditionFailure("no word set \(area).\(list)") }
        return set
    }

    /// The set of words a named list holds: an array index (the name's slot was resolved once).
    public func words(_ name: ListName) -> Set<String> {
        if name.slot >= 0, let set = slotSets[name.slot] { return set }
        return words(name.key.area, name.key.list)
    }

    /// The words of a named list (a set's members or a table's keys) as bits over `WordIDs`: for a token's
    /// number, `contains` answers exactly what `words(name).contains(word)` (or the table's key test) does.
    /// Built on first use, then kept.
    public func bits(_ name: ListName) -> WordBits {
        guard name.slot >= 0 else { return makeBits(name.key) }
        lock.lock()
        if let bits = bitsBySlot[name.slot] { lock.unlock(); return bits }
        lock.unlock()
        let bits = makeBits(name.key)
        lock.lock()
        bitsBySlot[name.slot] = bits
        lock.unlock()
        return bits
    }

    private func makeBits(_ key: Key) -> WordBits {
        if let set = sets[key] { return WordBits(set) }
        return WordBits(tables[key].map { Array($0.keys) } ?? [])
    }

    /// A table of words to text, by a resolved name.
    public func table(_ name: ListName) -> [String: String] {
        if name.slot >= 0, let table = slotTables[name.slot] { return table }
        return table(name.key.area, name.key.list)
    }

    /// A table of words to numbers, by a resolved name.
    public func numbers(_ name: ListName) -> [String: Double] {
        if name.slot >= 0, let table = slotNumbers[name.slot] { return table }
        return numbers(name.key.area, name.key.list)
    }

    /// A table of words to whole numbers, by a resolved name.
    public func integers(_ name: ListName) -> [String: Int] {
        if name.slot >= 0, let table = slotIntegers[name.slot] { return table }
        return integers(name.key.area, name.key.list)
    }

    /// The words of a list in their written order (for the few readers where order matters).
    public func sequence(_ area: String, _ list: String) -> [String] {
        guard let sequence = sequences[Key(area: area, list: list)] else { preconditionFailure("no word list \(area).\(list)") }
        return sequence
    }

    /// A structure built from this lexicon's lists once (a sorted phrase table, a typed map), then reused.
    public func derived<T: Sendable>(_ name: String, _ make: (WordLists) -> T) -> T {
        lock.lock()
        if let value = cache[name] as? T { lock.unlock(); return value }
        lock.unlock()
        let value = make(self)
        lock.lock()
        cache[name] = value
        lock.unlock()
        return value
    }

    /// A table of words to text (codes, base forms).
    public func table(_ area: String, _ list: String) -> [String: String] {
        guard let table = tables[Key(area: area, list: list)] else { preconditionFailure("no table \(area).\(list)") }
        return table
    }

    /// A table of words to numbers.
    public func numbers(_ area: String, _ list: String) -> [String: Double] {
        guard let table = numberTables[Key(area: area, list: list)] else { preconditionFailure("no number table \(area).\(list)") }
        return table
    }

    /// A table of words to whole numbers.
    public func integers(_ area: String, _ list: String) -> [String: Int] {
        guard let table = integerTables[Key(area: area, list: list)] else { preconditionFailure("no integer table \(area).\(list)") }
        return table
    }

    /// The most words any term of a list has ("central african cfa francs" is 4), so a reader tries only
    /// that many tokens before giving up.
    public func longestTerm(_ area: String, _ list: String) -> Int {
        longest[Key(area: area, list: list)] ?? 0
    }

    /// Every list name, `area.list`, sorted.
    public var listNames: [String] {
        (Array(sets.keys) + Array(tables.keys)).map { "\($0.area).\($0.list)" }.sorted()
    }
}

/// A list's name (`area`, `list`) resolved once, where its reader declares it, to a slot: every lexicon
/// keeps its lists by slot too, so `WordLists.words(_:)` in a hot loop is an array index, not two hashed
/// names. Slots are the lists of the built-in files; a name they lack falls back to the look-up by name.
public struct ListName: Sendable {
    let key: WordLists.Key
    let slot: Int

    /// The list `list` of the file `area` (`Sources/Lexicon/<language>/<area>.yml`).
    public init(_ area: String, _ list: String) {
        key = WordLists.Key(area: area, list: list)
        slot = Self.slotByKey[key] ?? -1
    }

    /// Every list name of the built-in files, in a fixed order (read from the files' text, not the parsed
    /// lexicon, so building a lexicon never waits on itself).
    static let slots: [WordLists.Key] = {
        var keys = Set<WordLists.Key>()
        for (name, text) in BuiltInLexicon.files {
            guard let slash = name.firstIndex(of: "/"), name.hasSuffix(".yml") else { continue }
            let area = String(name[name.index(after: slash)...].dropLast(4))
            for line in text.split(separator: "\n") where !line.hasPrefix(" ") && !line.hasPrefix("#") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                keys.insert(WordLists.Key(area: area, list: String(line[..<colon])))
            }
        }
        return keys.sorted { ($0.area, $0.list) < ($1.area, $1.list) }
    }()

    static let slotByKey: [WordLists.Key: Int] = Dictionary(uniqueKeysWithValues: slots.enumerated().map { ($1, $0) })
}
