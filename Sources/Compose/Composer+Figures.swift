import Model

extension Composer {
    /// Where each proposition is shown: `fighters.html#anchor`.
    func propositionAnchors(_ catalog: Catalog) -> [ID<Proposition>: String] {
        var anchors: [ID<Proposition>: String] = [:]
        for topic in config.topics where topic.kind == .figures {
            var slugs = Slug.Registry()
            _ = slugs.slug(for: topic.title)
            for measure in topic.measures {
                let props = propositions(of: measure, in: topic, catalog)
                guard !props.isEmpty else { continue }
                _ = slugs.slug(for: measureHeading(measure, catalog))
                for proposition in props {
                    anchors[proposition.id] = topic.id + ".html#" + slugs.slug(for: heading(of: proposition, catalog))
                }
            }
            if !drift(in: topic, catalog).isEmpty { _ = slugs.slug(for: "Where versions drift") }
        }
        return anchors
    }

    func propositions(of measure: String, in topic: Config.Topic, _ catalog: Catalog) -> [Proposition] {
        catalog.analysis.propositions
            .filter { $0.measure == measure && $0.topic == topic.id }
            .sorted { lhs, rhs in
                if lhs.asOf != rhs.asOf { return (lhs.asOf ?? EventDate(year: 0)) > (rhs.asOf ?? EventDate(year: 0)) }
                let lhsVague = lhs.consensus.qualifier == .vague, rhsVague = rhs.consensus.qualifier == .vague
                if lhsVague != rhsVague { return rhsVague }  // precise estimates before "thousands"
                if lhs.origins != rhs.origins { return lhs.origins > rhs.origins }
                return lhs.id < rhs.id
            }
    }

    func drift(in topic: Config.Topic, _ catalog: Catalog) -> [Drift] {
        let ids = Set(catalog.analysis.propositions.filter { $0.topic == topic.id }.map(\.id))
        return catalog.analysis.drift.filter { $0.proposition.map(ids.contains) ?? false }
    }

    func measureHeading(_ measure: String, _ catalog: Catalog) -> String {
        let label = catalog.measureLabel(measure)
        return label.prefix(1).uppercased() + label.dropFirst()
    }

    /// "400 to 500 fighters in Iraq, as of March 2023, per Qais al-Mohamadawi".
    func heading(of proposition: Proposition, _ catalog: Catalog) -> String {
        var text = Wording.quantity(proposition.consensus) + " " + catalog.measureLabel(proposition.measure)
        if !proposition.scope.isEmpty { text += " in " + Wording.list(proposition.scope) }
        if let asOf = proposition.asOf { text += ", as of " + asOf.display }
        if let speaker = proposition.speaker { text += ", per " + speaker.name }
        return text
    }

    func figuresPage(_ topic: Config.Topic, _ catalog: Catalog, anchors: [ID<Proposition>: String]) -> Page {
        let path = topic.id + ".html"
        var body = BodyWriter()
        body.heading(1, topic.title)
        if !topic.summary.isEmpty { body.paragraph(CommonMark.escaped(topic.summary)) }
        let disputes = catalog.analysis.disputes.filter { topic.measures.contains($0.measure) }
        if !disputes.isEmpty {
            body.heading(2, "Disputes between parties")
            body.list(disputes.map { disputeMarkdown($0, catalog, anchors: anchors, from: path) })
        }
        // A ratio is listed where what it compares is: its measure, or the measure of either figure it divides.
        let measureOf = Dictionary(catalog.analysis.propositions.map { ($0.id, $0.measure) }, uniquingKeysWith: { first, _ in first })
        let ratios = catalog.analysis.ratioChecks.filter { check in
            ([check.measure] + [check.numerator, check.denominator].compactMap { $0.flatMap { measureOf[$0] } }).contains(where: topic.measures.contains)
        }
        if !ratios.isEmpty {
            body.heading(2, "Ratios checked against the figures")
            body.list(ratios.compactMap { ratioMarkdown($0, catalog, anchors: anchors, from: path) })
        }
        let data = figuresData(topic, catalog, anchors: anchors)
        return Page(path: path, kind: .topic, title: topic.title, summary: topic.summary, body: body.text, data: data)
    }

    func verdict(of proposition: Proposition, _ catalog: Catalog, from path: String,
                 anchors: [ID<Proposition>: String]) -> String {
        var parts = ["**\(proposition.status.words)**"]
        parts.append(Wording.outletsAndOrigins(outlets: proposition.outlets.count, origins: proposition.origins))
        if let speaker = proposition.speaker { parts.append("said by " + CommonMark.escaped(speaker.name)) }
        if let asOf = proposition.asOf { parts.append("as of " + CommonMark.escaped(Wording.date(asOf))) }
        if proposition.dispute != nil { parts.append("disputed by another party") }
        if proposition.isUnattributed { parts.append("no party named") }
        var text = parts.joined(separator: " · ") + ". " + explanation(of: proposition.status)
        if let later = proposition.supersededBy, let anchor = anchors[later] {
            text += " See the [later estimate](<\(urls.href(anchor, from: path))>)."
        }
        return text
    }

    func explanation(of status: Proposition.Status) -> String {
        switch status {
        case .agree: "Every telling gives the same figure."
        case .consistent: "The tellings differ in wording but their figures fit together."
        case .conflicting: "The tellings give figures that cannot both be right."
        case .outdated: "A later estimate of the same measure and place exists; this one shows the trend."
        case .singleOrigin: "Only one independent origin carries this figure."
        }
    }

    func driftMarkdown(_ drift: Drift, _ catalog: Catalog, from path: String) -> String {
        let outlets = Wording.list(drift.deviatingOutlets.map(catalog.outletName))
        var text = "**\(drift.kind.words.prefix(1).uppercased() + drift.kind.words.dropFirst())** in "
        text += CommonMark.escaped(outlets) + ": most tellings say “" + CommonMark.escaped(drift.majority)
        text += "” " + cite(drift.majorityCitations, from: path, catalog)
        text += "; " + CommonMark.escaped(outlets) + " says “" + CommonMark.escaped(drift.deviation) + "” "
        text += cite(drift.deviatingCitations, from: path, catalog) + ". " + CommonMark.escaped(drift.note)
        return text
    }
}
