import Model

/// Figures pages as template data: per measure a chart with its table, then one verdict card per
/// proposition; drift shown as the two versions side by side.
extension Composer {
    /// Citation links as template data: label (`S1·3`), href and the sentence as a title.
    func citeData(_ citations: [Citation], from page: String, _ catalog: Catalog) -> TemplateData {
        .list(Array(Set(citations)).sorted().map { citation in
            let target = Catalog.sourcePath(citation.source) + "#s\(citation.sentence)"
            return ["label": .string("\(catalog.label(citation.source))·\(citation.sentence)"),
                    "href": .string(urls.href(target, from: page)), "title": .string(catalog.sentence(citation))]
        })
    }

    /// The claim in plain words: "Qais al-Mohamadawi put fighters in Iraq at up to 500, as of 13 March 2023."
    func plainClaim(_ proposition: Proposition, _ catalog: Catalog) -> String {
        var text = (proposition.speaker?.name ?? "The sources") + " put " + catalog.measureLabel(proposition.measure)
        if !proposition.scope.isEmpty { text += " in " + Wording.list(proposition.scope) }
        text += " at " + Wording.quantity(proposition.consensus)
        if let asOf = proposition.asOf { text += ", as of " + Wording.date(asOf) }
        return text + "."
    }

    func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// The one-line version: "Up to 500 fighters — sources agree, 4 outlets, 1 independent origin."
    func shortVersion(_ proposition: Proposition, _ catalog: Catalog) -> String {
        let figure = Wording.quantity(proposition.consensus) + " " + catalog.measureLabel(proposition.measure)
        return figure.prefix(1).uppercased() + figure.dropFirst() + " — " + proposition.status.words.lowercased()
            + ", " + Wording.outletsAndOrigins(outlets: proposition.outlets.count, origins: proposition.origins) + "."
    }

    func card(_ proposition: Proposition, anchor: String, _ catalog: Catalog, from path: String,
              anchors: [ID<Proposition>: String]) -> TemplateData {
        let fragment = String(anchor.split(separator: "#").last ?? "")
        let tellings: [TemplateData] = proposition.members.compactMap { catalog.claims[$0] }
            .sorted { ($0.source, $0.sentence, $0.span.start) < ($1.source, $1.sentence, $1.span.start) }
            .map { claim in
                // A count quoted with its noun ("three towns") names what it counts already.
                ["text": .string(claim.text), "term": .optional(claim.term.isEmpty || claim.text.hasSuffix(claim.term) ? nil : claim.term),
                 "outlet": .string(catalog.outlet(claim.source)),
                 "derived": .optional(claim.derivedFrom == nil ? nil : Wording.quantity(claim.value)),
                 "cites": citeData([Citation(source: claim.source, sentence: claim.sentence)], from: path, catalog)]
            }
        let drifts = (catalog.driftByProposition[proposition.id] ?? []).map { driftData($0, catalog, from: path) }
        return [
            "anchor": .string(fragment),
            "heading": .string(capitalized(heading(of: proposition, catalog))),
            "status": .string(proposition.status.words),
            "statusKey": .string(proposition.status.rawValue),
            "rating": .int(ClaimReview.rating(proposition.status)),
            "best": .int(ClaimReview.best),
            "scaleHref": .string(urls.href("methodology.html#rating-scale", from: path)),
            "explanation": .string(explanation(of: proposition.status)),
            "claim": .string(plainClaim(proposition, catalog)),
            "short": .string(shortVersion(proposition, catalog)),
            "who": .string(proposition.speaker?.name ?? "Not attributed to anyone"),
            "carried": .string(Wording.outletsAndOrigins(outlets: proposition.outlets.count, origins: proposition.origins)),
            "outlets": .string(Wording.list(proposition.outlets.map(catalog.outletName))),
            "asOf": .optional(proposition.asOf.map(Wording.date)),
            "later": .optional(proposition.supersededBy.flatMap { anchors[$0] }.map { urls.href($0, from: path) }),
            "tellings": .list(tellings),
            "drifts": .list(drifts),
            "hasDrifts": .bool(!drifts.isEmpty),
            "jsonld": .string(claimReview(of: proposition, anchor: anchor, catalog)),
        ]
    }

    func driftData(_ drift: Drift, _ catalog: Catalog, from path: String) -> TemplateData {
        let outlets = Wording.list(drift.deviatingOutlets.map(catalog.outletName))
        let kind = drift.kind.words.prefix(1).uppercased() + drift.kind.words.dropFirst()
        return ["kind": .string(kind), "outlets": .string(outlets), "majority": .string(drift.majority),
                "deviation": .string(drift.deviation), "note": .string(drift.note),
                "majorityCites": citeData(drift.majorityCitations, from: path, catalog),
                "deviatingCites": citeData(drift.deviatingCitations, from: path, catalog)]
    }

    /// Everything the topic template needs for a figures page, with ids from the same registry as
    /// `propositionAnchors`, so index links and the page agree.
    func figuresData(_ topic: Config.Topic, _ catalog: Catalog, anchors: [ID<Proposition>: String]) -> [String: TemplateData] {
        let path = topic.id + ".html"
        var slugs = Slug.Registry()
        _ = slugs.slug(for: topic.title)
        var measures: [TemplateData] = []
        for measure in topic.measures {
            let props = propositions(of: measure, in: topic, catalog)
            guard !props.isEmpty else { continue }
            let label = measureHeading(measure, catalog)
            let id = slugs.slug(for: label)
            for proposition in props { _ = slugs.slug(for: heading(of: proposition, catalog)) }
            // One chart per kind of figure: stocks and per-period flows never share an axis.
            let groups = Dictionary(grouping: props) { "\($0.consensus.unit ?? "")|\($0.consensus.per ?? "")" }
            var charts: [TemplateData] = []
            for (index, key) in groups.keys.sorted().enumerated() {
                let members = groups[key] ?? []
                let sample = members[0].consensus
                var title = label
                if groups.count > 1 || sample.per != nil {
                    title += sample.per.map { " (flow, per \($0))" } ?? " (stock)"
                }
                let chart = EstimateChart(title: title + ": estimates over time", propositions: members)
                guard !chart.rows.isEmpty else { continue }
                let chartID = "chart-\(id)" + (index == 0 ? "" : "-\(index + 1)")
                charts.append(["id": .string(chartID), "caption": .string(chart.title), "svg": .string(chart.svg(id: chartID)),
                               "rows": .list(chart.table), "log": .bool(chart.scale.log)])
            }
            measures.append([
                "id": .string(id), "heading": .string(label),
                "count": .string(props.count == 1 ? "One estimate." : "\(props.count) estimates, newest first."),
                "charts": .list(charts),
                "cards": .list(props.map { card($0, anchor: anchors[$0.id] ?? path, catalog, from: path, anchors: anchors) }),
            ])
        }
        var data: [String: TemplateData] = ["measures": .list(measures), "empty": .bool(measures.isEmpty)]
        let drifts = drift(in: topic, catalog)
        if !drifts.isEmpty {
            data["driftID"] = .string(slugs.slug(for: "Where versions drift"))
            data["driftList"] = .list(drifts.map { item in
                var entry = driftData(item, catalog, from: path)
                if case .map(var map) = entry, let anchor = item.proposition.flatMap({ anchors[$0] }) {
                    map["href"] = .string(urls.href(anchor, from: path))
                    entry = .map(map)
                }
                return entry
            })
        }
        return data
    }
}
