import Testing
import Model
@testable import Extract

/// Durations are their own kind and ages carry the `age` role; neither is ever a count of people.
struct DurationAgeTests {
    static let durations: [GrammarCase] = [
        GrammarCase("He was jailed for 90 days for contempt.", "90 days", "[90,90]", .duration, unit: "day"),
        GrammarCase("The siege lasted four and a half hours.", "four and a half hours", "[4.5,4.5]", .duration, unit: "hour"),
        GrammarCase("The negotiations took three months.", "three months", "[3,3]", .duration, unit: "month"),
        GrammarCase("The crossing now takes 2½ hours.", "2½ hours", "[2.5,2.5]", .duration, unit: "hour"),
        GrammarCase("The country had been at war for a decade.", "a decade", "[1,1]", .duration, unit: "decade"),
        GrammarCase("The drought lasted two years.", "two years", "[2,2]", .duration, unit: "year"),
        GrammarCase("The mayor was given a 10-year prison sentence.", "10-year", "[10,10]", .duration, unit: "year"),
        GrammarCase("The flight took 45 minutes.", "45 minutes", "[45,45]", .duration, unit: "minute"),
        GrammarCase("The blackout lasted 36 hours.", "36 hours", "[36,36]", .duration, unit: "hour"),
        GrammarCase("The search lasted six weeks.", "six weeks", "[6,6]", .duration, unit: "week"),
        GrammarCase("Dock workers have been on strike for 12 days.", "12 days", "[12,12]", .duration, unit: "day"),
        GrammarCase("The upgrade will take 18 months.", "18 months", "[18,18]", .duration, unit: "month"),
        GrammarCase("Lawmakers debated for nearly 20 hours.", "nearly 20 hours", "[20,20]", .duration, unit: "hour", .approx),
        GrammarCase("The ceasefire held for less than 48 hours.", "less than 48 hours", "(,48)", .duration, unit: "hour", .notExceeding),
        GrammarCase("The talks ran for an hour and a half.", "an hour and a half", "[1.5,1.5]", .duration, unit: "hour"),
        GrammarCase("The vote was delayed by half an hour.", "half an hour", "[0.5,0.5]", .duration, unit: "hour"),
        GrammarCase("The dispute has gone on for more than a decade.", "more than a decade", "(1,)", .duration, unit: "decade", .atLeast),
        GrammarCase("The mission will last two to three weeks.", "two to three weeks", "[2,3]", .duration, unit: "week"),
        GrammarCase("Sentences of between 5 and 7 years were handed down.", "between 5 and 7 years", "[5,7]", .duration, unit: "year"),
        GrammarCase("The 24-hour strike shut the ports.", "24-hour", "[24,24]", .duration, unit: "hour"),
        GrammarCase("A two-week curfew was imposed.", "two-week", "[2,2]", .duration, unit: "week"),
        GrammarCase("The union called a three-day walkout.", "three-day", "[3,3]", .duration, unit: "day"),
        GrammarCase("A month-long inquiry followed.", "A month-long", "[1,1]", .duration, unit: "month"),
        GrammarCase("The reactor was shut for a fortnight.", "a fortnight", "[1,1]", .duration, unit: "fortnight"),
        GrammarCase("The cathedral took two centuries to build.", "two centuries", "[2,2]", .duration, unit: "century"),
        GrammarCase("Runners finished in 2h of racing.", "2h", "[2,2]", .duration, unit: "hour"),
        GrammarCase("The outage lasted 90 seconds.", "90 seconds", "[90,90]", .duration, unit: "second"),
        GrammarCase("Residents waited a couple of days for water.", "a couple of days", "[2,2]", .duration, unit: "day", .approx),
        GrammarCase("The trial lasted about a year.", "about a year", "[1,1]", .duration, unit: "year", .approx),
        GrammarCase("The firm gave staff 30 days to respond.", "30 days", "[30,30]", .duration, unit: "day"),
        GrammarCase("The pilot flew for 14 hours without rest.", "14 hours", "[14,14]", .duration, unit: "hour"),
        GrammarCase("He spent two decades in exile.", "two decades", "[2,2]", .duration, unit: "decade"),
        GrammarCase("The 14-year war ended in a truce.", "14-year", "[14,14]", .duration, unit: "year"),
        // A unit joined to "long" with no number: one of it.
        GrammarCase("The decade-long dispute ended in court.", "decade-long", "[1,1]", .duration, unit: "decade"),
        GrammarCase("Week-long protests shut the capital.", "Week-long", "[1,1]", .duration, unit: "week"),
        GrammarCase("The year-long inquiry reported on Monday.", "year-long", "[1,1]", .duration, unit: "year"),
    ]

    static let ages: [GrammarCase] = [
        GrammarCase("A 42-year-old man was arrested.", "42-year-old", "[42,42]", unit: "year", role: .age),
        GrammarCase("The victim, a 62-year-old grandmother, died at the scene.", "62-year-old", "[62,62]", unit: "year", role: .age),
        GrammarCase("The suspect, 28, appeared in court on Tuesday.", "28", "[28,28]", unit: "year", role: .age),
        GrammarCase("Police are searching for a missing 14-year-old girl.", "14-year-old", "[14,14]", unit: "year", role: .age),
        GrammarCase("The singer, who is 71, cancelled the tour.", "71", "[71,71]", unit: "year", role: .age),
        GrammarCase("Maria Lopez, aged 45, was named chief executive.", "45", "[45,45]", unit: "year", role: .age),
        GrammarCase("Johnson, 54, said he would not run again.", "54", "[54,54]", unit: "year", role: .age),
        GrammarCase("A seven-year-old boy was pulled from the rubble.", "seven-year-old", "[7,7]", unit: "year", role: .age),
        GrammarCase("A woman aged 90 was rescued by firefighters.", "90", "[90,90]", unit: "year", role: .age),
        GrammarCase("The baby, a three-month-old girl, was unhurt.", "three-month-old", "[3,3]", unit: "month", role: .age),
        GrammarCase("The driver was 19 years old.", "19 years old", "[19,19]", unit: "year", role: .age),
        GrammarCase("Among the dead was Ahmed, 7.", "7", "[7,7]", unit: "year", role: .age),
        GrammarCase("The 83-year-old former president was admitted to hospital.", "83-year-old", "[83,83]", unit: "year", role: .age),
        GrammarCase("Patients aged between 18 and 65 can enrol.", "between 18 and 65", "[18,65]", .range, unit: "year", role: .age),
        GrammarCase("She was 19 when she joined the band.", "19", "[19,19]", unit: "year", role: .age),
        GrammarCase("The goalkeeper, 36, retired after the final.", "36", "[36,36]", unit: "year", role: .age),
        GrammarCase("Smith (54) denied the charges.", "54", "[54,54]", unit: "year", role: .age),
        GrammarCase("The 6-month-old puppy was found alive.", "6-month-old", "[6,6]", unit: "month", role: .age),
        GrammarCase("Anyone age 65 or older qualifies.", "65 or older", "[65,)", unit: "year", .atLeast, role: .age),
    ]

    @Test(arguments: durations + ages)
    func durationOrAgeIsRead(_ c: GrammarCase) {
        #expect(c.problems() == [])
    }

    @Test(arguments: [
        "In Paris, 25, and in Lyon, 30, arrests were made.",
        "On Sunday, 45 people were hurt.",
        "Of the 300 detainees, 25, officials said, were released.",
        "In 2019, 12 ministers resigned.",
        "The toll rose to 45, officials said.",
    ])
    func countsInAppositionToPlacesAndTimesAreNotAges(_ sentence: String) {
        #expect(!Fixture.figures(sentence).contains { $0.role == .age })
    }

    @Test func eachAgeInAListIsAnAge() {
        let ages = Fixture.figures("Two men, aged 23 and 31, were charged with murder.").filter { $0.role == .age }
        #expect(ages.map { $0.value?.low } == [23, 31])
    }

    @Test(arguments: [
        "A 42-year-old man and 300 protesters were detained.",
        "The 19-year-old striker scored twice.",
        "Police said the suspect, 28, fled with 3 accomplices.",
        "He was jailed for 90 days for contempt.",
        "The strike by 5,000 workers lasted 12 days.",
        "Two men, aged 23 and 31, were charged.",
        "The search for 14 hikers lasted six weeks.",
    ])
    func neitherDurationNorAgeIsEverAClaim(_ sentence: String) {
        let analysis = Fixture.extractor.analyse(text: sentence, reference: Fixture.reference)
        let excluded = analysis.mentions.filter { $0.kind == .duration || $0.role == .age }
        #expect(!excluded.isEmpty)
        for claim in analysis.claims {
            #expect(!excluded.contains { $0.start == claim.value.start }, "\(claim.value.text) became a claim")
            #expect(claim.value.kind != .duration)
        }
    }
}
