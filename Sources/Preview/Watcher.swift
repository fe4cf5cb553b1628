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
            guard let enumerator = fm.enumerator(atPath: root) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") || name.hasSuffix("~") {
                    enumerator.skipDescendants()
                    continue
                }
                let path = root + "/" + relative
                if let stamp = FileStamp(path: path), !stamp.isFolder { files[path] = stamp }
            }
        }
    }

    /// The paths added, removed or changed since an earlier snapshot, sorted.
    public func changes(since earlier: Snapshot) -> [String] {
        var changed = files.filter { earlier.files[$0.key] != $0.value }.map(\.key)
        changed += earlier.files.keys.filter { files[$0] == nil }
        return changed.sorted()
    }
}

/// Polls a set of paths and reports when they change and then stay still for the debounce interval,
/// so an editor's save (write, rename, touch) or a batch of copied files yields one change.
public struct Watcher: Sendable {
    /// The files and folders watched.
    public var paths: [URL]
    /// How often to look.
    public var interval: Duration
    /// How long the files must stay unchanged before the change is reported.
    public var debounce: Duration
    /// A change that never settles is reported after this long anyway.
    public var maximumWait: Duration

    /// A watcher polling every `interval` and waiting `debounce` for quiet.
    public init(paths: [URL], interval: Duration = .milliseconds(100), debounce: Duration = .milliseconds(150),
                maximumWait: Duration = .seconds(2)) {
        self.paths = paths
        self.interval = interval
        self.debounce = debounce
        self.maximumWait = maximumWait
    }

    /// The current snapshot.
    public func snapshot() -> Snapshot { Snapshot(of: paths) }

    /// Waits until the files differ from `baseline` and then settle; returns the settled snapshot.
    /// - Throws: `CancellationError` when the task is cancelled.
    public func nextChange(after baseline: Snapshot) async throws -> Snapshot {
        var current = baseline
        while current == baseline {
            try await Task.sleep(for: interval)
            current = snapshot()
        }
        let clock = ContinuousClock()
        let deadline = clock.now + maximumWait
        while clock.now < deadline {
            try await Task.sleep(for: debounce)
            let next = snapshot()
            if next == current { break }
            current = next
        }
        return current
    }
}
