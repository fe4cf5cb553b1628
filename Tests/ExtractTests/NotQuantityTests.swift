import Testing
import Model
@testable import Extract

/// Numbers that are not quantities, each left out by a rule: no figure may overlap the span.
struct NotQuantityTests {
    struct Case: CustomStringConvertible, Sendable {
        var sentence: String
        var span: String
        var description: String { sentence }
        init(_ sentence: String, _ span: String) { self.sentence = sentence; self.span = span }
    }

    static let cases: [Case] = [
        // Times of day.
        Case("The explosion happened at 3 pm near the market.", "3 pm"),
        Case("The hearing began at 10:30 a.m. on Monday.", "10:30"),
        Case("The session ended shortly after 1 p.m.", "1 p.m."),
        Case("The match kicked off at 7.30pm.", "7.30pm"),
        Case("The curfew starts at 2200 GMT.", "2200 GMT"),
        Case("Polls close at 8pm local time.", "8pm"),
        Case("The train left at 06:45 from the main station.", "06:45"),
        Case("Flights resume at 0600 hrs tomorrow.", "0600 hrs"),
        // Phone numbers.
        Case("Call the incident line on 0800 555 0199.", "0800 555 0199"),
        // Letters joined to digits that are no currency's figure: models, masks, laws.
        Case("The museum bought an R2-D2 replica at auction.", "R2"),
        Case("Nurses were short of N95 masks.", "N95"),
        Case("He was charged under section 12 of the Terrorism Act.", "section 12"),
        Case("The rule 9 motion was rejected by the speaker.", "rule 9"),
        Case("Tips can be left at (202) 555-0143.", "(202) 555-0143"),
        Case("The embassy can be reached on +44 20 7946 0958.", "+44 20 7946 0958"),
        Case("Dial 555-0172 for the helpline.", "555-0172"),
        Case("Call 020 7946 0000 for tickets.", "020 7946 0000"),
        Case("Readers can phone 1-800-555-0100 toll free.", "1-800-555-0100"),
        Case("Anyone with information should call police on 101.", "101"),
        Case("Witnesses were urged to ring the incident room on 999 immediately.", "999"),
        Case("Customers can call the helpline at 311 for advice.", "311"),
        // Scores and tallies.
        Case("City beat United 3-2 after extra time.", "3-2"),
        Case("The visitors won 2-1 in Madrid.", "2-1"),
        Case("It ended in a 1-1 draw.", "1-1"),
        Case("Leeds lost 0-4 at home.", "0-4"),
        Case("The justices ruled 5-4 in favour.", "5-4"),
        // Basketball scores run past 100: a score verb or noun before, the winner's total first.
        Case("The Celtics beat the Heat 118-104 on Friday night.", "118-104"),
        Case("Denver won 121-97 to take a 3-1 series lead.", "121-97"),
        Case("It was a 131-120 victory for the hosts.", "131-120"),
        // A numbered route, shirt or house: "number" right before the figure.
        Case("Commuters waited an hour for the number 38 bus.", "number 38"),
        Case("He handed the number 10 shirt to the new signing.", "number 10"),
        // One capital joined to a short number names a technology.
        Case("The carrier switched off its 3G network last year.", "3G"),
        Case("Cinemas are showing the film in 3D.", "3D"),
        Case("Rural towns are still waiting for 5G coverage.", "5G"),
        Case("Arsenal sealed a 2–0 win over Chelsea.", "2–0"),
        Case("The Lakers beat Boston 110-102 in overtime.", "110-102"),
        // Numbered things.
        Case("The striker wears the No. 9 shirt.", "No. 9"),
        Case("Downing Street said No 10 would respond.", "No 10"),
        Case("The singer's album hit #1 in ten countries.", "#1"),
        Case("Under Article 13 of the constitution, parliament may be dissolved.", "Article 13"),
        Case("Relatives of those aboard Flight 370 renewed their calls.", "Flight 370"),
        Case("Analysts warned an ISIS 2.0 could emerge.", "ISIS 2.0"),
        Case("Computers still ran Windows 10 without patches.", "Windows 10"),
        Case("Regulators grounded the Boeing 737 Max.", "Boeing 737"),
        Case("The iPhone 15 went on sale with prices starting at $799.", "iPhone 15"),
        Case("Sellers on eBay 2 years ago had fewer rules.", "eBay 2"),
        Case("Leaders of the G7 met in the resort.", "G7"),
        Case("The COVID-19 pandemic closed the festival.", "COVID-19"),
        Case("Two F-16 jets escorted the airliner.", "F-16"),
        Case("The under-21 side lost on penalties.", "under-21"),
        Case("The lawsuit, case number 19-cv-4582, was filed in Manhattan.", "19-cv-4582"),
        Case("The suspect drove along Route 66 for hours.", "Route 66"),
        Case("The proposal is set out in Section 230 of the act.", "Section 230"),
        // Numbered things in lower case.
        Case("Police closed the motorway between junctions 10 and 11 after the crash.", "10"),
        Case("The 18:05 service will now leave from platform 9.", "9"),
        Case("The storm strengthened to a category 4 hurricane overnight.", "4"),
        Case("Patients on ward 12 were moved to another hospital.", "12"),
        // Slashes.
        Case("Security was tightened after the 9/11 attacks.", "9/11"),
        Case("The council set up a 24/7 helpline.", "24/7"),
        Case("The vote was split 50/50 down the middle.", "50/50"),
        // Ordinals and parts.
        Case("The striker scored twice in the first half.", "first half"),
        Case("Shares fell in the second half of the year.", "second half"),
        Case("The team finished third in the league.", "third"),
        Case("It was the second fine this year.", "second"),
        Case("The runner came 2nd in the final.", "2nd"),
        Case("The 21st century began quietly.", "21st"),
        Case("Inflation stayed below 2% for a third consecutive month.", "third"),
        Case("The president was sworn in for a fifth term on Monday.", "fifth"),
        Case("Protesters marched for a third straight weekend.", "third"),
        // Years used as dates.
        Case("The 2019 election was the closest ever.", "2019"),
        Case("In 2016, the firm moved to Dublin.", "2016"),
        // Identifiers in URLs and player scripts.
        Case("The audit is at https://example.org/reports/2019/48213-annual.pdf online.", "48213"),
        Case("Watch at www.example.com/video/883201 now.", "883201"),
        // The decimals of a code or an unread currency ("R2.3"): not a figure of their own.
        Case("The firmware v4.7 update fixed the fault.", "v4.7"),
        // Set scores listed by commas: an upward pair next to a downward one is a score too.
        Case("The champion won 7-6, 4-6, 6-3 in the final.", "4-6"),
        Case("The seed lost 2-6, 6-3, 6-4 to a qualifier.", "2-6"),
    ]

    @Test(arguments: cases)
    func spanIsNoQuantity(_ c: Case) throws {
        let chars = Array(c.sentence)
        let at = try #require(c.sentence.range(of: c.span)).lowerBound
        let from = c.sentence.distance(from: c.sentence.startIndex, to: at)
        let to = from + c.span.count
        _ = chars
        let overlapping = Fixture.figures(c.sentence).filter { $0.start < to && from < $0.start + $0.text.count }
        #expect(overlapping.isEmpty, "found \(overlapping.map(\.text))")
    }

    @Test(arguments: [
        ("Two F-16 fighter jets were scrambled.", 2.0),
        ("City beat United 3-2 in front of 40,000 fans.", 40000.0),
        ("Call 0800 555 0199 if you see any of the 12 missing cows.", 12.0),
        ("The No. 9 scored in front of 30,000 fans.", 30000.0),
        // A headline in title case: its capitalised verb names nothing.
        ("Train Derailment Leaves 17 Injured, 3 In Critical Condition", 17.0),
        ("Samsung Q3 Profit Falls 78% To 2.4 Trillion Won", 78.0),
        ("Wildfire Destroys 412 Homes Across Northern County", 412.0),
        ("Sales fell by a third last year, the retailer said.", 1.0 / 3.0),
        ("Exports rose +4.2% in May.", 4.2),
        ("Industrial output: -2.3% (previous: +1.1%)", 1.1),
    ])
    func realFiguresBesideThemRemain(_ sentence: String, _ value: Double) {
        #expect(Fixture.figures(sentence).contains { $0.value?.low == value })
    }
}
