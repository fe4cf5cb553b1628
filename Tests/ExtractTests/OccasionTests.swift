import Model
import Testing
import TestSupport
@testable import Extract

/// Which date a figure takes when its sentence names another occasion ("up from 57.9% at the last election in
/// 2021", "under a 2020 tribunal ruling", "for the collapse of the dam in March 2019"), what a verb of payment makes
/// an amount ("fined it €9.5 million"), what "N nouns of X" counts, and who speaks through a passive agent or a
/// possessive count ("reported by the ministry", "the ministry's latest count").
@Suite struct OccasionTests {
    static let published = EventDate(year: 2025, month: 3, day: 17)

    static func claims(_ text: String) -> [Claim] {
        Fixture.extractor.extract(from: Fixtures.source("s", published: published, paragraphs: [text])).claims
    }

    static func claim(_ text: String, _ value: Double) -> Claim? {
        claims(text).first { $0.value.low == value || $0.value.high == value }
    }

    @Test(arguments: [
        // (sentence, the figure dated by the other occasion, its year, a figure of the sentence's own moment)
        ("The commission said turnout was 61.4%, up from 57.9% at the last county election in 2021.", 57.9, 2021, 61.4),
        ("Exports rose to 4,000 tonnes, up from 2,500 tonnes before the drought of 2019.", 2_500, 2019, 4_000),
        ("The award, to more than 2,300 residents, is three times the €58 million the company paid under a 2020 tribunal ruling.",
         58_000_000, 2020, 2_300),
        ("Police said 4,000 people marched, against 12,000 at the first protest in 2023.", 12_000, 2023, 4_000),
        // "compared with" over the compared figure's own noun phrase: its date is its own, its noun its measure.
        ("The group reported a net loss of $1.3 billion for the quarter, compared with a profit of $220 million in 2023.",
         220_000_000, 2023, 1_300_000_000),
        ("Revenue was $4bn, compared with $3.5bn in 2022, the company said.", 3_500_000_000, 2022, 4_000_000_000),
    ])
    func anotherOccasionsDateStaysWithItsFigure(_ text: String, _ earlier: Double, _ year: Int, _ current: Double) {
        let old = Self.claim(text, earlier), now = Self.claim(text, current)
        #expect(old?.eventDate?.year == year, "\(text): \(String(describing: old?.eventDate))")
        #expect(old?.otherOccasion == true, "\(text)")
        #expect(now != nil && now?.eventDate?.year != year, "\(text): \(String(describing: now?.eventDate))")
        #expect(now?.otherOccasion != true, "\(text)")
    }

    /// The compared figure names its own measure: a profit compared with a loss is no loss.
    @Test func aComparedFigureKeepsItsOwnNoun() {
        let text = "The company reported a net loss of $1.3 billion for the quarter, compared with a profit of $220 million a year earlier."
        #expect(Self.claim(text, 1_300_000_000)?.measure == "loss")
        #expect(Self.claim(text, 220_000_000)?.measure == "profit")
        #expect(Self.claim(text, 220_000_000)?.eventDate?.year == Self.published.year - 1)
        #expect(Self.claim(text, 1_300_000_000)?.eventDate?.year != Self.published.year - 1)
    }

    @Test(arguments: [
        ("The court ordered the company to pay €174 million to the 2,312 residents, for the collapse of the dam in the early hours of 3 March 2019.", 2_312.0),
        ("The council will rehouse 400 families, after the flooding of the lower town in 2022.", 400),
        ("The union represents 9,000 dockers, among them veterans of the strike of 2019.", 9_000),
    ])
    func aDateInsideAnEventPhraseAfterACommaDoesNotDateTheClause(_ text: String, _ value: Double) {
        let claim = Self.claim(text, value)
        #expect(claim != nil, "\(text)")
        #expect(claim?.eventDate == nil || claim?.eventDate?.year == Self.published.year, "\(text): \(String(describing: claim?.eventDate))")
    }

    @Test(arguments: [
        ("In 2021 the national energy regulator fined it €9.5 million for failing to report the faults.", 2021),
        ("The company was also fined €9.5 million by the regulator in 2021.", 2021),
        ("A 2021 report by the agency said 6,000 fighters remained.", 2021),
    ])
    func aDateOfTheClauseStillDatesItsFigure(_ text: String, _ year: Int) {
        let claim = Self.claims(text).first
        #expect(claim?.eventDate?.year == year, "\(text): \(String(describing: claim?.eventDate))")
    }

    @Test(arguments: [
        ("Calloway Mills said it had reduced the number of jobs to go at Dunmere mill to 590.", 590.0, "job"),
        ("The number of confirmed infections with Hollin fever in our province has reached 1,150.", 1_150, "infection"),
        ("The total of homes without power in the north stood at 12,400 on Sunday.", 12_400, "home"),
    ])
    func aNumberOfPhraseEarlierInTheClauseNamesTheCount(_ text: String, _ value: Double, _ measure: String) {
        #expect(Self.claim(text, value)?.measure == measure, "\(text): \(String(describing: Self.claim(text, value)?.measure))")
    }

    @Test func theTrueNumberPointsBackOverASentenceWithoutACount() {
        let text = "The company will close the mill with the loss of 640 jobs. A spokeswoman said the figure covered every employee. "
            + "The union says the true number is about 1,100."
        #expect(Self.claim(text, 1_100)?.measure == Self.claim(text, 640)?.measure)
        #expect(Self.claim(text, 640)?.measure != nil)
    }

    @Test(arguments: [
        ("The regulator fined the airline €1.7bn for abusing its position.", "fine"),
        ("The company was fined €9.5 million by the regulator.", "fine"),
        ("The foundation donated £40,000 to the food bank.", "donation"),
        ("Japan pledged a further $2 million for the survivors.", "pledge"),
        ("The group borrowed €300 million from its banks last year.", "loan"),
        ("The insurer paid $12 million to the families.", "payment"),
        ("The district court awarded the residents €174 million.", "award"),
        ("The council spent £2.4 million on temporary housing.", "spending"),
        // A noun after the amount names it before the verb does.
        ("The court ordered the company to pay €174 million in damages.", "damages"),
        ("The airline lost $1.2 billion in revenue during the strike.", "revenue"),
    ])
    func aVerbOfPaymentNamesTheAmount(_ text: String, _ measure: String) {
        let claim = Self.claims(text).first { $0.value.unit != nil && $0.value.unit != "people" }
        #expect(claim?.measure == measure, "\(text): \(String(describing: claim?.measure))")
    }

    @Test(arguments: [
        ("The health ministry said on Monday that 710 cases of Hollin fever had been confirmed.", 710.0, "case"),
        ("The government has ordered 500,000 doses of an experimental vaccine.", 500_000, "dose"),
        ("About 1,000 members of the union joined the walkout.", 1_000, "members"),
        ("Engineers repaired 14 sections of the embankment.", 14, "section"),
        ("Officers seized 40 kilograms of explosives.", 40, "explosive"),
        ("The tanker spilled 3 million barrels of oil.", 3_000_000, "oil"),
        // A preposition ends the noun phrase.
        ("The company used the data of 3.4 million customers without their consent.", 3_400_000, "customer"),
        ("Some 400 families within the zone were told to leave.", 400, "family"),
    ])
    func theNounBeforeOfIsCountedUnlessItIsAUnit(_ text: String, _ value: Double, _ measure: String) {
        let claim = Self.claim(text, value)
        #expect(claim?.measure == measure, "\(text): \(String(describing: claim?.measure))")
    }

    @Test(arguments: [
        ("In all, 23 deaths were reported by the health ministry on Monday.", 23.0, "ministry"),
        ("A toll of 23 was announced yesterday by the Ministry of Health.", 23, "ministry"),
        ("The ministry's most recent count put the number of cases at 710.", 710, "ministry"),
        ("The union's own tally puts the number of strikers at 12,000.", 12_000, "union"),
    ])
    func anAgentOrTheOwnerOfACountSpeaks(_ text: String, _ value: Double, _ speaker: String) {
        let claim = Self.claim(text, value)
        #expect(claim?.attribution?.name.lowercased().contains(speaker) == true, "\(text): \(String(describing: claim?.attribution))")
    }
}
