import Foundation
import Model

/// What the previous build left in the output folder: its `claims.json` and `changes.json`.
public struct PreviousBuild: Hashable, Sendable {
    public var claims: Data? {
        didSet { snapshot = nil }
    }
    public var changes: Data?
    /// What `claims` says, read once (`parsed()`), so the two change logs of a build (pages and files) do
    /// not both parse a `claims.json` of megabytes.
    private(set) var snapshot: ChangeLog.Snapshot?

    /// Nothing known about a previous build: the next build is the first.
    public init(claims: Data? = nil, changes: Data? = nil) {
        self.claims = claims
        self.changes = changes
    }

    /// The same previous build with its `claims.json` read now, for every change log made from it.
    public func parsed() -> PreviousBuild {
        var copy = self
        copy.snapshot = claims.map(ChangeLog.Snapshot.init(json:))
        return copy
    }

    /// The same, read from the analysis whose `claims.json` this is (what `parsed()` would read from the
    /// file: each source's title or id, each proposition's status, each drift id), without parsing megabytes.
    public func parsed(as analysis: Analysis) -> PreviousBuild {
        var copy = self
        copy.snapshot = ChangeLog.Snapshot(analysis)
        return copy
    }

    /// What `parsed(as:)` reads of an analysis, as bytes to keep beside the `claims.json` it wrote (the CLI
    /// keeps them in the cache, by the file's digest, so the next build does not parse megabytes).
    public static func snapshot(of analysis: Analysis) -> Data {
        (try? JSONEncoder().encode(ChangeLog.Snapshot(analysis))) ?? Data()
    }

    /// The same previous build read from `snapshot(of:)`'s bytes (of the analysis that wrote `claims`); nil
    /// when they do not decode.
    public func parsed(snapshot data: Data) -> PreviousBuild? {
        guard let snapshot = try? JSONDecoder().decode(ChangeLog.Snapshot.self, from: data) else { return nil }
        var copy = self
        copy.snapshot = snapshot
        return copy
    }
}

/// The report's history of changes, kept in `changes.json` and extended by each build that changes
/// something. Entries are dated by the newest source, never by the clock, so a rebuild with no change
/// adds nothing and stays byte-identical.
public struct ChangeLog: Hashable, Sendable {
    /// One build that changed the report.
    public struct Entry: Hashable, Sendable, Codable {
        public var number: Int
        /// The newest source's date (ISO 8601 at its precision), or "undated".
        public var date: String
        public var title: String
        public var items: [String]
    }

    /// Oldest first.
    public var entries: [Entry]

    /// What one build knew: sources, proposition statuses and drift, by id.
    struct Snapshot: Hashable, Sendable, Codable {
        var sources: [String: String] = [:]
        var statuses: [String: String] = [:]
        var drift: Set<String> = []

        init() {}

        init(json data: Data) {
            guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return }
            for source in root["sources"] as? [[String: Any]] ?? [] {
                if let id = source["id"] as? String { sources[id] = source["title"] as? String ?? id }
            }
            for proposition in root["propositions"] as? [[String: Any]] ?? [] {
                if let id = proposition["id"] as? String { statuses[id] = proposition["status"] as? String ?? "" }
            }
            for item in root["drift"] as? [[String: Any]] ?? [] {
                if let id = item["id"] as? String { drift.insert(id) }
            }
        }

        init(_ analysis: Analysis) {
            for source in analysis.sources { sources[source.id.rawValue] = source.metadata.title ?? source.id.rawValue }
            for proposition in analysis.propositions { statuses[proposition.id.rawValue] = proposition.status.rawValue }
            drift = Set(analysis.drift.map(\.id.rawValue))
        }
    }

    /// The history after this build: the previous history, plus an entry when something changed.
    static func make(_ catalog: Catalog, heading: (Proposition) -> String, previous: PreviousBuild) -> ChangeLog {
        let analysis = catalog.analysis
        let date = analysis.sources.compactMap(\.metadata.published).max()?.iso ?? "undated"
        guard let data = previous.changes,
              let old = try? JSONDecoder().decode([Entry].self, from: data), !old.isEmpty else {
            var items = [Wording.count(analysis.sources.count, "source") + " read, " + Wording.count(analysis.claims.count, "figure") + " found, "
                         + Wording.count(analysis.propositions.count, "proposition") + "."]
            let counts = Proposition.Status.allCases.map { status in
                "\(analysis.propositions.filter { $0.status == status }.count) \(status.words.lowercased())"
            }
            items.append("Statuses: " + counts.joined(separator: ", ") + ".")
            items.append("\(analysis.drift.count) drift \(analysis.drift.count == 1 ? "finding" : "findings").")
            return ChangeLog(entries: [Entry(number: 1, date: date, title: "First build", items: items)])
        }
        let before = previous.snapshot ?? previous.claims.map(Snapshot.init(json:)) ?? Snapshot()
        let now = Snapshot(analysis)
        var items: [String] = []
        for source in analysis.sources.sorted(by: { $0.id < $1.id }) where before.sources[source.id.rawValue] == nil {
            items.append("New source: \(catalog.label(source.id)), " + catalog.title(source.id)
                         + (source.metadata.outlet.map { " (\($0))" } ?? "") + ".")
        }
        for (id, title) in before.sources.sorted(by: { $0.key < $1.key }) where now.sources[id] == nil {
            items.append("Source removed: \(title).")
        }
        for proposition in analysis.propositions.sorted(by: { $0.id < $1.id }) {
            let text = heading(proposition)
            switch before.statuses[proposition.id.rawValue] {
            case nil:
                items.append("New estimate: \(text) (\(proposition.status.words.lowercased())).")
            case let old? where old != proposition.status.rawValue:
                let oldWords = Proposition.Status(rawValue: old)?.words ?? old
                items.append("Status changed: \(text): \(oldWords.lowercased()) → \(proposition.status.words.lowercased()).")
            default:
                break
            }
        }
        for item in analysis.drift.sorted(by: { $0.id < $1.id }) where !before.drift.contains(item.id.rawValue) {
            items.append("New drift: \(item.kind.words) in " + Wording.list(item.deviatingOutlets.map(catalog.outletName))
                         + " (“\(item.majority)” → “\(item.deviation)”).")
        }
        guard !items.isEmpty else { return ChangeLog(entries: old) }
        return ChangeLog(entries: old + [Entry(number: (old.last?.number ?? 0) + 1, date: date,
                                               title: "Update \((old.last?.number ?? 0) + 1)", items: items)])
    }

    /// `changes.json`: the entries, oldest first, stable key order.
    public var json: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(entries)) ?? Data("[]".utf8)) + Data("\n".utf8)
    }

    /// "13 March 2023" for an entry's date.
    static func display(_ iso: String) -> String {
        EventDate(iso: iso)?.display ?? iso
    }

    /// RFC 3339 for Atom: the start of the entry's day.
    static func timestamp(_ iso: String) -> String {
        guard let date = EventDate(iso: iso) else { return "1970-01-01T00:00:00Z" }
        let month = date.month ?? 1, day = date.day ?? 1
        return String(format: "%04d-%02d-%02dT00:00:00Z", date.year, month, day)
    }

    /// The heading of an entry on the change log page; its slug is the entry's anchor.
    static func heading(_ entry: Entry) -> String {
        entry.title + ", " + display(entry.date)
    }
}

extension Composer {
    func changeLog(_ catalog: Catalog) -> ChangeLog {
        ChangeLog.make(catalog, heading: { heading(of: $0, catalog) }, previous: previous)
    }

    /// `changes.html`: every entry, newest first.
    func changesPage(_ log: ChangeLog) -> Page {
        let path = "changes.html"
        var body = BodyWriter()
        body.heading(1, "Changes")
        body.paragraph("What each build of this report changed, newest first. Entries are dated by the newest source the build read, and a build that changes nothing adds no entry. Also as an "
                       + CommonMark.link("Atom feed", to: urls.href("feed.xml", from: path)) + ".")
        for entry in log.entries.reversed() {
            body.heading(2, ChangeLog.heading(entry))
            body.list(entry.items.map(CommonMark.escaped))
        }
        return Page(path: path, kind: .methodology, title: "Changes",
                    summary: "What each build of this report changed.", body: body.text)
    }

    /// The anchor of each entry on the change log page, by number.
    func changeAnchors(_ log: ChangeLog) -> [Int: String] {
        var slugs = Slug.Registry()
        _ = slugs.slug(for: "Changes")
        var anchors: [Int: String] = [:]
        for entry in log.entries.reversed() { anchors[entry.number] = slugs.slug(for: ChangeLog.heading(entry)) }
        return anchors
    }

    /// True when the base URL is absolute (has a scheme), so feeds and sitemaps can use full URLs.
    var hasAbsoluteBase: Bool { urls.base?.contains("://") ?? false }

    /// `feed.xml`: the change log as Atom, updated from the newest source date.
    func feed(_ log: ChangeLog) -> String {
        let anchors = changeAnchors(log)
        let site = config.site.title
        let idBase = "urn:crosscheck:" + Slug.make(site)
        func link(_ target: String) -> String { urls.href(target, from: "index.html") }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "<id>\(XML.escaped(hasAbsoluteBase ? link("feed.xml") : idBase + ":feed"))</id>\n"
        xml += "<title>\(XML.escaped(site)): changes</title>\n"
        xml += "<updated>\(ChangeLog.timestamp(log.entries.last?.date ?? "undated"))</updated>\n"
        xml += "<author><name>\(XML.escaped(site))</name></author>\n"
        xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XML.escaped(link("changes.html")))\"/>\n"
        xml += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(XML.escaped(link("feed.xml")))\"/>\n"
        for entry in log.entries.reversed() {
            let target = "changes.html#" + (anchors[entry.number] ?? "")
            xml += "<entry>\n"
            xml += "<id>\(XML.escaped(hasAbsoluteBase ? link(target) : idBase + ":change-\(entry.number)"))</id>\n"
            xml += "<title>\(XML.escaped(ChangeLog.heading(entry)))</title>\n"
            xml += "<updated>\(ChangeLog.timestamp(entry.date))</updated>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XML.escaped(link(target)))\"/>\n"
            xml += "<content type=\"text\">\(XML.escaped(entry.items.joined(separator: "\n")))</content>\n"
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// `sitemap.xml`: every page; absolute only under a base URL with a scheme (see the README).
    func sitemap(_ paths: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths where path != "404.html" {
            xml += "<url><loc>\(XML.escaped(urls.href(path, from: "index.html")))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// `robots.txt`: everything may be crawled; the sitemap is named when its URL is absolute.
    func robots() -> String {
        var text = "User-agent: *\nAllow: /\n"
        if hasAbsoluteBase { text += "Sitemap: \(urls.href("sitemap.xml", from: "index.html"))\n" }
        return text
    }

    /// `404.html`: a page for missing addresses, linking back into the report.
    func notFoundPage() -> Page {
        let path = "404.html"
        var body = BodyWriter()
        body.heading(1, "Page not found")
        body.paragraph("There is no page at this address. Start from the " + CommonMark.link("overview", to: urls.href("index.html", from: path))
                       + ", or see every " + CommonMark.link("source", to: urls.href("sources/index.html", from: path)) + ".")
        return Page(path: path, kind: .methodology, title: "Page not found", summary: "There is no page at this address.", body: body.text)
    }

    /// Files other than pages: the change history, its feed, the sitemap and robots.txt.
    public func files(for analysis: Analysis, pages: [Page]) -> [(path: String, data: Data)] {
        files(for: analysis, paths: pages.map(\.path))
    }

    /// The same files from the pages' paths alone (a build that reuses rendered pages composes no `Page`).
    public func files(for analysis: Analysis, paths: [String]) -> [(path: String, data: Data)] {
        let catalog = Catalog(analysis: analysis, config: config)
        let log = changeLog(catalog)
        return [("changes.json", log.json), ("feed.xml", Data(feed(log).utf8)),
                ("sitemap.xml", Data(sitemap(paths).utf8)), ("robots.txt", Data(robots().utf8))]
    }
}
