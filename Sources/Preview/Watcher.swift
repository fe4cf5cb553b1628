import CFileWatch
import Foundation

/// The state of the watched files at one moment: every non-hidden file below each watched path with its
/// stamp. Polling and comparing snapshots is portable and, for a few hundred files, cheap (~100 µs).
public struct Snapshot: Equatable, Sendable {
    /// File path → stamp; a watched path that does not exist is simply absent.
    public private(set) var files: [String: FileStamp] = [:]

    /// Takes a snapshot of files and folders (folders recursively).
    public init(of paths: [URL]) {
        let fm = FileManager.default
        for url in paths {
            let root = url.standardizedFileURL.path
            guard let stamp = FileStamp(path: root) else { continue }
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
                files[root] = stamp
                continue
            }
            Snapshot.walk(below: root) { path in
                if let stamp = FileStamp(path: path), !stamp.isFolder { files[path] = stamp }
            }
        }
    }

    /// Every path below a folder, hidden names and editor backups (`~`) and what they hold skipped.
    static func walk(below root: String, _ visit: (String) -> Void) {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return }
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") || name.hasSuffix("~") {
                enumerator.skipDescendants()
                continue
            }
            visit(root + "/" + relative)
        }
    }

    /// The paths added, removed or changed since an earlier snapshot, sorted.
    public func changes(since earlier: Snapshot) -> [String] {
        var changed = files.filter { earlier.files[$0.key] != $0.value }.map(\.key)
        changed += earlier.files.keys.filter { files[$0] == nil }
        return changed.sorted()
    }
}

/// Watches a set of paths and reports when they change and then stay still for the debounce interval,
/// so an editor's save (write, rename, touch) or a batch of copied files yields one change. On Linux the
/// kernel says when something changed (inotify, through `CFileWatch`), and a snapshot is taken only then;
/// where inotify is unavailable it polls a snapshot every `interval`.
public struct Watcher: Sendable {
    /// The files and folders watched.
    public var paths: [URL]
    /// How often to look when polling, and how often a wait for events checks for cancellation.
    public var interval: Duration
    /// How long the files must stay unchanged before the change is reported.
    public var debounce: Duration
    /// A change that never settles is reported after this long anyway.
    public var maximumWait: Duration
    /// The kernel's change notifications; nil where inotify is unavailable (or `polling` was asked for).
    private let events: FileEvents?

    /// A watcher waiting `debounce` for quiet; it polls every `interval` where inotify is unavailable or
    /// `polling` is set. The default debounce is 50 ms with notifications (the kernel reports each write of a
    /// save as it happens, so a short quiet spell is a settled save) and 150 ms when polling (a poll may land
    /// between an editor's write and its rename).
    public init(paths: [URL], interval: Duration = .milliseconds(100), debounce: Duration? = nil,
                maximumWait: Duration = .seconds(2), polling: Bool = false) {
        self.paths = paths
        self.interval = interval
        self.maximumWait = maximumWait
        events = polling ? nil : FileEvents(paths: paths)
        self.debounce = debounce ?? (events == nil ? .milliseconds(150) : .milliseconds(50))
    }

    /// Whether the kernel reports changes (else the watcher polls).
    public var usesNotifications: Bool { events != nil }

    /// The current snapshot.
    public func snapshot() -> Snapshot { Snapshot(of: paths) }

    /// Waits until the files differ from `baseline` and then settle; returns the settled snapshot.
    /// - Throws: `CancellationError` when the task is cancelled.
    public func nextChange(after baseline: Snapshot) async throws -> Snapshot {
        var current = snapshot()
        let clock = ContinuousClock()
        var lastLook = clock.now
        while current == baseline {
            guard let events else {
                try await Task.sleep(for: interval)
                current = snapshot()
                continue
            }
            // Woken by the kernel; the wait is bounded only so that cancellation is seen. A look every two
            // seconds anyway covers events the kernel dropped (a full queue).
            try Task.checkCancellation()
            if await events.wait(interval) || clock.now - lastLook >= .seconds(2) {
                current = snapshot()
                lastLook = clock.now
            }
        }
        let deadline = clock.now + maximumWait
        while clock.now < deadline {
            // With notifications, quiet for the debounce interval means settled: no snapshot is needed for that.
            if let events {
                try Task.checkCancellation()
                guard await events.wait(debounce) else { break }
                continue
            }
            try await Task.sleep(for: debounce)
            let next = snapshot()
            if next == current { break }
            current = next
        }
        return events == nil ? current : snapshot()
    }

}

/// An inotify instance watching every watched file and every folder below the watched paths (hidden ones
/// skipped, like `Snapshot`), and the parent of a path that does not exist yet. Watches are added again
/// after each batch of events, so new folders and files replaced by rename are watched too.
final class FileEvents: @unchecked Sendable {
    private let fd: Int32
    private let paths: [URL]
    /// Waits happen on a queue of their own: a wait blocks its thread, and the global queues' few threads
    /// are what builds run on.
    private let queue = DispatchQueue(label: "crosscheck.watcher")

    /// Nil where inotify cannot be opened or a watched path cannot be watched.
    init?(paths: [URL]) {
        let fd = crosscheck_watch_open()
        guard fd >= 0 else { return nil }
        self.fd = fd
        self.paths = paths
        guard addWatches() else {
            crosscheck_watch_close(fd)
            return nil
        }
    }

    deinit { crosscheck_watch_close(fd) }

    /// Watches every folder (re-run after events: new folders and replaced files join; known ones are kept).
    @discardableResult
    private func addWatches() -> Bool {
        let fm = FileManager.default
        var ok = true
        for url in paths {
            let root = url.standardizedFileURL.path
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: root, isDirectory: &isFolder) else {
                // A path that does not exist yet is seen appearing from its parent.
                _ = crosscheck_watch_add(fd, (root as NSString).deletingLastPathComponent)
                continue
            }
            if crosscheck_watch_add(fd, root) < 0 { ok = false }
            guard isFolder.boolValue else { continue }
            Snapshot.walk(below: root) { path in
                var isSub: ObjCBool = false
                if fm.fileExists(atPath: path, isDirectory: &isSub), isSub.boolValue, crosscheck_watch_add(fd, path) < 0 { ok = false }
            }
        }
        return ok
    }

    /// Waits up to `limit` for events, off Swift's cooperative pool; true when some arrived.
    func wait(_ limit: Duration) async -> Bool {
        let milliseconds = Int32(clamping: limit.components.seconds * 1000 + limit.components.attoseconds / 1_000_000_000_000_000)
        return await withCheckedContinuation { continuation in
            queue.async { [self] in
                let count = crosscheck_watch_wait(fd, max(1, milliseconds))
                if count > 0 { addWatches() }
                continuation.resume(returning: count > 0)
            }
        }
    }
}
