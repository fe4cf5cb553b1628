import Testing
import Model
@testable import Extract

/// Dates: numeric forms, month abbreviations, parts of months and days, tense, same-weekday articles.
struct DateGrammarTests {
    struct Case: CustomStringConvertible, Sendable {
        var sentence: String
        var reference: String
        var dates: [String]
        var description: String { sentence }
        init(_ sentence: String, _ reference: String, _ dates: String...) {
            self.sentence = sentence; self.reference = reference; self.dates = dates
        }
    }

    static let absolute: [Case] = [
        Case("The notice, dated 2019-06-16, confirmed the recall.", "2019-07-01", "2019-06-16"),
        Case("The decree took effect on 2021-03-14 nationwide.", "2021-04-01", "2021-03-14"),
        Case("The letter, dated 16/06/2019, gave him two weeks.", "2019-07-01", "2019-06-16"),
        Case("The police report dated 06/16/2019 was released.", "2019-07-01", "2019-06-16"),
        Case("The contract signed on 14/03/2021 runs for a year.", "2021-05-01", "2021-03-14"),
        Case("The invoice of 03/14/2021 was never paid.", "2021-05-01", "2021-03-14"),
        Case("The ruling of 14.03.2021 was overturned.", "2021-05-01", "2021-03-14"),
        Case("The memo dated 03/04/2021 is ambiguous about the month.", "2021-05-01", "2021"),
        Case("The decree of 03.04.2021 reads day first, with full stops.", "2021-05-01", "2021-04-03"),
        Case("The form is dated 05/05/2020.", "2020-06-01", "2020-05-05"),
        Case("Voting closes on 2024/11/05 at midnight.", "2024-10-01", "2024-11-05"),
        Case("The trial will open on Oct-9 in the capital.", "2023-09-20", "2023-10-09"),
        Case("The hearing was adjourned on Oct. 9.", "2023-11-01", "2023-10-09"),
        Case("The deal was signed on October 9th, officials said.", "2023-11-01", "2023-10-09"),
        Case("The fair will open on Sept. 21st.", "2023-09-01", "2023-09-21"),
        Case("The heatwave began in mid-June.", "2022-08-01", "2022-06"),
        Case("Sales slumped in early-March 2020.", "2020-06-01", "2020-03"),
        Case("The army declared victory at the end of 2017.", "2018-03-01", "2017-12"),
        Case("The plant opened in early 2019.", "2020-01-01", "2019"),
        Case("The law changed in late 2021.", "2022-05-01", "2021"),
        Case("The station closed on 9 October 2019.", "2020-01-01", "2019-10-09"),
        Case("The group fought in Iraq in 2017 and Syria in 2019.", "2020-01-01", "2017", "2019"),
        Case("The bridge opened in May 2015 and closed in June 2021.", "2022-01-01", "2015-05", "2021-06"),
        Case("Revenue fell 4% in the first quarter of 2022.", "2023-05-02", "2022"),
        Case("Output rose in the second half of 2023.", "2024-02-01", "2023"),
        // A day and month without a year: with no past form in the sentence, a day ten months back is the one ahead.
        Case("The inquiry holds its first hearing on 8 January.", "2024-12-27", "2025-01-08"),
        Case("The inquiry led by a retired judge holds its first hearing on 8 January.", "2024-12-27", "2025-01-08"),
        Case("Talks are scheduled for 8 January.", "2024-12-27", "2025-01-08"),
        Case("The strike began on 8 January.", "2024-12-27", "2024-01-08"),
        Case("Prices peaked on 8 January, officials said.", "2024-12-27", "2024-01-08"),
        Case("The first hearing is on 20 December.", "2024-12-27", "2024-12-20"),
        Case("The first hearing is on 8 March.", "2024-12-27", "2024-03-08"),
    ]

    /// A period of a year keeps its ordinal: "the first quarter of 2022" is one span.
    @Test(arguments: [
        ("Revenue fell 4% in the first quarter of 2022.", "first quarter of 2022"),
        ("Output rose in the second half of 2023.", "second half of 2023"),
        ("The company expects to finish the work by the end of the year.", "end of the year"),
    ])
    func aPeriodOfAYearIsOneSpan(_ sentence: String, _ span: String) {
        let found = Fixture.dates(sentence, reference: EventDate(iso: "2024-02-01")).map(\.text)
        #expect(found == [span])
    }

    /// Spans of days told once ("3 to 5 June", "June 3-5"): each day is a date of the month; spans of years written
    /// short ("the 2022-23 season") are the first year.
    static let spans: [Case] = [
        Case("The festival ran from 3 to 5 June in the old town.", "2023-07-01", "2023-06-03", "2023-06-05"),
        Case("Voting took place between 12 and 15 May.", "2023-07-01", "2023-05-12", "2023-05-15"),
        Case("The talks were held on 3-5 June in Geneva.", "2023-07-01", "2023-06-03", "2023-06-05"),
        Case("The attack happened on the night of 12 to 13 May.", "2023-07-01", "2023-05-12", "2023-05-13"),
        Case("The summit was held June 3-5 in Oslo.", "2023-07-01", "2023-06-03", "2023-06-05"),
        Case("Delegates met May 12 to 14, the ministry said.", "2023-07-01", "2023-05-12", "2023-05-14"),
        Case("Strikes are planned for 20–22 September across the network.", "2023-07-01", "2023-09-20", "2023-09-22"),
        Case("The 2022-23 season ended early.", "2023-07-01", "2022"),
        Case("The budget for 2024/25 was cut again.", "2023-07-01", "2024"),
        Case("In the 1990-91 war, hundreds of wells burned.", "2023-07-01", "1990"),
        // Not spans: a figure that goes on ("5.2"), a count before a date, years of their own.
        Case("On March 3, 5 people died in the fire.", "2023-07-01", "2023-03-03"),
        Case("The 2019-2020 season was cut short.", "2023-07-01", "2019", "2020"),
    ]

    static let relative: [Case] = [
        Case("The minister resigned yesterday.", "2023-03-13", "2023-03-12"),
        Case("The trawler sank the day before yesterday.", "2023-03-13", "2023-03-11"),
        Case("Talks resume the day after tomorrow.", "2023-03-13", "2023-03-15"),
        Case("Police said the body was found this afternoon.", "2023-03-13", "2023-03-13"),
        Case("Talks resume this morning in Geneva.", "2023-03-13", "2023-03-13"),
        Case("The vote takes place tonight.", "2023-03-13", "2023-03-13"),
        Case("Shots were heard last night near the port.", "2023-03-13", "2023-03-12"),
        Case("The ministers said they would meet on Tuesday.", "2023-03-13", "2023-03-14"),
        Case("The board will vote on Friday.", "2023-03-13", "2023-03-17"),
        // A rule that takes effect or comes into force is ahead, in the present tense, over the reporting verb.
        Case("The smoking ban takes effect in February, the council said.", "2023-11-20", "2024-02"),
        Case("New tariffs come into force on 1 July, the regulator said.", "2024-06-03", "2024-07-01"),
        Case("The ban took effect in February.", "2023-11-20", "2023-02"),
        // A date naming an occasion is the nearest; a deadline in the present is ahead; a year said after the day.
        Case("The minister would not comment on the ruling of 4 June.", "2025-06-10", "2025-06-04"),
        Case("Residents have until 31 December to apply.", "2025-06-10", "2025-12-31"),
        Case("He remained in hospital until 3 January.", "2025-06-10", "2025-01-03"),
        Case("Its inquiry began on 14 February last year.", "2024-07-10", "2023-02-14"),
        Case("The talks will resume on 9 March next year.", "2025-06-10", "2026-03-09"),
        // An occasion moved "to" a day is the nearest such day; a credit closing the sentence sets no tense.
        Case("The judge adjourned the trial to 4 November.", "2024-10-21", "2024-11-04"),
        Case("Nominations for the award close on Oct 15, the organisers said.", "2024-10-01", "2024-10-15"),
        Case("The hearing was held on 30 September, the court said.", "2024-10-01", "2024-09-30"),
        Case("The strike began on Thursday.", "2023-03-13", "2023-03-09"),
        Case("The president spoke on Monday.", "2023-03-13", "2023-03-13"),
        Case("Officials said on Monday that the road was closed.", "2023-03-13", "2023-03-13"),
        Case("The strike ended last Monday.", "2023-03-13", "2023-03-06"),
        Case("Leaders meet next Monday.", "2023-03-13", "2023-03-20"),
        Case("Officials said on Sunday that 500 fighters remained.", "2023-03-13", "2023-03-12"),
        Case("The court said it would rule on Wednesday.", "2023-03-13", "2023-03-15"),
        Case("He said he would have resigned on Friday.", "2023-03-13", "2023-03-10"),
        Case("Inflation fell last month, the bank said.", "2023-03-13", "2023-02"),
        // "starts" as a noun: the past verb after it keeps the month behind the article.
        Case("Housing starts fell in November to a four-year low.", "2023-03-13", "2022-11"),
        Case("The festival starts in November.", "2023-03-13", "2023-11"),
        // A date that opens its clause before a future verb is ahead; a past form between them keeps it behind.
        Case("On Thursday, the finance ministers will meet in Brussels.", "2023-03-13", "2023-03-16"),
        Case("The federation said on Monday that Saturday's final would be moved to a neutral ground.", "2023-03-13", "2023-03-13", "2023-03-18"),
        Case("On Thursday, prosecutors said the driver will face three charges.", "2023-03-13", "2023-03-09"),
        Case("The walkout that began on Thursday will end on Friday.", "2023-03-13", "2023-03-09", "2023-03-17"),
        Case("On Thursday the hearing was adjourned, and it will resume in April.", "2023-03-13", "2023-03-09", "2023-04"),
        Case("The rebels seized the town three days ago.", "2023-03-13", "2023-03-10"),
        Case("Residents were moved out of the block on the 14th after cracks appeared.", "2023-06-20", "2023-06-14"),
        Case("The council said the road shut on the 28th.", "2023-06-20", "2023-05-28"),
        Case("The council will decide by the 30th.", "2023-06-20", "2023-06-30"),
        Case("The club sacked its manager a fortnight ago.", "2023-03-20", "2023-03-06"),
        Case("The plant closed a decade ago.", "2023-03-20", "2013"),
        Case("The mine opened two decades ago.", "2023-03-20", "2003"),
        Case("The pipeline burst five weeks ago.", "2023-03-20", "2023-02-13"),
        Case("The port authority said it hoped to reopen the berths on Wednesday.", "2023-03-13", "2023-03-15"),
        Case("The two sides meet again on Monday.", "2023-03-15", "2023-03-20"),
        // A plan "for" a date printed without a year: the nearest such date, ahead or already passed.
        Case("Strikes are planned for 20–22 September across the network.", "2023-07-01", "2023-09-20", "2023-09-22"),
        Case("Rail strikes planned for 3 June were called off.", "2023-07-01", "2023-06-03"),
        Case("The union has called a second march for 27 September.", "2025-09-20", "2025-09-27"),
        Case("Tickets for 2 January sold out within an hour.", "2023-12-28", "2024-01-02"),
        Case("The vote, scheduled for 14 January, has been postponed.", "2023-12-20", "2024-01-14"),
        // A weekday printed with a yearless date picks the year in which the day is that weekday.
        Case("Monday, 4 September, will be the first day of the new school year.", "2023-08-30", "2023-09-04"),
        Case("The rally on Saturday, 2 December drew thousands.", "2024-01-10", "2023-12-02"),
        Case("Talks resume on Tuesday, January 9.", "2023-12-28", "2024-01-09"),
        // An obligation is ahead; one already met looks back.
        Case("The fine must be paid by 31 December.", "2022-11-08", "2022-12-31"),
        Case("Applications must reach the council by 5 January.", "2022-12-10", "2023-01-05"),
        Case("He must have left by 31 October, police believe.", "2022-11-08", "2022-10-31"),
        // A part of "the year" or "the month" is the article's own.
        Case("The company expects to finish the work by the end of the year.", "2023-05-02", "2023-12"),
        Case("Fares rise at the start of the year.", "2023-11-20", "2023-01"),
        Case("Prices will rise at the beginning of the month.", "2023-05-02", "2023-05"),
        Case("Talks will continue for the rest of the year.", "2023-05-02", "2023"),
    ]

    @Test(arguments: absolute + relative + spans)
    func everyDateResolves(_ c: Case) {
        let found = Fixture.dates(c.sentence, reference: EventDate(iso: c.reference)).compactMap { $0.date?.iso }
        #expect(found == c.dates)
    }

    @Test(arguments: [
        "The notice, dated 2019-06-16, confirmed the recall.",
        "The letter, dated 16/06/2019, gave him a deadline.",
        "The memo dated 03/04/2021 was leaked.",
        "The ruling of 14.03.2021 was overturned.",
        "The festival ran from 3 to 5 June in the old town.",
        "The summit was held June 3-5 in Oslo.",
        "The 2022-23 season ended early.",
    ])
    func numericDatesAreNotFigures(_ sentence: String) {
        let found = Fixture.figures(sentence)
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    @Test func impossibleNumericDateIsNotADay() {
        let dates = Fixture.dates("The code 31/31/2020 is not a date.", reference: Fixture.reference)
        #expect(!dates.contains { $0.date?.granularity == .day })
    }
}
