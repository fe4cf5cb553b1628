import Model

extension Composer {
    func indexPage(_ catalog: Catalog, anchors: [ID<Proposition>: String], changes: ChangeLog = ChangeLog(entries: [])) -> Page {
        let path = "index.html"
        let analysis = catalog.analysis
        var body = BodyWriter()
        body.heading(1, config.site.title)
        if !config.site.description.isEmpty { body.paragraph(CommonMark.escaped(config.site.description)) }
        let origins = Set(analysis.sources.map { catalog.families[$0.id]?.id.rawValue ?? $0.id.rawValue }).count
        var overview = "This report checks **\(Wording.count(analysis.sources.count, "source"))** (\(origins) independent \(origins == 1 ? "origin" : "origins")) "
        overview += "and the **\(Wording.count(analysis.claims.count, "figure"))** found in them, grouped into "
        overview += "**\(Wording.count(analysis.propositions.count, "proposition"))** and **\(Wording.count(analysis.timeline.count, "dated event"))**."
        if let newest = analysis.sources.compactMap(\.metadata.published).max() {
            overview += " **Last updated " + newest.display + "**, the date of the newest source."
        }
        body.paragraph(overview)
        body.heading(2, "Headline findings")
        let findings = headlineFindings(catalog, anchors: anchors)
        if findings.isEmpty {
            body.paragraph("No figures were found that could be compared across sources.")
        } else {
            body.list(findings)
        }

        if let latest = changes.entries.last {
            body.heading(2, "What changed")
            let since = changes.entries.count == 1 ? "This is the first build of the report (" + ChangeLog.display(latest.date) + ")."
                : "Since the previous published build (" + CommonMark.escaped(ChangeLog.heading(latest)) + "):"
            body.paragraph(since)
            body.list(latest.items.map(CommonMark.escaped))
            body.paragraph("Every change is kept in the " + CommonMark.link("change log", to: urls.href("changes.html", from: path))
                           + " and its " + CommonMark.link("Atom feed", to: urls.href("feed.xml", from: path)) + ".")
        }

        body.heading(2, "Topics")
        body.list(config.topics.map { topic in
            let link = CommonMark.link(topic.title, to: urls.href(topic.id + ".html", from: path))
            let count = topic.kind == .timeline
                ? Wording.count(analysis.timeline.count, "event")
                : Wording.count(analysis.propositions.filter { $0.topic == topic.id }.count, "proposition")
            return link + " — " + count + ". " + CommonMark.escaped(topic.summary)
        })
        body.heading(2, "Sources and method")
        body.list([
            CommonMark.link("Sources", to: urls.href("sources/index.html", from: path))
                + " — every article with its cleaned text, metadata and what was left out.",
            CommonMark.link("Methodology", to: urls.href("methodology.html", from: path))
                + " — how figures were found, grouped and compared.",
            CommonMark.link("claims.json", to: urls.href("claims.json", from: path)) + " and "
                + CommonMark.link("claims.csv", to: urls.href("claims.csv", from: path)) + " — the data behind this report.",
        ])
        return Page(path: path, kind: .index, title: config.site.title,
                    summary: config.site.description, body: body.text)
    }

    /// Findings a reader needs first: disputes, conflicts, drift, ratios that do not fit, then the
    /// best-supported current figures, then trends.
    private func headlineFindings(_ catalog: Catalog, anchors: [ID<Proposition>: String]) -> [String] {
        let path = "index.html"
        var findings: [String] = []
        func link(_ proposition: Proposition) -> String {
            let text = heading(of: proposition, catalog)
            guard let anchor = anchors[proposition.id] else { return CommonMark.escaped(text) }
            return CommonMark.link(text, to: urls.href(anchor, from: path))
        }
        let props = catalog.analysis.propositions
        for dispute in catalog.analysis.disputes {
            findings.append(disputeMarkdown(dispute, catalog, anchors: anchors, from: path))
        }
        for proposition in props where proposition.status == .conflicting {
            findings.append("**Conflicting:** " + link(proposition) + " — " + Wording.outletsAndOrigins(outlets: proposition.outlets.count, origins: proposition.origins) + ".")
        }
        for drift in catalog.analysis.drift {
            findings.append(driftMarkdown(drift, catalog, from: path))
        }
        // A stated ratio the sources' own figures do not bear out, or only loosely.
        for check in catalog.analysis.ratioChecks where check.verdict == .doesNotFit || check.verdict == .loosely {
            if let item = ratioMarkdown(check, catalog, anchors: anchors, from: path) { findings.append(item) }
        }
        let current = props.filter { $0.status == .agree || $0.status == .consistent }
            .sorted { ($1.origins, $1.outlets.count, $0.id) < ($0.origins, $0.outlets.count, $1.id) }
        for proposition in current.prefix(6) {
            findings.append("**\(proposition.status.words):** " + link(proposition) + " — "
                            + Wording.outletsAndOrigins(outlets: proposition.outlets.count, origins: proposition.origins) + ".")
        }
        let outdated = props.filter { $0.status == .outdated }
        if !outdated.isEmpty {
            let list = outdated.sorted { $0.id < $1.id }.prefix(4).map(link)
            findings.append("**Outdated:** \(outdated.count) earlier \(outdated.count == 1 ? "estimate has" : "estimates have") been superseded by later ones, e.g. " + list.joined(separator: "; ") + ".")
        }
        return findings
    }

    /// A dispute in words: each party's figure with its outlets and independent origins, and the ratio.
    func disputeMarkdown(_ dispute: Dispute, _ catalog: Catalog, anchors: [ID<Proposition>: String], from path: String) -> String {
        let byID = Dictionary(catalog.analysis.propositions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sides = dispute.sides.compactMap { byID[$0] }.map { p -> String in
            let who = p.speaker.map { CommonMark.escaped($0.name) } ?? "unnamed sources"
            var figure = CommonMark.escaped(Wording.quantity(p.consensus))
            if let anchor = anchors[p.id] { figure = CommonMark.link(Wording.quantity(p.consensus), to: urls.href(anchor, from: path)) }
            return who + " " + Wording.says(p.speaker?.name ?? "unnamed sources") + " " + figure + " (" + Wording.outletsAndOrigins(outlets: p.outlets.count, origins: p.origins) + ")"
        }
        let what = CommonMark.escaped(catalog.measureLabel(dispute.measure))
            + (dispute.scope.isEmpty ? "" : " in " + CommonMark.escaped(dispute.scope.joined(separator: " and ")))
            + (dispute.asOf.map { ", " + $0.display } ?? "")
        // Shares and changes in percent ("rise by 1.2%" against "fall by 2.4%") differ by points, not by a factor.
        let isShare = dispute.sides.compactMap { byID[$0]?.consensus.unit }.contains { $0 == "percent" || $0 == Quantity.percentagePoints }
        let ratio = dispute.ratio >= 1.05 && !isShare ? "; the highest figure is \(Wording.ratio(dispute.ratio)) the lowest" : ""
        return "**Disputed:** " + what + " — " + sides.joined(separator: "; ") + ratio
            + ". The parties disagree; the outlets report them faithfully."
    }
}
