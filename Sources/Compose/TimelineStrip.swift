import Model

/// The timeline as an inline SVG strip: one lane per precision, a dot for a day, a bar for a month,
/// a dashed band for a year; dates inferred from relative words are hollow.
public struct TimelineStrip: Sendable {
    public var dates: [EventDate]

    static let width = 640.0
    static let left = 70.0
    static let right = 16.0
    static let lanes: [(EventDate.Granularity, String, Double)] = [(.year, "Year", 34), (.month, "Month", 64), (.day, "Day", 94)]

    public init(dates: [EventDate]) { self.dates = dates.sorted() }

    var years: ClosedRange<Int> {
        let first = dates.map(\.year).min() ?? 2000, last = dates.map(\.year).max() ?? 2000
        return first...(last + 1)
    }

    /// A date's start and end as fractional years.
    static func span(_ date: EventDate) -> (Double, Double) {
        let year = Double(date.year)
        guard let month = date.month else { return (year, year + 1) }
        let start = year + Double(month - 1) / 12
        guard let day = date.day else { return (start, start + 1.0 / 12) }
        let point = start + Double(day - 1) / 365
        return (point, point)
    }

    public func svg(id: String) -> String {
        let range = years
        let plotWidth = TimelineStrip.width - TimelineStrip.left - TimelineStrip.right
        let spanYears = Double(range.upperBound - range.lowerBound)
        func x(_ value: Double) -> Double { TimelineStrip.left + (value - Double(range.lowerBound)) / spanYears * plotWidth }
        let counts = TimelineStrip.lanes.map { lane in dates.filter { $0.granularity == lane.0 }.count }
        var desc = "\(dates.count) dated events from \(range.lowerBound) to \(range.upperBound - 1): "
        desc += zip(TimelineStrip.lanes, counts).map { "\($1) known to the \($0.0.rawValue)" }.joined(separator: ", ")
        desc += "; \(dates.filter(\.inferred).count) inferred from relative words."
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"strip\" id=\"\(XML.escaped(id))\" viewBox=\"0 0 \(XML.n(TimelineStrip.width)) 140\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
        svg += "<title id=\"\(id)-title\">Dated events by precision</title><desc id=\"\(id)-desc\">\(XML.escaped(desc))</desc>"
        let step = max(1, Int((spanYears / 8).rounded(.up)))
        for year in stride(from: range.lowerBound, through: range.upperBound, by: step) {
            let tx = XML.n(x(Double(year)))
            svg += "<line class=\"grid\" x1=\"\(tx)\" y1=\"20\" x2=\"\(tx)\" y2=\"108\"/>"
            svg += "<text class=\"tick\" x=\"\(tx)\" y=\"124\" text-anchor=\"middle\">\(year)</text>"
        }
        for (granularity, label, y) in TimelineStrip.lanes {
            svg += "<text x=\"4\" y=\"\(XML.n(y + 4))\">\(label)</text>"
            for date in dates where date.granularity == granularity {
                let (start, end) = TimelineStrip.span(date)
                let inferred = date.inferred ? " inferred" : ""
                svg += "<g class=\"mark\" data-date=\"\(date.iso)\"><title>\(XML.escaped(Wording.date(date)))</title>"
                switch granularity {
                case .day:
                    svg += "<circle class=\"day\(inferred)\" cx=\"\(XML.n(x(start)))\" cy=\"\(XML.n(y))\" r=\"4\"/>"
                case .month:
                    svg += "<rect class=\"month\(inferred)\" x=\"\(XML.n(x(start)))\" y=\"\(XML.n(y - 5))\" width=\"\(XML.n(max(3, x(end) - x(start))))\" height=\"10\"/>"
                case .year:
                    svg += "<rect class=\"year\(inferred)\" x=\"\(XML.n(x(start)))\" y=\"\(XML.n(y - 8))\" width=\"\(XML.n(x(end) - x(start)))\" height=\"16\"/>"
                }
                svg += "</g>"
            }
        }
        return svg + "</svg>"
    }

    /// Events per year and precision, for the table beside the strip.
    public var table: [TemplateData] {
        Dictionary(grouping: dates, by: \.year).keys.sorted().map { year in
            let inYear = dates.filter { $0.year == year }
            return ["year": .string(String(year)),
                    "day": .int(inYear.filter { $0.granularity == .day }.count),
                    "month": .int(inYear.filter { $0.granularity == .month }.count),
                    "yearOnly": .int(inYear.filter { $0.granularity == .year }.count),
                    "inferred": .int(inYear.filter(\.inferred).count)]
        }
    }
}
