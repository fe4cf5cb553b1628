import Hummingbird

/// Content types for the files a site holds; text types say they are UTF-8.
enum MediaTypes {
    private static let known: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8", "json": "application/json; charset=utf-8",
        "csv": "text/csv; charset=utf-8", "txt": "text/plain; charset=utf-8",
        "md": "text/markdown; charset=utf-8", "xml": "application/xml; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "gif": "image/gif", "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
        "woff": "font/woff", "woff2": "font/woff2", "pdf": "application/pdf",
        "map": "application/json; charset=utf-8", "webmanifest": "application/manifest+json",
    ]

    /// The `Content-Type` for a file path, by extension.
    static func contentType(forPath path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "application/octet-stream" }
        let ext = path[path.index(after: dot)...].lowercased()
        if let type = known[ext] { return type }
        return MediaType.getMediaType(forExtension: ext)?.description ?? "application/octet-stream"
    }

    /// Whether a content type is an HTML page (the only kind that gets the reload script).
    static func isHTML(_ contentType: String) -> Bool {
        contentType.hasPrefix("text/html")
    }
}
