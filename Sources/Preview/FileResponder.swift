import Foundation
import Hummingbird

/// Turns a resolved file into a response: content type, ETag / If-None-Match, HEAD, `no-store`,
/// and, for HTML, the preview markup injected at response time.
struct FileResponder: Sendable {
    /// Responds with a file; `injection` is added to HTML pages and folded into their ETag.
    func response(for path: String, request: Request, status: HTTPResponse.Status = .ok,
                  injection: (markup: String, token: String)?) -> Response {
        guard let stamp = FileStamp(path: path), let data = FileManager.default.contents(atPath: path) else {
            return Self.plain(.notFound, "Not found\n", request: request)
        }
        let contentType = MediaTypes.contentType(forPath: path)
        let isHTML = MediaTypes.isHTML(contentType)
        var tag = stamp.entityTag
        var body = data
        if isHTML, let injection {
            body = Data(Overlay.inject(injection.markup, into: String(decoding: data, as: UTF8.self)).utf8)
            tag += "-" + injection.token
        }
        let entityTag = "\"\(tag)\""
        var headers: HTTPFields = [.contentType: contentType, .cacheControl: "no-store", .eTag: entityTag]
        if status == .ok, let condition = request.headers[.ifNoneMatch], Self.matches(condition, entityTag) {
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentLength] = String(body.count)
        if request.method == .head { return Response(status: status, headers: headers, body: ResponseBody()) }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// A small text or HTML response with the preview headers.
    static func plain(_ status: HTTPResponse.Status, _ text: String, contentType: String = "text/plain; charset=utf-8",
                      request: Request, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: contentType, .cacheControl: "no-store", .contentLength: String(text.utf8.count)]
        headers.append(contentsOf: extra)
        let body = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(string: text))
        return Response(status: status, headers: headers, body: body)
    }

    /// RFC 9110 If-None-Match: `*` or any listed tag, weak comparison.
    static func matches(_ condition: String, _ entityTag: String) -> Bool {
        let wanted = entityTag.hasPrefix("W/") ? String(entityTag.dropFirst(2)) : entityTag
        return condition.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == wanted
        }
    }
}
