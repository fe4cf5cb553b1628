import Model

/// Turns an analysis into the report's pages: CommonMark bodies plus the data each template needs.
public struct Composer: Sendable {
    public var config: Config
    public let urls: SiteURL
    /// What the previous build left in the output folder, for the change log.
    public var previous = PreviousBuild()

    public init(config: Config, urls: SiteURL = SiteURL(base: nil)) {
        self.config = config
        self.urls = urls
    }

    /// Runs `count` independent page builds and returns the pages in index order. Compose itself stays
    /// serial and free of threads; the pipeline passes one that uses every core.
    public typealias PageMap = @Sendable (_ count: Int, _ page: @Sendable (Int) -> Page) -> [Page]

    /// Builds pages one after another.
    public static let serial: PageMap = { count, page in (0..<count).map(page) }

    /// Every page of the site, in a stable order. Cost: the catalog, anchors and change log once (linear in
    /// the analysis), then each page from look-ups, split across `map`.
    public func pages(for analysis: Analysis, map: PageMap = Composer.serial) -> [Page] {
        let composition = composition(for: analysis)
        return map(composition.count) { composition.page($0) }
    }

    /// What every page is composed from, built once (the catalog, anchors and change log: linear in the
    /// analysis); its pages can then be composed one at a time, in any order, on any core.
    public func composition(for analysis: Analysis) -> Composition {
        // The corpus' own topics and measures (configured ones first) replace the configured lists.
        guard analysis.topics.isEmpty && analysis.measures.isEmpty || config.topics == analysis.topics && config.measures == analysis.measures else {
            var composer = self
            composer.config.topics = analysis.topics
            composer.config.measures = analysis.measures
            return composer.composition(for: analysis)
        }
        return Composition(composer: self, analysis: analysis)
    }

    /// The site path of a source's page.
    public static func sourcePath(_ id: ID<Source>) -> String { Catalog.sourcePath(id) }

    /// Navigation, stylesheet and root links, resolved for the page's own location.
    func withLayout(_ page: Page) -> Page {
        var page = page
        var nav: [TemplateData] = [navItem("Overview", "index.html", page)]
        for topic in config.topics { nav.append(navItem(topic.title, topic.id + ".html", page)) }
        nav.append(navItem("Sources", "sources/index.html", page))
        nav.append(navItem("Methodology", "methodology.html", page))
        nav.append(navItem("Changes", "changes.html", page))
        page.data["nav"] = .list(nav)
        page.data["stylesheet"] = .string(urls.href("style.css", from: page.path))
        page.data["home"] = .string(urls.href("index.html", from: page.path))
        page.data["siteTitle"] = .string(config.site.title)
        page.data["language"] = .string(config.site.language)
        page.data["pageTitle"] = .string(page.title)
        page.data["summary"] = .string(page.summary)
        page.data["kind"] = .string(page.kind.rawValue)
        return page
    }

    private func navItem(_ title: String, _ path: String, _ page: Page) -> TemplateData {
        ["title": .string(title), "href": .string(urls.href(path, from: page.path)),
         "current": .bool(path == page.path)]
    }

    /// Citation links for sentences, as CommonMark: `[S1](sources/a.html#s3 "the sentence")`.
    func cite(_ citations: [Citation], from page: String, _ catalog: Catalog) -> String {
        Array(Set(citations)).sorted().map { citation in
            let target = Catalog.sourcePath(citation.source) + "#s\(citation.sentence)"
            return CommonMark.link("\(catalog.label(citation.source))·\(citation.sentence)",
                                   to: urls.href(target, from: page), title: catalog.sentence(citation))
        }.joined(separator: " ")
    }

    func citations(of claims: [Claim]) -> [Citation] {
        claims.map { Citation(source: $0.source, sentence: $0.sentence) }
    }
}
