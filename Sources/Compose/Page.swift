import Model

/// A page of the report before rendering: its path, its CommonMark body and the data its template needs.
public struct Page: Hashable, Sendable {
    /// Which template renders the page.
    public enum Kind: String, Sendable {
        case index, topic, timeline, sources, source, methodology
    }

    /// The output path relative to the site root, e.g. `sources/000_x.html`.
    public var path: String
    public var kind: Kind
    public var title: String
    /// A one-line description for the `<meta name="description">`.
    public var summary: String
    /// The page body in CommonMark.
    public var body: String
    /// What the page's template needs beyond the body (sentences with anchors, navigation, …).
    public var data: [String: TemplateData]

    public init(path: String, kind: Kind, title: String, summary: String, body: String,
                data: [String: TemplateData] = [:]) {
        self.path = path
        self.kind = kind
        self.title = title
        self.summary = summary
        self.body = body
        self.data = data
    }
}
