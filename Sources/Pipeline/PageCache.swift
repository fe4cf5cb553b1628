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
        var hasher = SHA256()
        PageDigest.feed(BuildCache.toolIdentity, into: &hasher)
        PageDigest.feed(injection, into: &hasher)
        for (name, data) in templates.sorted(by: { $0.key < $1.key }) {
            PageDigest.feed(name, into: &hasher)
            PageDigest.feed(data, into: &hasher)
        }
        salt = Array(hasher.finalize())
    }

    /// The key of a page: hex SHA-256 of the salt and the page model.
    func key(for page: Page) -> String {
        var hasher = SHA256()
        hasher.update(data: salt)
        PageDigest.feed(page, into: &hasher)
        return DigestEncoder.hex(Array(hasher.finalize()))
    }

    /// The key of a source page from its inputs, before it is composed: the source's digest, its context and
    /// the layout (a source page is a pure function of these; `Composition`).
    func key(source digest: String, context: SourcePageContext, layout: TemplateData) -> String {
        var hasher = SHA256()
        hasher.update(data: salt)
        PageDigest.feed("source page", into: &hasher)
        PageDigest.feed(digest, into: &hasher)
        PageDigest.feed(context.data, into: &hasher)
        PageDigest.feed(layout, into: &hasher)
        return DigestEncoder.hex(Array(hasher.finalize()))
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

/// A canonical byte stream of a page model fed into a hasher: every value tagged and length-prefixed,
/// dictionaries in key order, so equal models give equal digests and different ones (in practice) never do.
enum PageDigest {
    static func feed(_ page: Page, into hasher: inout SHA256) {
        feed(page.path, into: &hasher)
        feed(page.kind.rawValue, into: &hasher)
        feed(page.title, into: &hasher)
        feed(page.summary, into: &hasher)
        feed(page.body, into: &hasher)
        feed(.map(page.data), into: &hasher)
    }

    static func feed(_ data: TemplateData, into hasher: inout SHA256) {
        switch data {
        case .string(let s):
            tag(1, into: &hasher)
            feed(s, into: &hasher)
        case .bool(let b):
            tag(b ? 2 : 3, into: &hasher)
        case .int(let i):
            tag(4, into: &hasher)
            number(UInt64(bitPattern: Int64(i)), into: &hasher)
        case .list(let items):
            tag(5, into: &hasher)
            number(UInt64(items.count), into: &hasher)
            for item in items { feed(item, into: &hasher) }
        case .map(let map):
            tag(6, into: &hasher)
            number(UInt64(map.count), into: &hasher)
            for key in map.keys.sorted() {
                feed(key, into: &hasher)
                feed(map[key]!, into: &hasher)
            }
        }
    }

    static func feed(_ string: String, into hasher: inout SHA256) {
        var string = string
        string.withUTF8 { bytes in
            number(UInt64(bytes.count), into: &hasher)
            hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
        }
    }

    static func feed(_ data: Data, into hasher: inout SHA256) {
        number(UInt64(data.count), into: &hasher)
        hasher.update(data: data)
    }

    private static func tag(_ value: UInt8, into hasher: inout SHA256) {
        withUnsafeBytes(of: value) { hasher.update(bufferPointer: $0) }
    }

    private static func number(_ value: UInt64, into hasher: inout SHA256) {
        withUnsafeBytes(of: value.littleEndian) { hasher.update(bufferPointer: $0) }
    }
}
