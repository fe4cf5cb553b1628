import Compose
import Foundation

/// The `claims.json` and `claims.csv` fragments of the records the last builds of one process wrote (`serve`),
/// by record: a fragment is a pure function of its record's value, so an equal record reuses it. Each entry
/// carries the number of the last build that used it; when a build starts and the memo holds more than twice
/// what the last build used, the entries it did not use are dropped, so memory follows the corpus.
final class FragmentMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [AnyHashable: (data: Data, build: Int)] = [:]
    private var build = 0
    private var used = 0

    func beginBuild() {
        lock.withLock {
            if entries.count > 2 * used { entries = entries.filter { $0.value.build == build } }
            build += 1
            used = 0
        }
    }

    /// The kept fragment of an equal record, else the one `make` gives (kept unless nil). Cost: one hash of the
    /// record, one look-up and on a hit one comparison, under the lock; plus `make` on a miss.
    func fragment(_ key: AnyHashable, _ make: () -> Data?) -> Data? {
        let kept: Data? = lock.withLock {
            guard let index = entries.index(forKey: key) else { return nil }
            if entries.values[index].build != build {
                entries.values[index].build = build
                used += 1
            }
            return entries.values[index].data
        }
        if let kept { return kept }
        guard let made = make() else { return nil }
        lock.withLock {
            if entries.updateValue((made, build), forKey: key)?.build != build { used += 1 }
        }
        return made
    }
}
