import Testing
import Model
@testable import Extract

/// Dates in wire copy: exact spans, "since" comparisons, and the date that governs a figure's clause.
struct WireDateTests {
    /// A date mention expected with its exact span and ISO date, in an article of 13 March 2023.
    static let spans: [(String, String, String?)] = [
        ("The UN issued an emergency appeal in August.", "August", "2022-08"),
        ("Talks ended on Aug. 2 without a deal.", "Aug. 2", "2022-08-02"),
        ("The accord was signed in Oct. 2019.", "Oct. 2019", "2019-10"),
        ("The vote took place in May.", "May", "2022-05"),
        ("The strike started in February.", "February", "2023-02"),
        ("Floods hit the region on 21 Sept. 2022, officials said.", "21 Sept. 2022", "2022-09-21"),
        ("The ceasefire began on Friday.", "on Friday", "2023-03-10"),
    ]

    @Test(arguments: spans)
    func dateSpanIsExact(_ sentence: String, _ text: String, _ iso: String?) {
        let dates = Fixture.dates(sentence, reference: Fixture.reference)
        #expect(dates.map(\.text) == [text])
        #expect(dates.first?.date?.iso == iso)
    }

    static let cases: [WireCase] = [
        WireCase("Inflation eased to 6.4% in January, the lowest since 2021.", "6.4%", "[6.4,6.4]", .exact, eventDate: "2023-01"),
        WireCase("Unemployment fell to 3.4 percent, the lowest since 1969.", "3.4 percent", eventDate: .some(nil)),
        WireCase("Prices have risen 40% since January.", "40%", eventDate: .some(nil)),
        WireCase("More than 500 people have been killed since the fighting began in 2021.", "More than 500", measure: "killed"),
        WireCase("On Monday, police said 200 people were arrested, the most since 2019.", "200", eventDate: "2023-03-13"),
        WireCase("The toll stood at 45 on Sunday, and rescuers said 300 people were still missing.", "300", eventDate: "2023-03-12"),
        WireCase("The agency said 1,000 people fled on Tuesday, while 400 more left in 2022.", "1,000", eventDate: "2023-03-07"),
    ]

    @Test(arguments: cases)
    func claimHasItsDate(_ c: WireCase) {
        #expect(c.problems().isEmpty, "\(c.problems())")
    }

    @Test func sinceComparisonDoesNotDateTheEvent() {
        let source = Fixture.source(["Unemployment fell to 3.4 percent, the lowest since 1969."])
        #expect(Fixture.extractor.extract(from: source).events.isEmpty)
    }
}
