import Model

extension Composer {
    func timelinePage(_ topic: Config.Topic, _ catalog: Catalog) -> Page {
        let path = topic.id + ".html"
        var body = BodyWriter()
        // The template writes the h1 and summary, so the strip sits between them and the entries.
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
        var data: [String: TemplateData] = [
            "intro": .optional(topic.summary.isEmpty ? nil : topic.summary), "pageSlug": .string(Slug.make(topic.title))]
        if !entries.isEmpty {
            let strip = TimelineStrip(dates: entries.map(\.date))
            data["strip"] = .string(strip.svg(id: "timeline-strip"))
            data["stripRows"] = .list(strip.table)
        }
        return Page(path: path, kind: .timeline, title: topic.title, summary: topic.summary, body: body.text, data: data)
    }
}
