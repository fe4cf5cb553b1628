import Model

extension Composer {
    /// One stated ratio as a list item: what the article says, the two figures the corpus gives and what
    /// they compute to, with the verdict in words. "The ministry's toll is three times the agency's
    /// first-day figure" (S4·3): 41 (interior ministry) ÷ 12 (Civil Protection Agency) = 3.42: fits loosely.
    func ratioMarkdown(_ check: RatioCheck, _ catalog: Catalog, anchors: [ID<Proposition>: String], from path: String) -> String? {
        guard let claim = catalog.claims[check.claim] else { return nil }
        let byID = Dictionary(catalog.analysis.propositions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let citation = Citation(source: claim.source, sentence: claim.sentence)
        let sentence = Array(catalog.sentence(citation))
        var quoted = CommonMark.escaped(claim.text)
        if claim.span.end <= sentence.count {
            // The sentence, the ratio's words in bold.
            quoted = CommonMark.escaped(String(sentence[..<claim.span.start])) + "**" + quoted + "**"
                + CommonMark.escaped(String(sentence[claim.span.end...]))
        }
        let said = CommonMark.escaped(catalog.outlet(claim.source)) + ": “" + quoted + "” " + cite([citation], from: path, catalog)
        let verdict = "**Ratio " + check.verdict.words + ":** "
        guard let computed = check.computed, let top = check.numerator.flatMap({ byID[$0] }),
              let bottom = check.denominator.flatMap({ byID[$0] }) else {
            return verdict + said
        }
        func side(_ p: Proposition) -> String {
            var figure = CommonMark.escaped(Wording.quantity(p.consensus))
            if let anchor = anchors[p.id] { figure = CommonMark.link(Wording.quantity(p.consensus), to: urls.href(anchor, from: path)) }
            let who = [p.speaker.map(\.name), p.asOf?.display].compactMap { $0 }.map(CommonMark.escaped)
            return figure + (who.isEmpty ? "" : " (" + who.joined(separator: ", ") + ")")
        }
        let value = (computed * 100).rounded() / 100
        return verdict + said + " The sources' figures give " + side(top) + " ÷ " + side(bottom) + " = " + Wording.number(value) + "."
    }
}
