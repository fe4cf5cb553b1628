import Foundation
import Hummingbird
import HummingbirdTesting
import Preview
import Testing
import TestSupport

/// The responder against a small hand-made site, in process.
@Suite struct ServerTests {
    let folder: URL
    let site: URL
    let hub = ReloadHub()

    init() throws {
        folder = Fixtures.temporaryFolder("crosscheck-serve")
        site = folder.appendingPathComponent("site")
        Fixtures.write(["site/index.html": "<html><body><h1>Home</h1></body></html>",
                        "site/style.css": "body{}", "site/claims.json": "{}", "site/claims.csv": "a,b\r\n",
                        "site/sources/index.html": "<html><body>Sources</body></html>",
                        "site/app.js": "console.log(1)", "site/.crosscheck-manifest": "index.html\n",
                        "secret.txt": "TOP SECRET"], into: folder)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("leak.txt").path,
                                                   withDestinationPath: folder.appendingPathComponent("secret.txt").path)
    }

    func app(base: String? = nil) -> some ApplicationProtocol {
        Application(responder: PreviewResponder(folder: site, base: BasePath(base), hub: hub))
    }

    @Test(arguments: [("/index.html", "text/html; charset=utf-8"), ("/style.css", "text/css; charset=utf-8"),
                      ("/claims.json", "application/json; charset=utf-8"), ("/claims.csv", "text/csv; charset=utf-8"),
                      ("/app.js", "text/javascript; charset=utf-8")])
    func filesCarryTheirMediaTypeAndNoStore(path: String, type: String) async throws {
        try await app().test(.router) { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == type)
            #expect(response.headers[.cacheControl] == "no-store")
            #expect(response.headers[.eTag] != nil)
        }
    }

    @Test func entityTagAnswersNotModified() async throws {
        try await app().test(.router) { client in
            let first = try await client.execute(uri: "/style.css", method: .get)
            let tag = try #require(first.headers[.eTag])
            let again = try await client.execute(uri: "/style.css", method: .get, headers: [.ifNoneMatch: tag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
            let other = try await client.execute(uri: "/style.css", method: .get, headers: [.ifNoneMatch: "\"nope\""])
            #expect(other.status == .ok)
            let page = try await client.execute(uri: "/index.html", method: .get)
            let pageTag = try #require(page.headers[.eTag])
            await hub.publish(failure: nil)
            let rebuilt = try await client.execute(uri: "/index.html", method: .get, headers: [.ifNoneMatch: pageTag])
            #expect(rebuilt.status == .ok, "a page's tag changes with the injected build token")
        }
    }

    @Test func headSendsHeadersWithoutBody() async throws {
        try await app().test(.router) { client in
            let get = try await client.execute(uri: "/index.html", method: .get)
            let head = try await client.execute(uri: "/index.html", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentLength] == String(get.body.readableBytes))
            #expect(head.headers[.eTag] == get.headers[.eTag])
        }
    }

    @Test func foldersServeTheirIndexAndRedirectWithoutSlash() async throws {
        try await app().test(.router) { client in
            let root = try await client.execute(uri: "/", method: .get)
            #expect(String(buffer: root.body).contains("<h1>Home</h1>"))
            let sources = try await client.execute(uri: "/sources/", method: .get)
            #expect(String(buffer: sources.body).contains("Sources"))
            let bare = try await client.execute(uri: "/sources", method: .get)
            #expect(bare.status == .movedPermanently)
            #expect(bare.headers[.location] == "/sources/")
        }
    }

    @Test func missingFilesGetTheBuiltInPageThenTheSitesOwn() async throws {
        try await app().test(.router) { client in
            let builtIn = try await client.execute(uri: "/nope.html", method: .get)
            #expect(builtIn.status == .notFound)
            #expect(String(buffer: builtIn.body).contains("Not found"))
            #expect(String(buffer: builtIn.body).contains("EventSource"))
            Fixtures.write(["404.html": "<html><body>Custom missing</body></html>"], into: site)
            let custom = try await client.execute(uri: "/nope.html", method: .get)
            #expect(custom.status == .notFound)
            #expect(String(buffer: custom.body).contains("Custom missing"))
            let hidden = try await client.execute(uri: "/.crosscheck-manifest", method: .get)
            #expect(hidden.status == .notFound)
            let post = try await client.execute(uri: "/index.html", method: .post)
            #expect(post.status == .methodNotAllowed)
        }
    }

    @Test(arguments: ["/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2fPackage.swift", "/../secret.txt",
                      "/%2e%2e/secret.txt", "/..%5csecret.txt", "/leak.txt", "//etc/passwd", "/index.html%00",
                      "/sources/../../secret.txt"])
    func nothingOutsideTheRootIsServed(path: String) async throws {
        try await app().test(.router) { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect([.badRequest, .notFound].contains(response.status), "\(path) → \(response.status)")
            let body = String(buffer: response.body)
            #expect(!body.contains("TOP SECRET"))
            #expect(!body.contains("root:"))
            #expect(!body.contains("PackageDescription"))
        }
    }

    @Test func scriptIsInjectedIntoHTMLOnlyAndNotOnDisk() async throws {
        try await app().test(.router) { client in
            let page = String(buffer: try await client.execute(uri: "/index.html", method: .get).body)
            #expect(page.contains("new EventSource(\"/__reload\")"))
            #expect(page.hasSuffix("</script></body></html>"))
            let css = String(buffer: try await client.execute(uri: "/style.css", method: .get).body)
            #expect(css == "body{}")
            let js = String(buffer: try await client.execute(uri: "/app.js", method: .get).body)
            #expect(!js.contains("EventSource"))
            let disk = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(!disk.contains("EventSource"))
        }
    }

    @Test func basePathPrefixesEverything() async throws {
        try await app(base: "/report/").test(.router) { client in
            let page = try await client.execute(uri: "/report/index.html", method: .get)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("new EventSource(\"/report/__reload\")"))
            let index = try await client.execute(uri: "/report/", method: .get)
            #expect(String(buffer: index.body).contains("<h1>Home</h1>"))
            let bare = try await client.execute(uri: "/report", method: .get)
            #expect(bare.headers[.location] == "/report/")
            let outside = try await client.execute(uri: "/index.html", method: .get)
            #expect(outside.status == .notFound)
            let traversal = try await client.execute(uri: "/report/../secret.txt", method: .get)
            #expect(traversal.status == .badRequest)
        }
    }

    @Test func eventStreamSaysHelloThenReloadsAfterEachBuild() async throws {
        let hub = self.hub
        try await app().test(.router) { client in
            async let stream = client.execute(uri: "/__reload", method: .get)
            try await waitUntil(5, "the page to subscribe") { await hub.subscriberCount == 1 }
            let hello = await hub.status.token
            await hub.publish(failure: nil)
            await hub.publish(failure: BuildFailure(file: "crosscheck.yml", line: 3, message: "bad"))
            let tokens = await hub.status.token
            await hub.finish()
            let response = try await stream
            #expect(response.headers[.contentType] == "text/event-stream")
            #expect(response.headers[.cacheControl] == "no-store")
            let body = String(buffer: response.body)
            #expect(body.contains("event: hello\ndata: \(hello)\n\n"))
            #expect(body.components(separatedBy: "event: reload\n").count == 3)
            #expect(body.contains("data: \(tokens)\n\n"))
        }
    }
}
