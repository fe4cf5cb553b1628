import Model
import Testing
@testable import Ingest

/// Ingest reads dates with the one calendar extraction uses (`CivilCalendar`): one year range, one
/// leap-year rule, one month table, and front matter's timestamps read as printed.
@Suite struct DateGrammarTests {
    @Test(arguments: [
        ("Updated 13 March 2023", EventDate(year: 2023, month: 3, day: 13)),
        ("Mon Feb 29 2016", EventDate(year: 2016, month: 2, day: 29)),
        ("2023-03-13T23:30:00-05:00", EventDate(year: 2023, month: 3, day: 13)),
        ("Sept 9 2021", EventDate(year: 2021, month: 9, day: 9)),
        // With full stops a date reads day first, as in continental Europe.
        ("11.09.2025, 18:30 | Author: Paola Venturi", EventDate(year: 2025, month: 9, day: 11)),
        ("03.04.2021", EventDate(year: 2021, month: 4, day: 3)),
    ])
    func dateLinesReadWithTheSharedCalendar(line: String, date: EventDate) {
        #expect(DateLine.parse(line)?.date == date)
    }

    @Test(arguments: ["Mon Feb 29 2023", "Updated 13 March 2101", "31/04/2023"])
    func impossibleDatesAreNoDateLines(line: String) {
        #expect(DateLine.parse(line) == nil)
    }

    @Test func theYearRangeIsTheCalendars() {
        let first = CivilCalendar.years.lowerBound, last = CivilCalendar.years.upperBound
        #expect(DateParser.valid(year: first, month: 1, day: 1) != nil)
        #expect(DateParser.valid(year: last, month: 12, day: 31) != nil)
        #expect(DateParser.valid(year: first - 1, month: 12, day: 31) == nil)
        #expect(DateParser.valid(year: last + 1, month: 1, day: 1) == nil)
    }

    @Test func frontMatterTimestampsAreReadAsPrinted() {
        let (fields, _, _, _) = FrontMatter.split("---\npublished: 2023-03-13T23:30:00-05:00\n---\nBody.\n")
        let metadata = FrontMatter.metadata(from: fields)
        #expect(metadata.published == EventDate(year: 2023, month: 3, day: 13))
        #expect(metadata.publishedText == "2023-03-13")
    }
}
