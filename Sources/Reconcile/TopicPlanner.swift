import Model

/// The report's pages from the corpus: configured topics that hold something, then one generated topic per
/// measure that carries findings and no configured topic shows, named from the corpus' own words.
/// Cost: one pass over claims and propositions plus a sort of the measures.
struct TopicPlanner {
    /// Generated topic pages at most; the measures with the most sources and propositions win.
    static let maxGenerated = 8
    /// Page names the site already uses.
    static let reserved: Set<String> = ["index", "sources", "methodology", "changes", "404", "claims", "feed", "sitemap", "robots"]

    let config: Config

    struct Plan {
        var topics: [Config.Topic]
        var measures: [Config.Measure]
        /// The topic each measure is shown on.
        var topicOf: [String: String]
    }

    func plan(claims: [Claim], propositions: [Proposition], disputes: [Dispute], hasTimeline: Bool) -> Plan {
        var measures = config.measures
        let configured = Set(config.measures.map(\.id))
        // Measures read from the corpus: label from the commonest counted noun, unit from the figures.
        let byMeasure = Dictionary(grouping: claims.filter { $0.measure != nil }, by: { $0.measure! })
        for id in byMeasure.keys.sorted() where !configured.contains(id) {
            let own = byMeasure[id]!
            measures.append(Config.Measure(id: id, label: Self.label(own, id: id), unit: Self.unit(own)))
        }
        var topicOf: [String: String] = [:]
        var topics: [Config.Topic] = []
        let measured = Set(propositions.map(\.measure))
        for topic in config.topics {
            switch topic.kind {
            case .timeline where hasTimeline:
                topics.append(topic)
            case .figures where topic.measures.contains(where: measured.contains):
                topics.append(topic)
                for m in topic.measures where topicOf[m] == nil { topicOf[m] = topic.id }
            default:
                continue
            }
        }
        // A measure carries findings when two independent origins tell one of its figures (reprints of one story
        // are one), a later figure updates one, tellings conflict, or parties dispute it.
        let disputed = Set(disputes.map(\.measure))
        var stats: [String: (sources: Set<ID<Source>>, propositions: Int, findings: Bool)] = [:]
        let claimByID = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for p in propositions where config.topic(forMeasure: p.measure) == nil && !(config.measure(p.measure)?.catchAll ?? false) {
            var s = stats[p.measure] ?? ([], 0, false)
            let sources = Set(p.members.compactMap { claimByID[$0]?.source })
            s.sources.formUnion(sources)
            s.propositions += 1
            if p.origins > 1 || p.status == .outdated || p.status == .conflicting || p.supersededBy != nil || disputed.contains(p.measure) {
                s.findings = true
            }
            stats[p.measure] = s
        }
        let ranked = stats.filter(\.value.findings).sorted { a, b in
            (a.value.sources.count, a.value.propositions, b.key) > (b.value.sources.count, b.value.propositions, a.key)
        }.prefix(Self.maxGenerated)
        var used = Set(topics.map(\.id)).union(Self.reserved)
        let timelineIndex = topics.firstIndex { $0.kind == .timeline }
        var generated: [Config.Topic] = []
        for (measure, s) in ranked {
            let label = measures.first { $0.id == measure }?.label ?? measure
            let base = Slug.make(label)
            var id = base
            var n = 2
            while used.contains(id) { id = base + "-\(n)"; n += 1 }
            used.insert(id)
            topicOf[measure] = id
            let sources = s.sources.count
            generated.append(Config.Topic(id: id, title: Self.title(label),
                                          summary: "Figures for \(label) in the sources: \(s.propositions) \(s.propositions == 1 ? "statement" : "statements") from \(sources) \(sources == 1 ? "source" : "sources").",
                                          kind: .figures, measures: [measure]))
        }
        // Generated pages go before the timeline, after the configured figure pages.
        topics.insert(contentsOf: generated, at: timelineIndex ?? topics.count)
        return Plan(topics: topics, measures: measures, topicOf: topicOf)
    }

    /// The commonest counted noun of a measure's claims, lower case ("individuals", "crowd", "fine").
    static func label(_ claims: [Claim], id: String) -> String {
        var counts: [String: Int] = [:]
        for c in claims {
            let term = c.term.lowercased()
            guard !term.isEmpty, term.count < 40 else { continue }
            counts[term, default: 0] += 1
        }
        return counts.max { a, b in (a.value, b.key) < (b.value, a.key) }?.key ?? id
    }

    static func unit(_ claims: [Claim]) -> String {
        let units = claims.compactMap(\.value.unit)
        if units.contains(where: Quantity.isCurrencyCode) { return "money" }
        if units.contains("percent") || units.contains(Quantity.percentagePoints) { return "percent" }
        return units.contains("people") ? "people" : "count"
    }

    /// "individuals" → "Individuals", "death toll" → "Death toll".
    static func title(_ label: String) -> String {
        guard let first = label.first else { return label }
        return first.uppercased() + label.dropFirst()
    }
}
