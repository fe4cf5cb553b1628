import Foundation
import Model

/// Escapes text for XML and HTML: `&`, `<`, `>`, `"` and `'`.
enum XML {
    static func escaped(_ text: String) -> String { text.htmlEscaped }

    /// A coordinate with at most one decimal, so output is short and deterministic.
    static func n(_ value: Double) -> String {
        // A coordinate from an absurd figure may overflow: never trap on it.
        guard value.isFinite else { return "0" }
        let rounded = (value * 10).rounded() / 10
        guard abs(rounded) < 1e15 else { return String(rounded) }
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// Estimates of one measure as an inline SVG "forest plot": one row per proposition, oldest first, each
/// row holding one whisker per independent origin on a shared value axis (log when the values span a factor
/// of 10 or more). Open ends run to the axis edge with an arrow; the status is a marker shape, the
/// figure in words (with its qualifier) a label, so nothing depends on colour.
public struct EstimateChart: Sendable {
    /// One charted estimate.
    public struct Row: Sendable {
        public var id: String
        public var asOf: String
        public var speaker: String
        public var quantity: Quantity
        public var words: String
        public var status: Proposition.Status
        public var origins: Int
    }

    public var title: String
    public var rows: [Row]
    public var money: Bool
    public var currency: String?

    static let width = 720.0
    static let left = 150.0
    static let right = 24.0
    static let top = 34.0
    static let rowGap = 12.0
    static let originGap = 7.0

    /// Rows from propositions (those with at least one known end), oldest first.
    init(title: String, propositions: [Proposition]) {
        self.title = title
        let usable = propositions.filter { $0.consensus.low != nil || $0.consensus.high != nil }
            .sorted { ($0.asOf ?? EventDate(year: 0), $0.id) < ($1.asOf ?? EventDate(year: 0), $1.id) }
        rows = usable.map { p in
            Row(id: p.id.rawValue, asOf: p.asOf?.display ?? "undated", speaker: p.speaker?.name ?? "unattributed",
                quantity: p.consensus, words: Wording.quantity(p.consensus), status: p.status, origins: max(1, p.origins))
        }
        currency = usable.first.flatMap { Wording.currencySymbol($0.consensus.unit) }
        money = usable.contains { Wording.currencySymbol($0.consensus.unit) != nil }
    }

    /// The number of whiskers drawn: one per origin of each row.
    public var markCount: Int { rows.reduce(0) { $0 + $1.origins } }

    /// The value axis: log10 or linear, with its ticks.
    struct Scale {
        var log: Bool
        var low: Double
        var high: Double
        var ticks: [Double]

        init(values: [Double]) {
            // Capped so that every tick, step and edge stays a finite Double, whatever a source claims.
            let positive = values.filter { $0 > 0 }.map { min($0, 1e300) }
            let minimum = positive.min() ?? 1, maximum = positive.max() ?? 1
            if maximum / minimum >= 10 {
                log = true
                low = pow(10, floor(log10(minimum)))
                high = pow(10, ceil(log10(maximum)))
                if high <= low { high = low * 10 }
                var ticks: [Double] = []
                var decade = low
                let decades = Int((log10(high) - log10(low)).rounded())
                while decade.isFinite, decade <= high * 1.0001 {
                    ticks.append(decade)
                    // Intermediate ticks only while they fit: labels must not run into each other.
                    if decades <= 2, decade < high { ticks += [decade * 2, decade * 5] }
                    decade *= 10
                }
                self.ticks = ticks
            } else {
                log = false
                low = 0
                let step = Scale.niceStep(maximum / 4)
                high = max(step, ceil(maximum * 1.1 / step) * step)
                ticks = stride(from: 0, through: high + step / 2, by: step).map { $0 }
            }
        }

        static func niceStep(_ raw: Double) -> Double {
            guard raw > 0 else { return 1 }
            let power = pow(10, floor(log10(raw)))
            for factor in [1.0, 2, 2.5, 5, 10] where power * factor >= raw { return power * factor }
            return power * 10
        }

        /// 0…1 along the axis.
        func position(_ value: Double) -> Double {
            if log {
                return (log10(max(value, low)) - log10(low)) / (log10(high) - log10(low))
            }
            return (value - low) / (high - low)
        }
    }

    var scale: Scale {
        // An open end needs room to run past its known end, so it reads as open and not as a point.
        Scale(values: rows.flatMap { row -> [Double] in
            let q = row.quantity
            return [q.low, q.high, q.high == nil ? q.low.map { $0 * 4 } : nil, q.low == nil ? q.high.map { $0 / 4 } : nil]
                .compactMap { $0 }
        })
    }

    func rowHeight(_ row: Row) -> Double { 30 + Double(row.origins - 1) * EstimateChart.originGap }

    /// Compact axis labels: "$10M", "$1B", "10,000".
    func tickLabel(_ value: Double) -> String {
        guard money else { return Wording.number(value) }
        for (size, suffix) in [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")] where value >= size {
            return (currency ?? "") + Wording.number(value / size) + suffix
        }
        return (currency ?? "") + Wording.number(value)
    }

    /// The marker shape for a status, centred on (x, y).
    static func marker(_ status: Proposition.Status, x: Double, y: Double) -> String {
        let (cx, cy) = (XML.n(x), XML.n(y))
        switch status {
        case .agree:
            return "<circle class=\"marker\" cx=\"\(cx)\" cy=\"\(cy)\" r=\"5\"/>"
        case .consistent:
            return "<rect class=\"marker\" x=\"\(XML.n(x - 4.5))\" y=\"\(XML.n(y - 4.5))\" width=\"9\" height=\"9\"/>"
        case .conflicting:
            return "<polygon class=\"marker\" points=\"\(XML.n(x)),\(XML.n(y - 6)) \(XML.n(x + 6)),\(XML.n(y + 5)) \(XML.n(x - 6)),\(XML.n(y + 5))\"/>"
        case .outdated:
            return "<circle class=\"marker marker-hollow\" cx=\"\(cx)\" cy=\"\(cy)\" r=\"5\"/>"
        case .singleOrigin:
            return "<polygon class=\"marker\" points=\"\(XML.n(x)),\(XML.n(y - 6)) \(XML.n(x + 6)),\(cy) \(XML.n(x)),\(XML.n(y + 6)) \(XML.n(x - 6)),\(cy)\"/>"
        }
    }

    /// The chart as an `<svg>` element with `role="img"`, `<title>` and `<desc>`; `id` names it on the page.
    public func svg(id: String) -> String {
        let scale = self.scale
        let plotLeft = EstimateChart.left, plotRight = EstimateChart.width - EstimateChart.right
        let plotWidth = plotRight - plotLeft
        func x(_ value: Double) -> Double { plotLeft + scale.position(value) * plotWidth }
        let rowsHeight = rows.reduce(0) { $0 + rowHeight($1) + EstimateChart.rowGap }
        let axisY = EstimateChart.top + rowsHeight
        let height = axisY + 64
        let titleID = id + "-title", descID = id + "-desc"
        var desc = "\(rows.count) \(rows.count == 1 ? "estimate" : "estimates"), oldest first, on a "
        desc += scale.log ? "logarithmic scale. " : "linear scale. "
        desc += rows.map { "\($0.asOf), \($0.speaker): \($0.words) (\($0.status.words.lowercased()), \($0.origins) independent \($0.origins == 1 ? "origin" : "origins"))" }
            .joined(separator: "; ") + "."
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"\(XML.escaped(id))\" viewBox=\"0 0 \(XML.n(EstimateChart.width)) \(XML.n(height))\" role=\"img\" aria-labelledby=\"\(XML.escaped(titleID)) \(XML.escaped(descID))\">"
        svg += "<title id=\"\(XML.escaped(titleID))\">\(XML.escaped(title))</title>"
        svg += "<desc id=\"\(XML.escaped(descID))\">\(XML.escaped(desc))</desc>"
        // Grid and value axis.
        svg += "<g class=\"axis\">"
        for tick in scale.ticks {
            let tx = XML.n(x(tick))
            svg += "<line class=\"grid\" x1=\"\(tx)\" y1=\"\(XML.n(EstimateChart.top - 6))\" x2=\"\(tx)\" y2=\"\(XML.n(axisY))\"/>"
            svg += "<text class=\"tick\" x=\"\(tx)\" y=\"\(XML.n(axisY + 16))\" text-anchor=\"middle\">\(XML.escaped(tickLabel(tick)))</text>"
        }
        svg += "<line class=\"axis-line\" x1=\"\(XML.n(plotLeft))\" y1=\"\(XML.n(axisY))\" x2=\"\(XML.n(plotRight))\" y2=\"\(XML.n(axisY))\"/>"
        svg += "<text class=\"axis-label\" x=\"\(XML.n(plotLeft))\" y=\"16\">\(XML.escaped(scale.log ? "Log scale: equal steps are equal ratios →" : "Linear scale →"))</text>"
        svg += "</g>"
        var y = EstimateChart.top
        for row in rows {
            let height = rowHeight(row)
            let q = row.quantity
            let lowX = q.low.map(x) ?? plotLeft, highX = q.high.map(x) ?? plotRight
            svg += "<g class=\"row status-\(row.status.rawValue)\">"
            svg += "<text class=\"row-date\" x=\"4\" y=\"\(XML.n(y + 9))\">\(XML.escaped(row.asOf))</text>"
            svg += "<text class=\"row-speaker\" x=\"4\" y=\"\(XML.n(y + 24))\">\(XML.escaped(String(row.speaker.prefix(22))))</text>"
            for origin in 0..<row.origins {
                let my = y + 22 + Double(origin) * EstimateChart.originGap
                svg += "<g class=\"mark\" data-proposition=\"\(XML.escaped(row.id))\" data-origin=\"\(origin + 1)\">"
                let dashed = q.low == nil || q.high == nil || q.qualifier == .vague ? " whisker-open" : ""
                svg += "<line class=\"whisker\(dashed)\" x1=\"\(XML.n(lowX))\" y1=\"\(XML.n(my))\" x2=\"\(XML.n(highX))\" y2=\"\(XML.n(my))\"/>"
                if q.low == nil {
                    svg += "<polygon class=\"arrow\" points=\"\(XML.n(lowX - 2)),\(XML.n(my)) \(XML.n(lowX + 7)),\(XML.n(my - 5)) \(XML.n(lowX + 7)),\(XML.n(my + 5))\"/>"
                } else {
                    svg += "<line class=\"cap\" x1=\"\(XML.n(lowX))\" y1=\"\(XML.n(my - 5))\" x2=\"\(XML.n(lowX))\" y2=\"\(XML.n(my + 5))\"/>"
                }
                if q.high == nil {
                    svg += "<polygon class=\"arrow\" points=\"\(XML.n(highX + 2)),\(XML.n(my)) \(XML.n(highX - 7)),\(XML.n(my - 5)) \(XML.n(highX - 7)),\(XML.n(my + 5))\"/>"
                } else {
                    svg += "<line class=\"cap\" x1=\"\(XML.n(highX))\" y1=\"\(XML.n(my - 5))\" x2=\"\(XML.n(highX))\" y2=\"\(XML.n(my + 5))\"/>"
                }
                let centre = q.low != nil && q.high != nil ? (lowX + highX) / 2 : (q.low == nil ? highX : lowX)
                svg += EstimateChart.marker(row.status, x: centre, y: my)
                svg += "</g>"
            }
            // The figure in words on a line of its own above the whiskers, so labels never collide.
            let labelWidth = Double(row.words.count) * 7.2
            let labelX = max(plotLeft, min(lowX, EstimateChart.width - 4 - labelWidth))
            svg += "<text class=\"value\" x=\"\(XML.n(labelX))\" y=\"\(XML.n(y + 11))\">\(XML.escaped(row.words))</text>"
            svg += "</g>"
            y += height + EstimateChart.rowGap
        }
        // Legend: shapes for statuses, arrows for open ends.
        var lx = 4.0
        let ly = axisY + 40
        for status in Proposition.Status.allCases where rows.contains(where: { $0.status == status }) {
            svg += "<g class=\"legend\">" + EstimateChart.marker(status, x: lx + 6, y: ly - 4)
            svg += "<text x=\"\(XML.n(lx + 16))\" y=\"\(XML.n(ly))\">\(XML.escaped(status.words))</text></g>"
            lx += 30 + Double(status.words.count) * 6.6
        }
        if rows.contains(where: { $0.quantity.low == nil || $0.quantity.high == nil }) {
            svg += "<g class=\"legend\"><polygon class=\"arrow\" points=\"\(XML.n(lx)),\(XML.n(ly - 4)) \(XML.n(lx + 9)),\(XML.n(ly - 9)) \(XML.n(lx + 9)),\(XML.n(ly + 1))\"/>"
            svg += "<text x=\"\(XML.n(lx + 14))\" y=\"\(XML.n(ly))\">open end</text></g>"
        }
        svg += "</svg>"
        return svg
    }

    /// The numbers behind the chart, one map per row, for the table beside it.
    public var table: [TemplateData] {
        rows.map { row in
            ["asOf": .string(row.asOf), "speaker": .string(row.speaker), "words": .string(row.words),
             "interval": .string(row.quantity.notation), "status": .string(row.status.words),
             "origins": .int(row.origins)]
        }
    }
}
