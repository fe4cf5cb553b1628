import Dispatch

extension Array where Element: Sendable {
    /// Maps on every core, keeping order: per-source work is independent and pure.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let buffer = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        buffer.initialize(repeating: nil)
        defer { buffer.deallocate() }
        nonisolated(unsafe) let slots = buffer
        let items = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots[index] = transform(items[index])
        }
        return buffer.map { $0! }
    }
}
