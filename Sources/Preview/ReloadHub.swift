import Foundation

/// Holds the current build status and tells every open page when it changes. Each subscriber gets
/// the current status first, then one value per finished build (failed or not).
public actor ReloadHub {
    /// The status pages are served with.
    public private(set) var status: BuildStatus
    private let instance: String
    private var subscribers: [UUID: AsyncStream<BuildStatus>.Continuation] = [:]
    private var finished = false

    /// A hub with no build finished yet.
    public init() {
        let instance = String(UUID().uuidString.prefix(8)).lowercased()
        self.instance = instance
        status = BuildStatus(token: instance + "-0", generation: 0, failure: nil)
    }

    /// How many pages are listening.
    public var subscriberCount: Int { subscribers.count }

    /// A stream of statuses: the current one at once, then one per build, until the hub finishes.
    public func subscribe() -> AsyncStream<BuildStatus> {
        let (stream, continuation) = AsyncStream.makeStream(of: BuildStatus.self, bufferingPolicy: .bufferingNewest(8))
        continuation.yield(status)
        if finished {
            continuation.finish()
            return stream
        }
        let id = UUID()
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        return stream
    }

    /// Records a finished build and notifies every subscriber. Call only after every file is written.
    public func publish(failure: BuildFailure?) {
        let generation = status.generation + 1
        status = BuildStatus(token: "\(instance)-\(generation)", generation: generation, failure: failure)
        for continuation in subscribers.values { continuation.yield(status) }
    }

    /// Ends every stream (at shutdown, so open event streams do not hold the server).
    public func finish() {
        finished = true
        for continuation in subscribers.values { continuation.finish() }
        subscribers.removeAll()
    }

    private func remove(_ id: UUID) {
        subscribers[id] = nil
    }
}
