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
        // A bare figure a speaker gives after "speaks of": a figure of what was just counted.
        ("The ministry said about 9,000 people had been left homeless. Shelterline, a charity, speaks of 15,000.", 9_000, 15_000),
        ("The council said 310 homes were flooded. Residents spoke of 450.", 310, 450),
        // Straight after a reporting verb, and after "a figure of"; a frame verb "numbered".
        ("Police put the turnout at 30,000, while organisers claimed 90,000.", 30_000, 90_000),
        ("According to police, 30,000 people marched. Organisers gave a figure of 90,000.", 30_000, 90_000),
    ])
    func aFigureNounTakesTheMeasureOfTheFigureBefore(_ text: String, _ first: Double, _ second: Double) {
        let claims = Self.claims([text])
        let earlier = claims.first { $0.value.low == first }, later = claims.first { $0.value.low == second }
        #expect(earlier?.measure != nil && later?.measure == earlier?.measure, "\(text): \(claims.map { "\($0.text)=\($0.measure ?? "nil")" })")
    }

    /// "the crowd numbered about 40,000": a frame verb links the noun to its figure; "includes" after a figure is a
    /// verb, not what it counts.
    @Test func framesAndVerbsAfterAFigure() {
        #expect(Self.claims(["Local media reported the crowd numbered about 40,000."]).first?.measure == "crowd")
        let staff = Self.claims(["Some 4,000 staff walked out. The government figure of 2,600 includes only full-time workers."])
        #expect(staff.first { $0.value.low == 2_600 }?.measure == staff.first { $0.value.low == 4_000 }?.measure)
    }

    /// A figure noun restates a quantity of its own size: the latest count within a factor of 100.
    @Test func aFigureNounSkipsACountOfAnotherSize() {
        let claims = Self.claims(["Organisers said 70,000 people marched. Two officers were hurt in scuffles. The organisers stood by their count of 72,000."])
        #expect(claims.first { $0.value.low == 72_000 }?.measure == claims.first { $0.value.low == 70_000 }?.measure)
        let alone = Self.claims(["Two officers were hurt in scuffles. The organisers stood by their count of 70,000."])
        #expect(!alone.contains { $0.value.low == 70_000 && $0.measure == alone.first { $0.value.low == 2 }?.measure })
    }

    /// "the row over how many people took to the streets": the count asked about is what a later figure noun
    /// restates when no count of its size came before; a noun after "how many" names it.
    @Test(arguments: [
        ("Officers were hurt. The row is over how many people took to the streets. Organisers stood by their count of 70,000.", 70_000.0, "people"),
        ("Nobody agrees on how many marched. Organisers stood by their count of 70,000.", 70_000, "people"),
        ("Two sheds burned. Officials disagree on how many homes were lost. The council put the figure at 412.", 412, "home"),
    ])
    func aFigureNounRestatesTheCountAskedAbout(_ text: String, _ value: Double, _ measure: String) {
        let claim = Self.claims([text]).first { $0.value.low == value }
        #expect(claim?.measure == measure, "\(String(describing: claim?.measure))")
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

/// Gapped counts, comparisons stated as percentages, ratio words that are not ratios, and a yearless date
/// beside a full one.
@Suite struct GappingAndComparisonTests {
    static func claims(_ text: String) -> [TextClaim] { Fixture.claims(text, reference: EventDate(year: 2022, month: 6, day: 14)) }

    @Test(arguments: [
        ("Dreyer won 47,612 votes in Sunday's poll against 39,801 for the Reform candidate, Corvin Ashe.", 47_612.0, 39_801.0),
        ("Ashe won 39,801 votes (43.6%), and the independent Ottilie Brand 3,919 (4.3%).", 39_801, 3_919),
        ("The commission counted 14,860 postal ballots, against 7,390 in 2021.", 14_860, 7_390),
        ("Police counted 3,000 protesters on Saturday, compared with 1,200 a week earlier.", 3_000, 1_200),
    ])
    func aCountWhoseNounIsLeftOutTakesTheEarlierCountsMeasure(_ text: String, _ first: Double, _ second: Double) {
        let claims = Self.claims(text)
        let a = claims.first { $0.value.value?.low == first }, b = claims.first { $0.value.value?.low == second }
        #expect(a?.measure != nil && b?.measure == a?.measure, "\(text): \(claims.map { "\($0.value.text)=\($0.measure ?? "nil")" })")
    }

    @Test(arguments: [
        "Police arrested 12 people and 40 were hurt.",
        "The ministry reported 41 deaths and 12 districts without power.",
    ])
    func aCountWithItsOwnNounOrVerbIsNotGapped(_ text: String) {
        let claims = Self.claims(text)
        #expect(Set(claims.compactMap(\.measure)).count == claims.count || claims.count < 2, "\(text): \(claims.map { $0.measure ?? "nil" })")
    }

    @Test(arguments: [
        ("It reported quarterly revenue 40% higher than a year earlier.", 1.4, "revenue"),
        ("Prices were 12% lower than in 2023.", 0.88, "price"),
        ("Exports were 25 per cent up on the year before.", 1.25, "export"),
    ])
    func aPercentageComparisonIsARatioToCheck(_ text: String, _ ratio: Double, _ measure: String) {
        let claims = Self.claims(text)
        let stated = claims.first { $0.measure == "ratio" }
        #expect(abs((stated?.value.value?.low ?? 0) - ratio) < 1e-9, "\(text): \(claims.map { "\($0.value.text)=\($0.measure ?? "nil")" })")
        #expect(claims.contains { $0.value.value?.unit == "percent" && $0.measure == measure }, "\(text)")
    }

    @Test(arguments: [
        "The judges said the court had counted part of the losses twice.",
        "Electricity had been restored to about half of the houses.",
        "The council meets twice a month.",
    ])
    func aFrequencyOrAShareIsNoRatio(_ text: String) {
        #expect(!Self.claims(text).contains { $0.measure == "ratio" }, "\(text)")
    }

    @Test(arguments: ["The court gave us less than half of it.", "It remains more than twice the €58 million it paid in 2020."])
    func aComparisonWithAFigureOrAPronounIsARatio(_ text: String) {
        #expect(Self.claims(text).contains { $0.measure == "ratio" }, "\(text)")
    }

    @Test func lessThanHalfIsABoundBelowAHalf() {
        let ratio = Self.claims("The court gave us less than half of it.").first { $0.measure == "ratio" }
        #expect(ratio?.value.text == "less than half")
        let value = ratio?.value.value
        #expect(value?.high == 0.5 && value?.low == nil && value?.highInclusive == false)
    }

    @Test(arguments: [
        ("The dam failed on 3 March 2019, two days after inspectors had visited the site on 1 March.", "2019-03-01"),
        ("The strike began on 28 December 2023 and ended on 4 January.", "2024-01-04"),
        ("The court ruled on 14 June 2022; the dam had failed on 3 March.", "2022-03-03"),
    ])
    func aYearlessDateBesideAFullOneTakesItsYear(_ text: String, _ iso: String) {
        let dates = Fixture.dates(text, reference: EventDate(year: 2022, month: 6, day: 14)).compactMap { $0.date?.iso }
        #expect(dates.contains(iso), "\(text): \(dates)")
    }
}

@Suite struct EarlierValueTests {
    @Test(arguments: [
        ("Revenue in the three months to December was £212m, up from £151.4m a year earlier.", 151_400_000.0, "2022-12"),
        ("Sales in March 2024 reached 41,000 cars, against 35,500 a year before.", 35_500, "2023-03"),
    ])
    func aYearEarlierIsAYearBeforeTheSentencesOwnDate(_ text: String, _ value: Double, _ iso: String) {
        let claims = Fixture.extractor.extract(from: Fixtures.source("s", published: EventDate(year: 2024, month: 4, day: 2), paragraphs: [text])).claims
        #expect(claims.first { $0.value.low == value }?.eventDate?.iso == iso, "\(text): \(claims.map { "\($0.text)@\($0.eventDate?.iso ?? "-")" })")
    }
}

@Suite struct ShareIsNoRatioTests {
    @Test(arguments: [
        "The UN said IS still has 5,000 to 7,000 members across Iraq and Syria, and roughly half of them were fighters.",
        "Of the 900 delegates, nearly half of those present voted against.",
    ])
    func aShareOfACountIsNoRatio(_ text: String) {
        #expect(!Fixture.claims(text).contains { $0.measure == "ratio" }, "\(text)")
    }
}

@Suite struct PercentStateTests {
    @Test(arguments: [
        ("The fire was 10% contained on Monday.", "contained"),
        ("The reservoir is 80% full, the agency said.", "full"),
        ("The new line is 95% complete.", "complete"),
        ("Unemployment was 3.1% in March.", "unemployment"),
    ])
    func aPercentageAfterAVerbMeasuresTheStateItGives(_ text: String, _ measure: String) {
        #expect(Fixture.claims(text).first?.measure == measure, "\(text): \(Fixture.claims(text).map { $0.measure ?? "nil" })")
    }
}
