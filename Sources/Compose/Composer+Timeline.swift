import Model

extension Composer {
    func timelinePage(_ topic: Config.Topic, _ catalog: Catalog) -> Page {
        let path = topic.id + ".html"
        var body = BodyWriter()
        body.heading(1, topic.title)
        if !topic.summary.isEmpty { body.paragraph(CommonMark.escaped(topic.summary)) }
        let entries = catalog.analysis.timeline
        if entries.isEmpty {
            body.paragraph("No dated events were found in the sources.")
        }
        var year: Int?
        for entry in entries {
            if entry.date.year != year {
                year = entry.date.year
                body.heading(2, String(entry.date.year))
            }
            let precision = "\(entry.date.granularity.rawValue)" + (entry.date.inferred ? ", inferred" : "")
            var line = "**" + CommonMark.escaped(entry.date.display) + "** (" + precision + ") — "
            line += CommonMark.escaped(entry.summary) + " " + cite(entry.citations, from: path, catalog)
            let outlets = Set(entry.citations.map { catalog.outlet($0.source) })
            if outlets.count > 1 { line += " — reported by \(outlets.count) sources" }
            body.paragraph(line)
        }
        return Page(path: path, kind: .timeline, title: topic.title, summary: topic.summary, body: body.text)
    }
}
