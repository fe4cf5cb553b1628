import Testing
import Model
@testable import Extract

/// Seasons and quarters as dates, "until" dates read to the nearest side, deadlines, percentages written as one
/// hyphenated adjective or as a fraction of a point, negative figures in words, joined durations and decades of
/// life: the forms of the data in `calendar.yml`, `durations.yml` and `ages.yml`.
struct PeriodAndCompoundTests {
    typealias Case = DateGrammarTests.Case

    static let periods: [Case] = [
        Case("The carmaker sold 1.3 million vehicles in the first quarter.", "2024-04-25", "2024"),
        Case("The carmaker sold 900,000 vehicles in the fourth quarter.", "2024-01-20", "2023"),
        Case("Exports fell sharply during the second quarter, the agency said.", "2023-08-01", "2023"),
        Case("The merger is expected to close in the third quarter.", "2024-04-25", "2024"),
        Case("The merger is expected to close in the third quarter.", "2024-11-02", "2025"),
        Case("Third-quarter profit fell 12% at the lender.", "2024-04-25", "2023"),
        Case("Fourth-quarter sales beat forecasts.", "2025-01-30", "2024"),
        Case("Revenue in Q3 rose to $2.1bn.", "2024-11-14", "2024"),
        Case("Revenue in Q3 2024 rose to $2.1bn, the company said.", "2024-11-14", "2024"),
        Case("Output in the third quarter of 2022 was the lowest on record.", "2024-03-01", "2022"),
        Case("The river ran dry last summer for the first time in living memory.", "2023-02-10", "2022"),
        Case("The river ran dry last summer for the first time in living memory.", "2023-10-10", "2023"),
        Case("The minister said the plant would open next spring.", "2024-04-25", "2025"),
        Case("The minister said the plant would open next spring.", "2024-01-25", "2024"),
        Case("Talks are planned for this autumn.", "2024-05-02", "2024"),
        Case("Thousands of tourists cancelled trips in the summer.", "2021-10-04", "2021"),
        Case("Thousands of tourists cancelled trips in the summer.", "2021-03-04", "2020"),
        Case("The fires broke out in the summer of 2019.", "2021-03-04", "2019"),
        Case("Ticket prices rose in the fall.", "2023-12-01", "2023"),
        Case("Enrolment dropped last fall, the college said.", "2023-03-01", "2022"),
    ]

    static let forward: [Case] = [
        Case("The hearing was adjourned until March 3rd to allow the defence more time.", "2024-02-12", "2024-03-03"),
        Case("He remained in hospital until January 3.", "2024-02-12", "2024-01-03"),
        Case("The festival runs until the 3rd of March, organisers said.", "2023-02-20", "2023-03-03"),
        Case("The border stays shut till December 2, police said.", "2022-11-20", "2022-12-02"),
        Case("The deadline for applications is Jan 15, the university said.", "2024-12-20", "2025-01-15"),
        Case("The public consultation closes in September.", "2023-08-10", "2023-09"),
        Case("The exhibition opens on 4 February at the city museum.", "2023-01-20", "2023-02-04"),
        Case("The offer expires on June 30.", "2023-06-02", "2023-06-30"),
        Case("The strike ended on March 3, the union said.", "2024-04-12", "2024-03-03"),
    ]

    @Test(arguments: periods + forward)
    func periodOrDeadlineResolves(_ c: Case) {
        let found = Fixture.dates(c.sentence, reference: EventDate(iso: c.reference)).compactMap { $0.date?.iso }
        #expect(found.contains(c.dates[0]), "found \(found)")
    }

    @Test(arguments: [
        "Prices had a fall of 3% in a week.",
        "The season ended in a fall from grace.",
        "A second quarter of the budget went to roads.",
    ])
    func aSeasonWordOrQuarterShareIsNoDate(_ sentence: String) {
        let found = Fixture.dates(sentence, reference: EventDate(iso: "2023-05-01"))
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    static let compounds: [GrammarCase] = [
        GrammarCase("The poll showed a 3-percentage-point drop in support for the governing party.", "3-percentage-point", "[3,3]", .percent, unit: "percentage points"),
        GrammarCase("The nurses' union rejected a 3.5-per-cent pay offer.", "3.5-per-cent", "[3.5,3.5]", .percent, unit: "percent"),
        GrammarCase("A 5-percent rise in rents was approved.", "5-percent", "[5,5]", .percent, unit: "percent"),
        GrammarCase("The party suffered a 12-percentage-point swing against it.", "12-percentage-point", "[12,12]", .percent, unit: "percentage points"),
        GrammarCase("The Fed raised its benchmark rate by three-quarters of a percentage point on Wednesday.", "three-quarters of a percentage point", "[0.75,0.75]", .percent, unit: "percentage points"),
        GrammarCase("The Bank of England cut rates by half a percentage point to 4.75%.", "half a percentage point", "[0.5,0.5]", .percent, unit: "percentage points"),
        // Basis points are hundredths of a percentage point.
        GrammarCase("The central bank raised its key rate by 50 basis points to 4.25%.", "50 basis points", "[0.5,0.5]", .percent, unit: "percentage points"),
        GrammarCase("The ECB cut rates by 25bps on Thursday.", "25bps", "[0.25,0.25]", .percent, unit: "percentage points"),
        GrammarCase("The spread over Bunds widened 30 bp in a week.", "30 bp", "[0.3,0.3]", .percent, unit: "percentage points"),
        GrammarCase("Yields rose by a quarter of a percentage point.", "a quarter of a percentage point", "[0.25,0.25]", .percent, unit: "percentage points"),
        GrammarCase("Just one per cent of the country's land is protected for nature.", "one per cent", "[1,1]", .percent, unit: "percent"),
        GrammarCase("Only one percent of applicants were admitted.", "one percent", "[1,1]", .percent, unit: "percent"),
        GrammarCase("The Swiss National Bank kept its policy rate at minus 0.75 per cent.", "minus 0.75 per cent", "[-0.75,-0.75]", .percent, unit: "percent"),
        GrammarCase("The economy shrank, with growth at minus 2.1%.", "minus 2.1%", "[-2.1,-2.1]", .percent, unit: "percent"),
        GrammarCase("He served five-and-a-half years of a nine-year sentence.", "five-and-a-half years", "[5.5,5.5]", .duration, unit: "year"),
        GrammarCase("The flight was delayed by two hours and 15 minutes.", "two hours and 15 minutes", "[135,135]", .duration, unit: "minute"),
        GrammarCase("The trial lasted two years and three months.", "two years and three months", "[27,27]", .duration, unit: "month"),
        GrammarCase("Rescuers dug for three days and 12 hours.", "three days and 12 hours", "[84,84]", .duration, unit: "hour"),
        GrammarCase("The record stood for one minute and 30 seconds.", "one minute and 30 seconds", "[90,90]", .duration, unit: "second"),
        GrammarCase("A man in his 40s has been charged in connection with the attack.", "his 40s", "[40,49]", .range, unit: "year", role: .age),
        GrammarCase("The victim, a woman in her twenties, was taken to hospital.", "her twenties", "[20,29]", .range, unit: "year", role: .age),
        GrammarCase("Police want to speak to a man in his early 30s.", "his early 30s", "[30,33]", .range, unit: "year", role: .age),
        GrammarCase("The driver, a woman in her late teens, was unhurt.", "her late teens", "[17,19]", .range, unit: "year", role: .age),
        GrammarCase("Both suspects are in their mid-fifties.", "their mid-fifties", "[53,56]", .range, unit: "year", role: .age),
        GrammarCase("Children under the age of five travel free on the city's trams.", "under the age of five", "(,5)", unit: "year", role: .age),
        GrammarCase("Residents over the age of 65 will get the booster first.", "over the age of 65", "(65,)", unit: "year", role: .age),
    ]

    @Test(arguments: compounds)
    func compoundIsRead(_ c: GrammarCase) {
        #expect(c.problems() == [])
    }

    /// A difference of percentages and the level it goes to are two quantities: they never conflict.
    @Test func pointsAndALevelAreApart() {
        let claims = Fixture.claims("The standard rate of VAT will rise by two percentage points, to 23% from 21%.", reference: Fixture.reference)
        let points = claims.first { $0.value.value?.low == 2 }, level = claims.first { $0.value.value?.low == 23 }
        #expect(points?.value.value?.unit == "percentage points")
        #expect(level?.value.value?.unit == "percent")
        #expect(points?.measure == "vat" && level?.measure == "vat")
    }

    @Test(arguments: [
        "A man in his 40s has been charged in connection with the attack.",
        "The flight was delayed by two hours and 15 minutes.",
        "Children under the age of five travel free on the city's trams.",
    ])
    func agesAndDurationsAreNoCounts(_ sentence: String) {
        let claims = Fixture.extractor.analyse(text: sentence, reference: Fixture.reference).claims
        #expect(claims.isEmpty, "claims \(claims.map(\.term))")
    }
}
