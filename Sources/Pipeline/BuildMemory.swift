import Foundation
import Reconcile

/// What a long-running process (`serve`) keeps in memory between builds: every cached value (parsed
/// sources, extractions, rendered pages) by the same keys the build cache uses, so a rebuild after one
/// saved file neither reads nor decodes the other sources' cache entries. Entries no build has used since
/// the one before are dropped when a build starts, so memory follows the corpus, not its history.
public final class BuildMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var current: [String: any Sendable] = [:]
    private var previous: [String: any Sendable] = [:]
    /// The `claims.json` and `claims.csv` fragments of the records the last build wrote.
    let exports = FragmentMemo()
    /// Each family's aligned sentences and each date's timeline entries, by what they are made from.
    let reconcile = ReconcileMemo()

    public init() {}

    /// Starts a build: what the last build did not use is forgotten.
    func beginBuild() {
        exports.beginBuild()
        reconcile.beginBuild()
        lock.withLock {
            previous = current
            current = [:]
        }
    }

    func value<T: Sendable>(_ type: T.Type, for key: String) -> T? {
        lock.withLock {
            if let hit = current[key] as? T { return hit }
            guard let hit = previous.removeValue(forKey: key) as? T else { return nil }
            current[key] = hit
            return hit
        }
    }

    func store<T: Sendable>(_ value: T, for key: String) {
        lock.withLock { current[key] = value }
    }

    /// How many values are held.
    public var count: Int { lock.withLock { current.count + previous.count } }
}
