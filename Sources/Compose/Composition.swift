import Model

/// One build's pages before any is composed: the shared look-ups (catalog, proposition anchors, change
/// log) made once, and a list of page jobs that can be composed one at a time, in any order, on any core.
///
/// A source page is a pure function of three things, exposed so that a build can key it *before*
/// composing it: its `Source`, its `SourcePageContext` (what the rest of the corpus contributes: its
/// label, the same-origin and publication-window facts, its reconciled claims) and the `layout`
/// (navigation, site title and language, base URL). Cost: the context is a few short strings and one row
/// per claim, far less than the page's blocks and sentences.
public struct Composition: Sendable {
    /// One page to compose: the pages are independent once the catalog, anchors and change log exist.
    private enum Job: Sendable {
        case index, topic(Config.Topic), sources, source(Source), methodology, changes, notFound
    }

    private let composer: Composer
    private let catalog: Catalog
    private let anchors: [ID<Proposition>: String]
    private let log: ChangeLog
    private let jobs: [Job]
    /// Each family's links and labelled evidence, made once for all its members' pages.
    private let origins: [ID<Source>: Composer.OriginPieces]

    init(composer: Composer, analysis: Analysis) {
        self.composer = composer
        catalog = Catalog(analysis: analysis, config: composer.config)
        anchors = composer.propositionAnchors(catalog)
        log = composer.changeLog(catalog)
        origins = composer.originPieces(catalog)
        jobs = [.index] + composer.config.topics.map(Job.topic) + [.sources]
            + analysis.sources.sorted { $0.id < $1.id }.map(Job.source) + [.methodology, .changes, .notFound]
    }

    /// How many pages the site has.
    public var count: Int { jobs.count }

    /// The source the `n`th page shows, for source pages.
    public func source(_ n: Int) -> Source? {
        if case .source(let source) = jobs[n] { return source }
        return nil
    }

    /// What the `n`th page (a source page) takes from the rest of the corpus; nil for other pages.
    public func sourceContext(_ n: Int) -> SourcePageContext? {
        guard case .source(let source) = jobs[n] else { return nil }
        return composer.sourceContext(source, catalog, anchors: anchors, origins: origins)
    }

    /// Everything the layout puts on every page besides the page itself: the navigation (topic ids and
    /// titles), the site's title and language, and the base URL links are resolved against.
    public var layout: TemplateData {
        ["topics": .list(composer.config.topics.map { [.string($0.id), .string($0.title)] }),
         "siteTitle": .string(composer.config.site.title), "language": .string(composer.config.site.language),
         "base": .optional(composer.urls.base)]
    }

    /// The `n`th page, composed and laid out. A source page's context may be passed when it is at hand.
    public func page(_ n: Int, context: SourcePageContext? = nil) -> Page {
        let composer = self.composer
        let page: Page
        switch jobs[n] {
        case .index: page = composer.indexPage(catalog, anchors: anchors, changes: log)
        case .topic(let topic):
            page = topic.kind == .timeline ? composer.timelinePage(topic, catalog)
                                           : composer.figuresPage(topic, catalog, anchors: anchors)
        case .sources: page = composer.sourcesPage(catalog)
        case .source(let source):
            page = composer.sourcePage(source, context: context ?? composer.sourceContext(source, catalog, anchors: anchors, origins: origins))
        case .methodology:
            var methodology = composer.methodologyPage(catalog)
            methodology.data["scale"] = .list(ClaimReview.scale.map { status in
                ["rating": .int(ClaimReview.rating(status)), "status": .string(status.words),
                 "explanation": .string(composer.explanation(of: status))]
            })
            methodology.data["hasScale"] = true
            page = methodology
        case .changes: page = composer.changesPage(log)
        case .notFound: page = composer.notFoundPage()
        }
        return composer.withLayout(page)
    }
}

/// What a source page shows beyond its own `Source`: everything it reads from the rest of the corpus,
/// already composed. Equal contexts (with equal sources and layout) compose equal pages.
public struct SourcePageContext: Hashable, Sendable {
    /// "S3".
    var label: String
    /// The inferred publication window fact, for a source that prints no date and has a dated family.
    var window: String?
    /// The "Same origin as" fact, for a source in a family of two or more.
    var sameOrigin: String?
    /// One row per claim, as reconciled (measure label, proposition link).
    var claims: [TemplateData]

    /// The context as template data, for hashing it into a cache key.
    public var data: TemplateData {
        ["label": .string(label), "window": .optional(window), "sameOrigin": .optional(sameOrigin), "claims": .list(claims)]
    }
}
