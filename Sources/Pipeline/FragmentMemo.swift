import Compose
import Foundation

/// The `claims.json` and `claims.csv` fragments of the records the last builds of one process wrote (`serve`),
/// by record: a fragment is a pure function of its record's value, so an equal record reuses it. Fragments no
/// build used since the one before are dropped when a build starts.
final class FragmentMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var current: [AnyHashable: Data] = [:]
    private var previous: [AnyHashable: Data] = [:]

    func beginBuild() {
        lock.withLock {
            previous = current
            current = [:]
        }
    }

    /// The kept fragment of an equal record, else the one `make` gives (kept unless nil). Cost: one hash of the
    /// record and one look-up under the lock, plus `make` on a miss.
    func fragment(_ key: AnyHashable, _ make: () -> Data?) -> Data? {
        let kept: Data? = lock.withLock {
            if let hit = current[key] { return hit }
            guard let hit = previous.removeValue(forKey: key) else { return nil }
            current[key] = hit
            return hit
        }
        if let kept { return kept }
        guard let made = make() else { return nil }
        lock.withLock { current[key] = made }
        return made
    }
}
