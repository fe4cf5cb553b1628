import Testing
import Model
@testable import Extract

/// Absolute and relative dates, resolved against the publication date and the tense.
struct DateTests {
    struct Case: CustomStringConvertible, Sendable {
        var sentence: String
        var reference: String?
        var iso: String?
        var inferred: Bool
        var description: String { sentence }
        init(_ sentence: String, _ reference: String?, _ iso: String?, inferred: Bool = false) {
            self.sentence = sentence; self.reference = reference; self.iso = iso; self.inferred = inferred
        }
    }

    static let cases: [Case] = [
        // Absolute.
        Case("The operation was carried out on February 26, officials said.", "2023-03-13", "2023-02-26", inferred: true),
        Case("The decree was signed on 21 January 2018 in the capital.", "2023-03-13", "2018-01-21"),
        Case("A fighter was photographed in Mosul on June 23, 2014.", nil, "2014-06-23"),
        Case("The group emerged in 2014 in the desert.", nil, "2014"),
        Case("The report was published in February.", "2023-03-13", "2023-02", inferred: true),
        Case("The army declared victory at the end of 2017.", nil, "2017-12"),
        Case("Mattis said in December that forces were crushing the group.", "2018-01-21", "2017-12", inferred: true),
        Case("The talks resumed on Oct. 2 in Geneva.", "2023-11-20", "2023-10-02", inferred: true),
        Case("The ceasefire collapsed on 5 March 2022.", nil, "2022-03-05"),
        Case("Parliament met on March 3, 2021 to vote.", nil, "2021-03-03"),
        Case("The city fell in July and October respectively.", "2018-01-21", "2017-07", inferred: true),
        Case("Elections were held in May 2021.", nil, "2021-05"),
        Case("The strike began in early 2019.", nil, "2019"),
        Case("Fighting has raged since 2011.", nil, "2011"),
        Case("The deal was struck on September 30, officials said.", "2023-03-13", "2022-09-30", inferred: true),
        Case("The dam was completed in the spring of 2016.", nil, "2016"),
        Case("Protests erupted on Friday, 3 June 2022.", "2022-06-10", "2022-06-03"),
        // Relative to publication and tense.
        Case("A senior official said on Sunday that 500 fighters remain.", "2023-03-13", "2023-03-12", inferred: true),
        Case("The commander warned Saturday of the persistent threat.", "2023-03-13", "2023-03-11", inferred: true),
        Case("A double suicide bombing in Baghdad Monday killed 38.", "2018-01-21", "2018-01-15", inferred: true),
        Case("On Friday, the Pentagon released a new strategy.", "2018-01-21", "2018-01-19", inferred: true),
        Case("The minister resigned on Monday.", "2023-03-13", "2023-03-13", inferred: true),
        Case("The minister resigned last Monday.", "2023-03-13", "2023-03-06", inferred: true),
        Case("The president will travel to Moscow on Wednesday.", "2026-01-26", "2026-01-28", inferred: true),
        Case("Leaders are due to meet on Friday in Brussels.", "2023-03-13", "2023-03-17", inferred: true),
        Case("The UN report published last month said the group was depleted.", "2023-03-13", "2023-02", inferred: true),
        Case("Inflation fell last month, the bank said.", "2023-01-10", "2022-12", inferred: true),
        Case("The company was fined last year.", "2023-03-13", "2022", inferred: true),
        Case("Troops withdrew from the airport earlier this week.", "2026-01-28", "2026-01", inferred: true),
        Case("This week's bombing rattled the city.", "2018-01-21", "2018-01", inferred: true),
        Case("Police arrested three suspects yesterday.", "2023-03-13", "2023-03-12", inferred: true),
        Case("The ministry said today that talks had failed.", "2023-03-13", "2023-03-13", inferred: true),
        Case("The rebels seized the town three days ago.", "2023-03-13", "2023-03-10", inferred: true),
        Case("The vote will take place next month.", "2023-03-13", "2023-04", inferred: true),
        Case("The strike ended last Tuesday.", "2023-03-13", "2023-03-07", inferred: true),
        Case("The accord was signed last March.", "2023-06-01", "2023-03", inferred: true),
        Case("The army said in January that it had retaken the town.", "2023-03-13", "2023-01", inferred: true),
        Case("The army said in November that it had retaken the town.", "2023-03-13", "2022-11", inferred: true),
        // Undated articles leave relative dates unresolved.
        Case("A senior official said on Sunday that the group was weak.", nil, nil),
        Case("The report published last month said the group was weak.", nil, nil),
    ]

    @Test(arguments: cases)
    func dateResolves(_ c: Case) throws {
        let reference = c.reference.flatMap { EventDate(iso: $0) }
        let dates = Fixture.dates(c.sentence, reference: reference)
        let first = try #require(dates.first, "no date in \(c.sentence)")
        #expect(first.date?.iso == c.iso)
        if c.iso != nil { #expect(first.date?.inferred == c.inferred) }
    }

    @Test func dayEarlierIsRelativeToTheDateJustMentioned() {
        let source = Fixture.source(["On Friday, the Pentagon released a strategy.",
                                     "A day earlier, the secretary of state said troops would stay."],
                                    published: EventDate(year: 2018, month: 1, day: 21))
        let events = Fixture.extractor.extract(from: source).events
        #expect(events.map(\.date.iso) == ["2018-01-19", "2018-01-18"])
        #expect(events.map(\.dateText) == ["On Friday", "A day earlier"])
    }

    @Test func weekdayOfThePublicationDayIsThatDay() throws {
        // 21 January 2018 is a Sunday: "Sunday" in a Sunday article is that day; "last Sunday" the week before.
        let dates = Fixture.dates("Officials said on Sunday the toll rose.", reference: EventDate(year: 2018, month: 1, day: 21))
        #expect(dates.first?.date?.iso == "2018-01-21")
        let last = Fixture.dates("Officials said last Sunday the toll rose.", reference: EventDate(year: 2018, month: 1, day: 21))
        #expect(last.first?.date?.iso == "2018-01-14")
    }

    @Test func eachDatedSentenceGivesAnEventWithItsSentence() {
        let source = Fixture.source(["The general spoke on Sunday.", "No date here.", "The camp was dismantled on February 26."])
        let events = Fixture.extractor.extract(from: source).events
        #expect(events.map(\.sentence) == [0, 2])
        #expect(events.map(\.summary) == ["The general spoke on Sunday.", "The camp was dismantled on February 26."])
    }

    @Test func claimTakesTheDateOfItsSentence() {
        let source = Fixture.source(["A raid on February 26 killed 22 militants."])
        let claim = Fixture.extractor.extract(from: source).claims.first
        #expect(claim?.eventDate?.iso == "2023-02-26")
    }

    @Test func calendarArithmeticRoundTrips() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let c = CivilCalendar.civil(days)
            #expect(CivilCalendar.days(year: c.year, month: c.month, day: c.day) == days)
        }
        #expect(CivilCalendar.weekday(CivilCalendar.days(year: 2023, month: 3, day: 13)) == 1)
    }
}
