import Lexicon
import Model

/// Groups claims into propositions, finds text-reuse families, drift and the timeline.
public struct Reconciler: Sendable {
    public let config: Config
    /// The lexicon reconciling reads (stop words): the built-in one plus the configuration's additions.
    let lists: WordLists
    /// Finds the places of each source's sentences for its `SentenceFacts` (the gazetteer tokenised once).
    let placeFinder: DriftFinder

    public init(config: Config) {
        self.config = config
        self.lists = config.wordLists
        self.placeFinder = DriftFinder(sources: [:], claims: [:], config: config)
    }

    /// The analysis of a corpus: pure, deterministic, no I/O. Cost per step (W words, C claims, P propositions):
    /// families O(W + pairs sharing a shingle, quotation or figure, postings capped); speaker and measure
    /// alignment O(C); grouping O(C · candidates that pass the key tests) plus a sort; conflicts and outdated
    /// estimates O(Σ block²) over blocks of one measure, place and unit; sentence alignment O(words of each
    /// family × shared postings); figure drift O(members of each proposition); place drift O(cluster words);
    /// timeline O(events + pairs sharing a word, postings capped); topics O(C + P).
    /// `reuse`: each source's `reuseFacts(of:)` where known (kept from an earlier build); with its sentence facts,
    /// alignment, place drift and the timeline tokenise none of its sentences. `memo`: what earlier builds of
    /// this process aligned (`serve`); a family whose members and facts are unchanged is not aligned again.
    /// `redate(source, date)`: the source's extraction with `date` as its (inferred) date of publication, for an
    /// undated telling whose family's dated copies were published within a week: its "February 26" and "on
    /// Saturday" then resolve as theirs do. Nil: undated sources keep their yearless dates unresolved.
    public func reconcile(sources: [Source], extractions: [Extraction], notices: [Notice] = [],
                          reuse: [ID<Source>: ReuseFacts] = [:], memo: ReconcileMemo? = nil,
                          redate: (@Sendable (Source, EventDate) -> Extraction)? = nil) -> Analysis {
        lists.withLists { reconcileCorpus(sources: sources, extractions: extractions, notices: notices, reuse: reuse, memo: memo,
                                          redate: redate) }
    }

    /// Longest publication window (days) of a family's dated copies within which an undated copy's relative and
    /// yearless dates are resolved against it: a weekday names one day only within a week.
    static let redatingWindowDays = 7

    private func reconcileCorpus(sources: [Source], extractions: [Extraction], notices: [Notice],
                                 reuse: [ID<Source>: ReuseFacts], memo: ReconcileMemo?,
                                 redate: (@Sendable (Source, EventDate) -> Extraction)?) -> Analysis {
        let sources = sources.sorted { $0.id < $1.id }
        var extractionOf = Dictionary(extractions.map { ($0.source, $0) }, uniquingKeysWith: { first, _ in first })
        let families = TextReuse(sources: sources, extractions: extractionOf, facts: reuse).families()
        var familyOf: [ID<Source>: ID<Family>] = [:]
        for family in families { for member in family.sources { familyOf[member] = family.id } }
        if let redate {
            let windowOf = Dictionary(families.compactMap { f in f.window.map { (f.id, $0) } }, uniquingKeysWith: { first, _ in first })
            let undated = sources.filter { s in
                guard s.metadata.published == nil, s.isAnalysed, let w = familyOf[s.id].flatMap({ windowOf[$0] }) else { return false }
                return w.lowerBound.day != nil && w.upperBound.day != nil
                    && !w.upperBound.isLater(than: w.lowerBound, byAtLeast: Self.redatingWindowDays + 1)
            }
            // Cost: one extraction per undated copy in a narrow window (usually none or few).
            let redated = undated.map { s -> Extraction in
                let w = windowOf[familyOf[s.id]!]!.upperBound
                return redate(s, EventDate(year: w.year, month: w.month, day: w.day, inferred: true))
            }
            for e in redated { extractionOf[e.source] = e }
        }
        let sourceOf = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let published = Dictionary(sources.map { ($0.id, $0.metadata.published?.year ?? 0) }, uniquingKeysWith: { first, _ in first })
        let year: (Claim) -> Int = { $0.eventDate?.year ?? published[$0.source] ?? 0 }
        let spoken = Grouping.alignSpeakers(sources.flatMap { source in
            Self.creditHeadline(extractionOf[source.id]?.claims ?? [], of: source)
        })
        let claims = Grouping.alignMeasures(MeasureSynonyms.join(spoken, config: config, year: year), config: config, year: year)
        let events = sources.flatMap { extractionOf[$0.id]?.events ?? [] }
        let grouping = Grouping(config: config, sources: sourceOf, familyOf: familyOf,
                                families: Dictionary(families.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
        // A ratio is checked against the figures it compares, not grouped as a figure of its own.
        let (propositions, disputes) = grouping.propositions(claims.filter { $0.measure != RatioChecker.measure })
        let lookup = SentenceLookup(sources: sourceOf, reuse: reuse)
        var finder = DriftFinder(sources: sourceOf, claims: Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
                                 config: config)
        finder.lookup = lookup
        let alignment = Alignment(sources: sourceOf, lookup: lookup)
        let clusters = families.filter { $0.sources.count >= 3 }.flatMap { family in
            memo?.clusters(of: family, lookup: lookup) { alignment.clusters(in: family) } ?? alignment.clusters(in: family)
        }
        let drift = finder.figureDrift(in: propositions, familyOf: familyOf) + finder.placeDrift(in: clusters)
        let timeline = TimelineBuilder(familyOf: familyOf, lookup: lookup, memo: memo).entries(events)
        let plan = TopicPlanner(config: config).plan(claims: claims, propositions: propositions, disputes: disputes,
                                                     hasTimeline: !timeline.isEmpty)
        var analysis = Analysis(sources: sources, claims: claims.map { c in
                                    var c = c; c.topic = (c.compares ?? c.measure).flatMap { plan.topicOf[$0] }; return c
                                }, events: events, families: families,
                                propositions: propositions.map { p in var p = p; p.topic = plan.topicOf[p.measure] ?? ""; return p },
                                drift: drift, timeline: timeline, notices: notices, disputes: disputes)
        analysis.ratioChecks = RatioChecker(sources: sourceOf, propositions: analysis.propositions, claims: claims)
            .checks(claims.filter { $0.measure == RatioChecker.measure })
        analysis.topics = plan.topics
        analysis.measures = plan.measures
        return analysis
    }
}

extension Reconciler {
    /// "Larkspur breach may have exposed 9.4m records, researcher says" over a body where "Hana Lisowski of Greyfell
    /// Labs said … as many as 9.4m records": a headline's figure with no named party takes the party the body names
    /// for the same figure of the same measure. Cost: linear in the source's claims.
    static func creditHeadline(_ claims: [Claim], of source: Source) -> [Claim] {
        guard let headline = source.sentences.first(where: { $0.text == source.metadata.title })?.index ?? source.sentences.first?.index
        else { return claims }
        let named = claims.filter { $0.sentence != headline && ($0.attribution?.kind == .organization || $0.attribution?.kind == .person) }
        guard !named.isEmpty else { return claims }
        return claims.map { c in
            guard c.sentence == headline, c.attribution == nil || c.attribution?.kind == .unknown else { return c }
            let figure = c.value.high ?? c.value.low
            guard let body = named.first(where: { $0.measure == c.measure && ($0.value.high ?? $0.value.low) == figure && $0.value.unit == c.value.unit })
            else { return c }
            var credited = c
            credited.attribution = body.attribution
            return credited
        }
    }
}
