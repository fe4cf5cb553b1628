import Model

extension Composer {
    func methodologyPage(_ catalog: Catalog) -> Page {
        let analysis = catalog.analysis
        var body = BodyWriter()
        body.heading(1, "Methodology")
        body.paragraph("This page is written by the build from what it did. Every statement in the report links to the sentence it rests on; a reader can follow each link and check it.")

        body.heading(2, "1. Reading the sources")
        let blocks = analysis.sources.flatMap(\.blocks)
        let leftOut = blocks.filter { !$0.role.isAnalysed }.count
        let sentences = analysis.sources.reduce(0) { $0 + $1.sentences.count }
        body.paragraph("\(analysis.sources.count) files were read as plain text, Markdown with front matter, or saved HTML pages. Headline, outlet and publication date are taken from where the article prints them; each source page says where each field came from, and an article that prints no date says so. \(sentences) sentences were analysed; \(leftOut) parts (share buttons, link lists, comment forms, captions, stories appended to a page) were left out and are shown, with the reason, on each source page.")

        body.heading(2, "2. Finding figures")
        body.paragraph("Every number, range, sum of money, percentage and date in the analysed sentences is read as an interval with its qualifier kept: “up to 500” is (,500], “400 to 500” is [400,500], “more than 10,000” is (10000,). Qualifiers are exact, approx, upTo, atLeast, notExceeding or vague. Years used as dates, times, phone numbers and names with numerals are not figures. A share of a figure just mentioned (“roughly half of whom”) gives a derived figure, marked as derived.")
        let measures = config.measures.map { measure -> String in
            var text = "**" + CommonMark.escaped(measure.label) + "**"
            if !measure.terms.isEmpty { text += ": " + CommonMark.escaped(measure.terms.joined(separator: ", ")) }
            if !measure.cues.isEmpty { text += "; cued by " + CommonMark.escaped(measure.cues.joined(separator: ", ")) }
            return text
        }
        body.paragraph("What a figure counts comes from the noun after it, matched against these measures (configured in crosscheck.yml). Different measures are never merged: members and supporters are not fighters.")
        body.list(measures)
        body.paragraph("Who said it comes from reporting patterns (“X said”, “according to X”, “the report said”, “he added”); one person or report is one speaker across articles. Relative dates (“on Sunday”, “last month”) are resolved against the article's own date and the sentence's tense; in an undated article they stay unresolved. \(analysis.claims.count) figures were found.")

        body.heading(2, "3. Independent origins")
        let reused = analysis.families.filter { $0.sources.count > 1 }
        body.paragraph("Reprints and rewrites of one wire story are one origin. Two sources are one origin when most of the shorter one's five-word sequences appear in the other (containment, so an appended story does not hide a copy), or, for translations and paraphrases, when they carry the same speakers' same figures and dates. \(analysis.families.count) independent origins were found among \(analysis.sources.count) sources; \(reused.count) of them stand behind more than one source.")

        body.heading(2, "4. Statuses")
        body.paragraph("Figures about the same measure, place, period and speaker form a proposition, which gets one status:")
        body.list(Proposition.Status.allCases.map { "**\($0.words)**: " + explanation(of: $0) })
        let counts = Proposition.Status.allCases.map { status in
            "\(analysis.propositions.filter { $0.status == status }.count) \(status.words.lowercased())"
        }
        body.paragraph("This build: " + counts.joined(separator: ", ") + ".")

        body.heading(2, "5. Drift")
        body.paragraph("Where several outlets carry the same statement, a version that departs from the majority of independent tellings is flagged: a range cut to one end, a bound or qualifier changed, a different counted noun, or a different place named in otherwise matching text. Outlets that share a deviation are likely copying each other or one source. \(analysis.drift.count) drift findings were made.")

        body.heading(2, "6. Timeline")
        body.paragraph("Dated events are merged across sources into one entry per event, with every citation, in date order; each shows its precision (day, month or year) and whether the date was inferred from relative words. \(analysis.timeline.count) entries were made from \(analysis.events.count) dated sentences.")
        return Page(path: "methodology.html", kind: .methodology, title: "Methodology",
                    summary: "How figures were found, grouped and compared.", body: body.text)
    }
}
