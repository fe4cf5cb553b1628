import Model
import TestSupport
import Testing
@testable import Compose

/// Wording and charts are total: any finite figure a source prints is worded and charted without
/// trapping.
@Suite struct HostileValueTests {
    @Test(arguments: [
        (2.5e19, false, "2.5 × 10^19"),
        (9.3e18, false, "9.3 × 10^18"),
        (-4e20, false, "-4 × 10^20"),
        (7.25e27, true, "7.25 × 10^27"),
        (1e300, true, "1 × 10^300"),
        (123_456_789_012_345, false, "123,456,789,012,345"),
    ])
    func hugeFiguresAreWordedInScientificNotation(value: Double, money: Bool, expected: String) {
        #expect(Wording.number(value, money: money) == expected)
    }

    @Test func aQuantityOfAbsurdSizeIsWorded() {
        var q = Quantity(low: 1.7e308, high: nil, qualifier: .atLeast)
        q.lowInclusive = true
        q.unit = "USD"
        #expect(Wording.quantity(q).contains("10^308"))
    }

    @Test func aChartOfAbsurdFiguresDrawsFiniteCoordinates() {
        let values: [(Double?, Double?)] = [(2e19, 3e19), (1.7e308, nil), (nil, 1e300), (12, 30)]
        let propositions = values.enumerated().map { i, bounds in
            Proposition(id: ID("p\(i)"), topic: "fighters", measure: "fighters", scope: [], asOf: EventDate(year: 2023, month: 3, day: i + 1),
                        speaker: nil, members: [ID("c\(i)")], status: .singleOrigin, outlets: ["x"], origins: 1,
                        consensus: Quantity(low: bounds.0, high: bounds.1, qualifier: .exact))
        }
        let svg = EstimateChart(title: "Fighters", propositions: propositions).svg(id: "chart")
        #expect(svg.hasSuffix("</svg>"))
        #expect(!svg.contains("nan") && !svg.contains("inf"))
    }
}
