import Foundation
import Hummingbird
import HummingbirdTesting
import Pipeline
import Preview
import Testing
import TestSupport

/// Watch → rebuild → event → changed page, with real builds of a copy of the project.
@Suite(.serialized) struct LiveReloadTests {
    @Test func editingTheConfigRebuildsSendsAnEventAndChangesThePage() async throws {
        let project = try Project()
        defer { project.remove() }
        let server = project.server()
        #expect(await server.prepare() == nil)
        #expect(!FileManager.default.fileExists(atPath: project.url("public").path), "public/ stays untouched")
        let hub = server.hub
        try await server.application().test(.router) { client in
            async let events = client.execute(uri: "/__reload", method: .get)
            try await waitUntil(5, "the page to subscribe") { await hub.subscriberCount == 1 }
            let before = await hub.status.generation
            try project.edit("crosscheck.yml", replacing: "title: \"Crosscheck report\"", with: "title: \"Edited live\"")
            try await waitUntil(30, "a rebuild") { await hub.status.generation > before }
            let page = String(buffer: try await client.execute(uri: "/index.html", method: .get).body)
            #expect(page.contains("Edited live"))
            #expect(page.contains("EventSource"))
            let disk = try String(contentsOf: server.folder.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(disk.contains("Edited live") && !disk.contains("EventSource"), "files on disk stay plain")
            await hub.finish()
            let body = String(buffer: try await events.body)
            #expect(body.contains("event: hello"))
            #expect(body.contains("event: reload\ndata: \(await hub.status.token)"))
        }
    }

    @Test func addingAndRemovingASourceRebuildsItsPage() async throws {
        let project = try Project()
        defer { project.remove() }
        let server = project.server()
        await server.prepare()
        let watching = Task { try await server.rebuilder.watch() }
        defer { watching.cancel() }
        let hub = server.hub
        let article = """
            Rebels in the north said on Monday that about 300 fighters had joined them, officials said.
            The regional governor said the militia now had up to 400 fighters in the province.
            """
        let generation = await hub.status.generation
        Fixtures.write(["zz_added.txt": "Northern news wire\n\n" + article], into: project.url("seeds"))
        try await waitUntil(30, "a rebuild after adding") { await hub.status.generation > generation }
        let page = server.folder.appendingPathComponent("sources/zz_added.html")
        #expect(FileManager.default.fileExists(atPath: page.path))
        let next = await hub.status.generation
        try FileManager.default.removeItem(at: project.url("seeds/zz_added.txt"))
        try await waitUntil(30, "a rebuild after removing") { await hub.status.generation > next }
        #expect(!FileManager.default.fileExists(atPath: page.path), "the stale page is removed")
        let index = try String(contentsOf: server.folder.appendingPathComponent("sources/index.html"), encoding: .utf8)
        #expect(!index.contains("zz_added"))
    }

    @Test func aBrokenTemplateShowsTheOverlayAndFixingItClearsIt() async throws {
        let project = try Project()
        defer { project.remove() }
        let server = project.server()
        await server.prepare()
        let watching = Task { try await server.rebuilder.watch() }
        defer { watching.cancel() }
        let hub = server.hub
        let layout = try project.read("templates/layout.mustache")
        let generation = await hub.status.generation
        try Data((layout + "\n{{#unclosed}}\n").utf8).write(to: project.url("templates/layout.mustache"))
        try await waitUntil(30, "the failed rebuild") { await hub.status.generation > generation }
        let failure = try #require(await hub.status.failure)
        #expect(failure.file.hasSuffix("layout.mustache"))
        try await Application(responder: server.responder).test(.router) { client in
            for path in ["/index.html", "/sources/", "/missing.html"] {
                let page = String(buffer: try await client.execute(uri: path, method: .get).body)
                #expect(page.contains(Overlay.panelID), "overlay on \(path)")
                #expect(page.contains("layout.mustache"))
            }
            let kept = String(buffer: try await client.execute(uri: "/index.html", method: .get).body)
            #expect(kept.contains("Crosscheck report"), "the last good site is still served")
        }
        let failed = await hub.status.generation
        try Data(layout.utf8).write(to: project.url("templates/layout.mustache"))
        try await waitUntil(30, "the fixed rebuild") { await hub.status.generation > failed }
        #expect(await hub.status.failure == nil)
        try await Application(responder: server.responder).test(.router) { client in
            let page = String(buffer: try await client.execute(uri: "/index.html", method: .get).body)
            #expect(!page.contains(Overlay.panelID))
        }
    }

    @Test func aChangeDuringABuildTriggersAnotherBuild() async throws {
        let project = try Project()
        defer { project.remove() }
        let calls = Counter()
        let seed = project.url("seeds/000_5ef4c4a7e52da6a1.txt")
        let server = project.server { options in
            if calls.increment() == 1 {
                // The source changes while the first build is running.
                let handle = try FileHandle(forWritingTo: seed)
                handle.seekToEndOfFile()
                handle.write(Data("\nOfficials said on Monday that 12 fighters were arrested.\n".utf8))
                try handle.close()
            }
            return try Pipeline.build(options)
        }
        await server.prepare()
        #expect(calls.value == 1)
        let watching = Task { try await server.rebuilder.watch() }
        defer { watching.cancel() }
        try await waitUntil(30, "the second build") { await server.rebuilder.buildCount == 2 }
        try await Task.sleep(for: .milliseconds(400))
        #expect(await server.rebuilder.buildCount == 2, "one more build, then quiet")
    }

    @Test func snapshotsSeeAddedChangedAndRemovedFiles() throws {
        let folder = Fixtures.temporaryFolder("crosscheck-snapshot")
        defer { try? FileManager.default.removeItem(at: folder) }
        Fixtures.write(["a.txt": "a", "sub/b.txt": "b", ".swap": "x"], into: folder)
        let first = Snapshot(of: [folder, folder.appendingPathComponent("absent.yml")])
        #expect(first.files.count == 2)
        Fixtures.write(["sub/b.txt": "bb", "c.txt": "c"], into: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("a.txt"))
        let second = Snapshot(of: [folder])
        let base = folder.standardizedFileURL.path
        #expect(second.changes(since: first) == [base + "/a.txt", base + "/c.txt", base + "/sub/b.txt"])
    }
}

/// A thread-safe call counter for build closures.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() -> Int { lock.withLock { count += 1; return count } }
    var value: Int { lock.withLock { count } }
}
