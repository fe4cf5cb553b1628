import Model

extension Composer {
    func sourcesPage(_ catalog: Catalog) -> Page {
        let path = "sources/index.html"
        var body = BodyWriter()
        body.heading(1, "Sources")
        let sources = catalog.analysis.sources.sorted { $0.id < $1.id }
        body.paragraph("\(sources.count) source files were read. Each page shows the cleaned text with an anchor on every sentence, and the parts left out of the analysis with the reason. Citations such as S1·3 point to sentence 3 of source S1.")
        var rows: [TemplateData] = []
        for source in sources {
            let claims = catalog.claimsBySource[source.id]?.count ?? 0
            let family = catalog.families[source.id].map { family in
                family.sources.count > 1 ? "shares its origin with " + family.sources.filter { $0 != source.id }.map(catalog.label).joined(separator: ", ") : "independent"
            } ?? "independent"
            rows.append([
                "label": .string(catalog.label(source.id)),
                "href": .string(urls.href(Catalog.sourcePath(source.id), from: path)),
                "title": .string(catalog.title(source.id)),
                "outlet": .string(source.metadata.outlet ?? "not printed"),
                "published": .string(source.metadata.published.map(\.display)
                    ?? catalog.families[source.id]?.window.map { "unknown; inferred " + Composer.span($0) } ?? "unknown"),
                "claims": .int(claims),
                "family": .string(family),
                "notices": .list(source.notices.map { ["text": .string($0.formatted), "severity": .string($0.severity.rawValue)] }),
            ])
        }
        let corpusNotices = catalog.analysis.notices.map { notice -> TemplateData in
            ["text": .string(notice.formatted), "severity": .string(notice.severity.rawValue)]
        }
        return Page(path: path, kind: .sources, title: "Sources", summary: "Every source read for this report.",
                    body: body.text, data: ["sources": .list(rows), "corpusNotices": .list(corpusNotices),
                                            "hasCorpusNotices": .bool(!corpusNotices.isEmpty)])
    }

    func sourcePage(_ source: Source, _ catalog: Catalog, anchors: [ID<Proposition>: String]) -> Page {
        sourcePage(source, context: sourceContext(source, catalog, anchors: anchors))
    }

    /// What every member's "Same origin as" fact shares, made once per family instead of once per member
    /// (a family of n members made n² links and labelled its evidence n times): each member's link, and each
    /// evidence line with its source ids as labels.
    struct OriginPieces: Sendable {
        /// One per family member, in order. Every source page sits in `sources/`, so a link reads the same
        /// from each member's page.
        var links: [String]
        /// One per evidence line, `Catalog.labelled`; nil when a line begins or ends with a non-ASCII byte,
        /// where labelling the joined lines might read a word across the join.
        var labelled: [String]?
    }

    /// The pieces of every family of two or more, by member. Cost: one link per member, one labelling per
    /// evidence line.
    func originPieces(_ catalog: Catalog) -> [ID<Source>: OriginPieces] {
        var made: [Family: OriginPieces] = [:]
        var pieces: [ID<Source>: OriginPieces] = [:]
        for (member, family) in catalog.families where family.sources.count > 1 {
            if let known = made[family] {
                pieces[member] = known
                continue
            }
            let from = Catalog.sourcePath(family.sources[0])
            let links = family.sources.map { CommonMark.link(catalog.label($0), to: urls.href(Catalog.sourcePath($0), from: from)) }
            let joinable = family.evidence.allSatisfy { line in
                line.utf8.first.map { $0 < 0x80 } ?? true && line.utf8.last.map { $0 < 0x80 } ?? true
            }
            let shared = OriginPieces(links: links, labelled: joinable ? family.evidence.map(catalog.labelled) : nil)
            made[family] = shared
            pieces[member] = shared
        }
        return pieces
    }

    /// What a source's page takes from the rest of the corpus. Cost: its family's member list and evidence,
    /// one row per claim; with `origins` (made once per family), the member list is not linked again.
    func sourceContext(_ source: Source, _ catalog: Catalog, anchors: [ID<Proposition>: String],
                       origins: [ID<Source>: OriginPieces]? = nil) -> SourcePageContext {
        let path = Catalog.sourcePath(source.id)
        var window: String?
        if source.metadata.published == nil, let span = catalog.families[source.id]?.window {
            window = "**Publication window (inferred):** " + CommonMark.escaped(Composer.span(span))
                + ", from the dated sources that tell the same story"
        }
        var sameOrigin: String?
        if let family = catalog.families[source.id], family.sources.count > 1 {
            let others: [String]
            let evidence: String
            if let pieces = origins?[source.id], pieces.links.count == family.sources.count {
                others = zip(family.sources, pieces.links).filter { $0.0 != source.id }.map(\.1)
                if let labelled = pieces.labelled, labelled.count == family.evidence.count {
                    evidence = zip(family.evidence, labelled).filter { Catalog.mentions($0.0, source.id.rawValue) }
                        .map(\.1).joined(separator: "; ")
                } else {
                    evidence = catalog.labelled(family.evidence.filter { Catalog.mentions($0, source.id.rawValue) }
                                                    .joined(separator: "; "))
                }
            } else {
                others = family.sources.filter { $0 != source.id }.map { id in
                    CommonMark.link(catalog.label(id), to: urls.href(Catalog.sourcePath(id), from: path))
                }
                evidence = catalog.labelled(family.evidence.filter { Catalog.mentions($0, source.id.rawValue) }
                                                .joined(separator: "; "))
            }
            sameOrigin = "**Same origin as:** " + others.joined(separator: ", ") + " — " + CommonMark.escaped(evidence)
        }
        let claims = catalog.claimsBySource[source.id] ?? []
        var claimRows: [TemplateData] = []
        for claim in claims {
            let where_ = catalog.propositionOf[claim.id].flatMap { anchors[$0] }.map { urls.href($0, from: path) }
            claimRows.append([
                "anchor": .string("#s\(claim.sentence)"),
                "sentence": .int(claim.sentence),
                "text": .string(claim.text),
                "measure": .string(claim.measure.map(catalog.measureLabel) ?? "unclassified"),
                "term": .string(claim.term),
                "interval": .string(claim.value.notation),
                "qualifier": .string(claim.value.qualifier.rawValue),
                "speaker": .optional(claim.attribution?.name),
                "date": .optional(claim.eventDate.map(Wording.date)),
                "proposition": .optional(where_),
            ])
        }
        return SourcePageContext(label: catalog.label(source.id), window: window, sameOrigin: sameOrigin, claims: claimRows)
    }

    /// A source's page from the source and its context alone (and the composer's links), so that a build
    /// can key it by them before composing it.
    func sourcePage(_ source: Source, context: SourcePageContext) -> Page {
        let path = Catalog.sourcePath(source.id)
        var body = BodyWriter()
        let title = Catalog.title(of: source)
        body.heading(1, context.label + ": " + title)
        let meta = source.metadata
        func origin(_ field: String) -> String {
            guard let origin = meta.provenance[field], origin != "not printed" else { return "" }
            return " (from " + CommonMark.escaped(origin) + ")"
        }
        var facts = [
            "**File:** " + CommonMark.escaped(source.file),
            "**Outlet:** " + CommonMark.escaped(meta.outlet ?? "not printed") + origin("outlet"),
            "**Published:** " + CommonMark.escaped(meta.published.map(Wording.date) ?? "unknown") + origin("published"),
        ]
        if let window = context.window { facts.append(window) }
        if let url = meta.url { facts.append("**URL:** " + CommonMark.escaped(url)) }
        if !meta.authors.isEmpty { facts.append("**Authors:** " + CommonMark.escaped(Wording.list(meta.authors))) }
        facts.append("**Language:** " + CommonMark.escaped(meta.language ?? "not detected"))
        if let sameOrigin = context.sameOrigin { facts.append(sameOrigin) }
        body.list(facts)
        let claimRows = context.claims
        let blocks = mergedLeftOut(source.blocks).map { block -> TemplateData in
            let analysed = block.role.isAnalysed
            return [
                "analysed": .bool(analysed),
                "role": .string(block.role.rawValue),
                "heading": .bool(block.role == .headline),
                "reason": .optional(block.reason),
                "text": .string(block.text),
                "line": .int(block.line),
                "sentences": .list(block.sentences.compactMap { index in
                    guard source.sentences.indices.contains(index) else { return nil }
                    return ["id": .string("s\(index)"), "n": .int(index), "text": .string(source.sentences[index].text)]
                }),
            ]
        }
        return Page(path: path, kind: .source, title: title,
                    summary: "Source \(context.label) with every sentence anchored.", body: body.text,
                    data: ["blocks": .list(blocks), "claims": .list(claimRows), "hasClaims": .bool(!claimRows.isEmpty),
                           "notices": .list(source.notices.map { ["text": .string($0.formatted), "severity": .string($0.severity.rawValue)] }),
                           "hasNotices": .bool(!source.notices.isEmpty),
                           "sourcesIndex": .string(urls.href("sources/index.html", from: path))])
    }

    /// Runs of left-out blocks with the same role and reason become one folded block (an appended story
    /// is one fold, not one per line).
    func mergedLeftOut(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            if let last = result.last, !block.role.isAnalysed, block.role != .headline, last.role == block.role,
               last.reason == block.reason {
                result[result.count - 1].text += "\n\n" + block.text
            } else {
                result.append(block)
            }
        }
        return result
    }

    /// "13 March 2023", or "1 March 2023 to 13 March 2023".
    static func span(_ window: ClosedRange<EventDate>) -> String {
        window.lowerBound == window.upperBound ? window.lowerBound.display
            : window.lowerBound.display + " to " + window.upperBound.display
    }
}
