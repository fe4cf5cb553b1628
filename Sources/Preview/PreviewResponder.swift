import Foundation
import Hummingbird
import ServiceLifecycle

/// Answers every preview request: the `/__reload` event stream, files under the base path (with the
/// preview markup in HTML), redirects for folders, and 400/404/405 for everything else.
public struct PreviewResponder: HTTPResponder {
    /// Hummingbird's basic context: the preview needs nothing more.
    public typealias Context = BasicRequestContext

    /// The served folder (the preview build's output).
    public let folder: URL
    /// The prefix the site is served under.
    public let base: BasePath
    /// Where build statuses come from.
    public let hub: ReloadHub
    private let files = FileResponder()

    /// A responder serving `folder` under `base`.
    public init(folder: URL, base: BasePath, hub: ReloadHub) {
        self.folder = folder
        self.base = base
        self.hub = hub
    }

    /// Answers one request; never throws for a bad path (400/404 instead).
    public func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return FileResponder.plain(.methodNotAllowed, "Method not allowed\n", request: request, extra: [.allow: "GET, HEAD"])
        }
        let path = request.uri.path
        if path == base.reloadPath || path == "/__reload" { return eventStream(for: request) }
        if path.contains("\0") || path.contains("\\") || !path.hasPrefix("/") {
            return FileResponder.plain(.badRequest, "Bad request\n", request: request)
        }
        if base.isBareBase(path) { return redirect(to: base.path, request: request) }
        guard let relative = base.relative(path) else { return await notFound(request) }
        guard let root = SiteRoot(folder) else { return await notFound(request) }
        switch SafePath.resolve(relative, in: root) {
        case .file(let file):
            return files.response(for: file, request: request, injection: await injection())
        case .folder:
            return redirect(to: path + "/" + (request.uri.query.map { "?" + $0 } ?? ""), request: request)
        case .missing:
            return await notFound(request)
        case .rejected:
            return FileResponder.plain(.badRequest, "Bad request\n", request: request)
        }
    }

    private func injection() async -> (markup: String, token: String) {
        let status = await hub.status
        let token = status.token + (status.failure == nil ? "" : "-failed")
        return (Overlay.markup(for: status, reloadPath: base.reloadPath), token)
    }

    /// The site's own `404.html` when it has one, else a small built-in page; both carry the markup.
    private func notFound(_ request: Request) async -> Response {
        let injection = await injection()
        if let root = SiteRoot(folder), case .file(let page) = SafePath.resolve("404.html", in: root) {
            return files.response(for: page, request: request, status: .notFound, injection: injection)
        }
        let page = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
        <body style="font:16px/1.5 system-ui,sans-serif;margin:3rem"><h1>Not found</h1>
        <p>Nothing is published at <code>\(Overlay.escape(request.uri.path))</code>.
        <a href="\(Overlay.escape(base.path))">Go to the report’s front page</a>.</p></body></html>
        """
        return FileResponder.plain(.notFound, Overlay.inject(injection.markup, into: page),
                                   contentType: "text/html; charset=utf-8", request: request)
    }

    private func redirect(to location: String, request: Request) -> Response {
        FileResponder.plain(.movedPermanently, "Moved to \(location)\n", request: request, extra: [.location: location])
    }

    /// Server-Sent Events: `hello` with the current token on connect, then `reload` after each build.
    /// The stream ends on graceful shutdown so Ctrl-C is not held up by open pages.
    private func eventStream(for request: Request) -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        if request.method == .head { return Response(status: .ok, headers: headers, body: ResponseBody()) }
        let hub = self.hub
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let updates = await hub.subscribe()
            try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
            var first = true
            for await status in updates.cancelOnGracefulShutdown() {
                let event = first ? "hello" : "reload"
                first = false
                try await writer.write(ByteBuffer(string: "event: \(event)\ndata: \(status.token)\n\n"))
            }
            try await writer.finish(nil)
        })
    }
}
