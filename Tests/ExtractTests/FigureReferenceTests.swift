import Model
import Testing
import TestSupport
@testable import Extract

/// A figure whose noun stands for one already given ("the figure is 4,500"), the modifier a change noun
/// measures ("a 9% pay increase"), a ratio's compared measure, and a day something is set for.
@Suite struct FigureReferenceTests {
    static func claims(_ paragraphs: [String]) -> [Claim] {
        Fixture.extractor.extract(from: Fixtures.source("s", published: EventDate(year: 2024, month: 10, day: 15), paragraphs: paragraphs)).claims
    }

    @Test(arguments: [
        ("The union says 12,000 workers walked out on Monday. The port authority says the figure is 4,500.", 12_000.0, 4_500.0),
        ("Organisers said 80,000 marchers took part. Police put the number at 30,000.", 80_000, 30_000),
        ("The rebels have 3,000 tanks, the ministry said. Analysts put that figure at 1,200.", 3_000, 1_200),
        ("More than 500 families have left the valley, and the council says the total is now 740.", 500, 740),
    ])
    func aFigureNounTakesTheMeasureOfTheFigureBefore(_ text: String, _ first: Double, _ second: Double) {
        let claims = Self.claims([text])
        let earlier = claims.first { $0.value.low == first }, later = claims.first { $0.value.low == second }
        #expect(earlier?.measure != nil && later?.measure == earlier?.measure, "\(text): \(claims.map { "\($0.text)=\($0.measure ?? "nil")" })")
    }

    @Test func aFigureNounWithNothingBeforeItNamesNothing() {
        #expect(!Self.claims(["The authority says the figure is 4,500."]).contains { $0.value.low == 4_500 && $0.measure != nil && $0.measure != "people" })
    }

    @Test(arguments: [
        ("The agency puts the number of displaced at 8,000.", 8_000.0),
        ("Officials put the number of injured at 212.", 212),
        ("The charity puts the total of missing at 35.", 35),
    ])
    func theNumberOfAParticipleCountsPeople(_ text: String, _ value: Double) {
        let claim = Self.claims([text]).first { $0.value.low == value }
        #expect(claim != nil, "\(text)")
        #expect(claim?.value.unit == "people" || claim?.measure == "injured" || claim?.measure == "killed", "\(text): \(String(describing: claim))")
    }

    @Test(arguments: [
        ("It is demanding a 9% pay rise.", "pay"),
        ("It wants a 9% pay increase and a guarantee.", "pay"),
        ("The firm announced a 4% price hike for January.", "price"),
        ("Councils face a 12% budget cut next year.", "budget"),
    ])
    func aChangeNounMeasuresItsModifier(_ text: String, _ measure: String) {
        #expect(Self.claims([text]).first?.measure == measure, "\(text): \(Self.claims([text]).map { $0.measure ?? "nil" })")
    }

    @Test(arguments: [
        ("The ministry's toll is three times the figure the agency gave on the first day.", "killed"),
        ("Nearly twice as many people died this year as last.", "killed"),
        ("Turnout was nearly double the figure of the last election.", "turnout"),
    ])
    func aRatioNamesTheMeasureItCompares(_ text: String, _ measure: String) {
        let ratio = Self.claims([text]).first { $0.measure == "ratio" }
        #expect(ratio?.compares == measure || (measure == "killed" && ratio?.compares == "people"), "\(text): \(String(describing: ratio?.compares))")
        #expect(!Self.claims([text]).contains { $0.measure != "ratio" && ($0.value.low == 3 || $0.value.low == 2) })
    }

    @Test(arguments: [
        // Published Tuesday 15 October 2024: a meeting called for Thursday is the 17th, not the 10th.
        ("The union has called a mass meeting for Thursday to decide its next steps.", "2024-10-17"),
        ("The union called the strike last Thursday.", "2024-10-10"),
        ("The vote is set for Friday.", "2024-10-18"),
    ])
    func aDaySomethingIsSetForIsAhead(_ text: String, _ iso: String) {
        let events = Fixture.extractor.extract(from: Fixtures.source("s", published: EventDate(year: 2024, month: 10, day: 15), paragraphs: [text])).events
        #expect(events.map(\.date.iso).contains(iso), "\(text): \(events.map(\.date.iso))")
    }

    @Test(arguments: [
        "Brightwater Aid, which has volunteers in most of the affected villages, maintains that more than 60 people have died.",
        "The charity insists that more than 60 people have died.",
        "The Civil Protection Agency puts the number of displaced at 8,000.",
    ])
    func reportingVerbsOfAnEstimateNameTheParty(_ text: String) {
        let claim = Self.claims([text]).first { $0.measure != "ratio" }
        #expect(claim?.attribution != nil, "\(text)")
    }
}
