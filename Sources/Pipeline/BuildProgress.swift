import Foundation

/// Tells a listener how far a build has come: the stage, the items done and the total. Silent unless
/// the caller passes a listener (the CLI does so only when stderr is a terminal). The listener is
/// called from several threads at once and must be thread-safe.
public struct BuildProgress: Sendable {
    public typealias Listener = @Sendable (_ stage: String, _ done: Int, _ total: Int) -> Void

    let listener: Listener?

    public init(_ listener: Listener?) {
        self.listener = listener
    }

    /// Reports nothing.
    public static let silent = BuildProgress(nil)

    /// A counter for one stage; each `tick()` reports one more item done.
    func stage(_ name: String, total: Int) -> Counter {
        let counter = Counter(stage: name, total: total, listener: listener)
        listener?(name, 0, total)
        return counter
    }

    /// Counts the items of one stage across threads.
    final class Counter: @unchecked Sendable {
        let stage: String
        let total: Int
        let listener: Listener?
        private let lock = NSLock()
        private var done = 0

        init(stage: String, total: Int, listener: Listener?) {
            self.stage = stage
            self.total = total
            self.listener = listener
        }

        func tick() {
            guard let listener else { return }
            lock.lock()
            done += 1
            let now = done
            lock.unlock()
            listener(stage, now, total)
        }
    }
}
