import Compose
import Crypto
import Foundation

/// Rendered pages by a digest of everything that decides their bytes: the page model (path, kind, title,
/// summary, body and template data), the templates, the injected markup and the tool. A page whose digest
/// is in the cache is not rendered again, so a build after one new article renders only the pages that
/// article changes. Cost per page: one pass over its model to hash it, plus a file read on a hit.
struct PageCache: Sendable {
    /// `pages/` in the build cache; nil renders every page.
    let folder: URL?
    /// The templates, the injection and the tool's identity, mixed into every key.
    let salt: [UInt8]

    /// Pages kept between builds of one process, looked up before the folder.
    let memory: BuildMemory?

    init(cache: URL?, templates: [String: Data], injection: String, memory: BuildMemory? = nil) {
        folder = cache?.appendingPathComponent("pages")
        self.memory = memory
        var stream: [UInt8] = []
        PageDigest.feed(BuildCache.toolIdentity, into: &stream)
        PageDigest.feed(injection, into: &stream)
        for (name, data) in templates.sorted(by: { $0.key < $1.key }) {
            PageDigest.feed(name, into: &stream)
            PageDigest.feed(data, into: &stream)
        }
        salt = PageDigest.digest(stream)
    }

    /// The key of a page: hex SHA-256 of the salt and the page model.
    func key(for page: Page) -> String {
        var stream = salt
        PageDigest.feed(page, into: &stream)
        return DigestEncoder.hex(PageDigest.digest(stream))
    }

    /// The key of a source page from its inputs, before it is composed: the source's digest, its context and
    /// the layout (a source page is a pure function of these; `Composition`).
    func key(source digest: String, context: SourcePageContext, layout: TemplateData) -> String {
        var stream = salt
        PageDigest.feed("source page", into: &stream)
        PageDigest.feed(digest, into: &stream)
        PageDigest.feed(context.data, into: &stream)
        PageDigest.feed(layout, into: &stream)
        return DigestEncoder.hex(PageDigest.digest(stream))
    }

    private func url(_ key: String) -> URL? {
        folder?.appendingPathComponent(String(key.prefix(2))).appendingPathComponent(key + ".html")
    }

    /// The page's HTML from an earlier build, if any.
    func html(for key: String) -> Data? {
        guard let url = url(key) else { return nil }
        if let kept = memory?.value(Data.self, for: "page-" + key) { return kept }
        let html = FileManager.default.contents(atPath: url.path)
        if let html { memory?.store(html, for: "page-" + key) }
        return html
    }

    /// Keeps a rendered page; failures only cost speed.
    func store(_ html: Data, for key: String) {
        guard let url = url(key) else { return }
        memory?.store(html, for: "page-" + key)
        let dir = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let temp = dir.appendingPathComponent(".\(key).\(UUID().uuidString).tmp")
        guard (try? html.write(to: temp)) != nil else { return }
        if (try? FileManager.default.moveItem(at: temp, to: url)) == nil { try? FileManager.default.removeItem(at: temp) }
    }
}

/// A canonical byte stream of a page model, hashed once: every value tagged and length-prefixed, dictionaries
/// in key order, so equal models give equal digests and different ones (in practice) never do. The stream is
/// built in one buffer and handed to SHA-256 in one call (a call per field cost more than the hashing).
enum PageDigest {
    /// SHA-256 of a stream.
    static func digest(_ stream: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        stream.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return Array(hasher.finalize())
    }

    static func feed(_ page: Page, into stream: inout [UInt8]) {
        feed(page.path, into: &stream)
        feed(page.kind.rawValue, into: &stream)
        feed(page.title, into: &stream)
        feed(page.summary, into: &stream)
        feed(page.body, into: &stream)
        feed(.map(page.data), into: &stream)
    }

    static func feed(_ data: TemplateData, into stream: inout [UInt8]) {
        switch data {
        case .string(let s):
            stream.append(1)
            feed(s, into: &stream)
        case .bool(let b):
            stream.append(b ? 2 : 3)
        case .int(let i):
            stream.append(4)
            number(UInt64(bitPattern: Int64(i)), into: &stream)
        case .list(let items):
            stream.append(5)
            number(UInt64(items.count), into: &stream)
            for item in items { feed(item, into: &stream) }
        case .map(let map):
            stream.append(6)
            number(UInt64(map.count), into: &stream)
            for (key, value) in map.sorted(by: { $0.key < $1.key }) {
                feed(key, into: &stream)
                feed(value, into: &stream)
            }
        }
    }

    static func feed(_ string: String, into stream: inout [UInt8]) {
        var string = string
        string.withUTF8 { bytes in
            number(UInt64(bytes.count), into: &stream)
            stream.append(contentsOf: bytes)
        }
    }

    static func feed(_ data: Data, into stream: inout [UInt8]) {
        number(UInt64(data.count), into: &stream)
        stream.append(contentsOf: data)
    }

    private static func number(_ value: UInt64, into stream: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { stream.append(contentsOf: $0) }
    }
}
