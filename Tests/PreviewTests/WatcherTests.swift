import Foundation
import TestSupport
import Testing
@testable import Preview

/// The watcher hears a save through the kernel where it can, and by polling where it cannot.
@Suite struct WatcherTests {
    func change(_ file: URL, after delay: Duration, to text: String) -> Task<Void, Never> {
        Task {
            try? await Task.sleep(for: delay)
            try? Data(text.utf8).write(to: file)
        }
    }

    @Test(arguments: [false, true]) func aSavedFileIsReportedOnce(polling: Bool) async throws {
        let folder = Fixtures.temporaryFolder("watch")
        let file = folder.appendingPathComponent("a.txt")
        try Data("one".utf8).write(to: file)
        let watcher = Watcher(paths: [folder], interval: .milliseconds(20), debounce: .milliseconds(60), polling: polling)
        #if os(Linux)
        #expect(watcher.usesNotifications == !polling)
        #endif
        let baseline = watcher.snapshot()
        let edit = change(file, after: .milliseconds(150), to: "two, longer")
        let settled = try await watcher.nextChange(after: baseline)
        await edit.value
        #expect(settled.changes(since: baseline) == [file.standardizedFileURL.path])
    }

    @Test func aFileInANewFolderIsSeen() async throws {
        let folder = Fixtures.temporaryFolder("watch-new")
        let watcher = Watcher(paths: [folder], interval: .milliseconds(20), debounce: .milliseconds(60))
        let baseline = watcher.snapshot()
        let sub = folder.appendingPathComponent("later")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        _ = change(sub.appendingPathComponent("b.txt"), after: .milliseconds(100), to: "new")
        let settled = try await watcher.nextChange(after: baseline)
        #expect(settled.changes(since: baseline) == [sub.appendingPathComponent("b.txt").standardizedFileURL.path])
    }
}
