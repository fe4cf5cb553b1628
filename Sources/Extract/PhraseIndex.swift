/// Phrases looked up by one word instead of tried one by one at every token: each key lists the positions
/// of its phrases in their ranked order, so the first hit equals what a scan of every phrase finds.
/// A look-up costs one hash per key; the candidates it returns are only the phrases that can match.
struct PhraseIndex: Sendable {
    private var positions: [String: [Int]] = [:]
    /// Phrases of no words: they match anywhere, so every look-up returns them.
    private var everywhere: [Int] = []

    init() {}

    /// Indexes the phrase at `position` under `key` (nil for a phrase of no words).
    mutating func add(_ key: String?, at position: Int) {
        guard let key else { everywhere.append(position); return }
        positions[key, default: []].append(position)
    }

    /// The positions of the phrases under `key`, ascending.
    func callAsFunction(_ key: String) -> [Int] {
        guard let found = positions[key] else { return everywhere }
        return everywhere.isEmpty ? found : Self.merged([found, everywhere])
    }

    /// The positions under any of `keys`, ascending, each once.
    func callAsFunction(_ keys: [String]) -> [Int] {
        var lists = keys.compactMap { positions[$0] }
        if !everywhere.isEmpty { lists.append(everywhere) }
        switch lists.count {
        case 0: return []
        case 1: return lists[0]
        default: return Self.merged(lists)
        }
    }

    private static func merged(_ lists: [[Int]]) -> [Int] {
        Array(Set(lists.joined())).sorted()
    }
}
