import Model
import Testing
import TestSupport
@testable import Extract

/// Figures of change ("rose from 340 to 1,150", "more than tripled"), plans dated in the future ("plans to march
/// on 3 May", "due to start in September"), and the present tense of headlines ("Up to 9,000 march, police say").
@Suite struct ChangeAndPlanTests {
    static let reference = EventDate(year: 2025, month: 4, day: 14)

    static func claims(_ text: String) -> [TextClaim] { Fixture.claims(text, reference: reference) }

    @Test(arguments: [
        ("Cases rose from 340 to 1,150 in a fortnight.", 340.0, 1_150.0),
        ("Arrivals climbed from 1,200 to 1,900 patients.", 1_200, 1_900),
        ("Sales fell from $5 million to $3 million.", 5_000_000, 3_000_000),
        ("The death toll rose from 12 to 41.", 12, 41),
        ("Exports dropped from 4,000 tonnes to 2,600 tonnes.", 4_000, 2_600),
        // Where the change came from, after a comma.
        ("The death toll rose to 27 on Tuesday, from 12 a day earlier, the agency said.", 12, 27),
        ("Sales climbed to $4.2 billion, from $3.1 billion a year earlier.", 3_100_000_000, 4_200_000_000),
        // The figure changed to counts things, not people: the earlier value leans on it all the same.
        ("Health officials said 1,150 infections had been recorded, up from 340 a week earlier.", 340, 1150),
        ("The council said 48 homes had been condemned, up from 31 on Friday.", 31, 48),
        ("Inspectors found 212 faulty boilers, down from 260 in the spring.", 260, 212),
        // The verb of change further back in the clause: the two ends of a change, not a range.
        ("Police raised the number of people arrested after the match from 9 to 17.", 9, 17),
    ])
    func bothEndsOfAChangeAreClaimsOfOneMeasure(_ text: String, _ from: Double, _ to: Double) {
        let claims = Self.claims(text)
        let a = claims.first { $0.value.value?.low == from }, b = claims.first { $0.value.value?.low == to }
        #expect(a != nil && b != nil, "\(text): \(claims.map { "\($0.value.text)=\($0.measure ?? "nil")" })")
        #expect(a?.measure != nil && a?.measure == b?.measure, "\(text)")
    }

    @Test(arguments: [
        ("Revenue in the three months to December was £212m, up from £151.4m a year earlier.", 212e6, 151.4e6, "revenue"),
        ("Exports in the first half of the year reached $4.1bn, down from $4.6bn.", 4.1e9, 4.6e9, "export"),
        ("Losses for the port and its customers were running at €30 million a day, up from €20 million.", 30e6, 20e6, "loss"),
        // "from" over a determiner and a participle; a year phrase between the noun and the figure; base verbs of change.
        ("The minister said the deficit would fall to 3.2% of GDP in 2026, from an expected 3.8% this year.", 3.2, 3.8, "deficit"),
        ("The ministry said the deficit would narrow to 3.2 percent of gross domestic product, from 3.8 percent expected this year.", 3.2, 3.8, "deficit"),
        ("The bank cut its forecast for economic growth in 2026 to 1.4%, down from the 2.1% it forecast in April.", 1.4, 2.1, "forecast"),
        ("Unemployment will ease to 5.1% next year, from a revised 5.6% this year, the central bank said.", 5.1, 5.6, "unemployment"),
        ("The trade gap is expected to widen to $4.3bn in 2025, from a projected $3.9bn this year.", 4.3e9, 3.9e9, "gap"),
        ("The government set spending for 2026 at €92.4bn, up from €88.1bn.", 92.4e9, 88.1e9, "spending"),
        ("Lending for 2024 was put at $3.2bn, down from $3.5bn.", 3.2e9, 3.5e9, "lending"),
        // The sentence's first word is capitalised and no name; verbs of a slowing change.
        ("Inflation eased to 3.1% in April, from 3.4% in March, the statistics office said.", 3.1, 3.4, "inflation"),
        ("Annual inflation slowed to 2.9% in May from 3.2% in April.", 2.9, 3.2, "inflation"),
        ("Wage growth cooled to 4.8% in the quarter, from 5.6% in the previous three months.", 4.8, 5.6, "growth"),
        // "to X … from Y" with a short phrase between and no comma.
        ("The minister said the deficit would narrow to 2.8% of GDP in 2025 from 3.6% this year.", 2.8, 3.6, "deficit"),
    ])
    func anEarlierAmountTakesTheMeasureItChangesFrom(_ text: String, _ now: Double, _ before: Double, _ measure: String) {
        let claims = Self.claims(text)
        let a = claims.first { $0.value.value?.low == now }, b = claims.first { $0.value.value?.low == before }
        #expect(a?.measure == measure, "\(text): \(String(describing: a?.measure))")
        #expect(b?.measure == measure, "\(text): \(String(describing: b?.measure))")
    }

    @Test(arguments: [
        ("Turnout in the district was 54%, compared with 61% nationally.", 54.0, 61.0, "national"),
        ("Only 38% of homes in the valley have broadband, against 77% for the country as a whole.", 38, 77, "national"),
        ("The jobless rate in the north rose to 9.4%, against 6.1% nationwide.", 9.4, 6.1, "national"),
        ("The firm's sales in Europe fell 4%, compared with 2% worldwide.", 4, 2, "worldwide"),
    ])
    func aFigureToldForAWiderScopeKeepsTheMeasureAndNamesTheScope(_ text: String, _ local: Double, _ wide: Double, _ scope: String) {
        let claims = Self.claims(text)
        let a = claims.first { $0.value.value?.low == local }, b = claims.first { $0.value.value?.low == wide }
        #expect(a?.measure != nil && a?.measure == b?.measure, "\(text): \(claims.map { "\($0.value.text)=\($0.measure ?? "nil")" })")
        #expect(b?.scope == [scope] && a?.scope.contains(scope) == false, "\(text): \(String(describing: a?.scope)) \(String(describing: b?.scope))")
    }

    @Test(arguments: [
        ("Interest will be added at 4% a year from the date of the collapse.", 4.0, "interest"),
        ("The penalty would be set at €60 million.", 60e6, "penalty"),
        ("Containment: 10%, according to the fire service.", 10, "containment"),
        ("Deaths: 41", 41, "killed"),
        ("Homes destroyed: 412", 412, "home"),
    ])
    func aModalVerbGroupOrALabelFramesTheFigure(_ text: String, _ value: Double, _ measure: String) {
        let claim = Self.claims(text).first { $0.value.value?.low == value }
        #expect(claim?.measure == measure, "\(text): \(String(describing: claim?.measure))")
    }

    @Test(arguments: [
        ("The number of cases has more than tripled in a fortnight.", 3.0, Quantity.Qualifier.atLeast),
        ("Sales doubled last year.", 2, .exact),
        ("The price of bread has roughly halved since the harvest.", 0.5, .approx),
        ("Its debts quadrupled between 2019 and 2023.", 4, .exact),
    ])
    func aVerbOfChangeStatesARatio(_ text: String, _ factor: Double, _ qualifier: Quantity.Qualifier) {
        let ratio = Self.claims(text).first { $0.measure == "ratio" }
        #expect(ratio?.value.value?.low == factor, "\(text): \(String(describing: ratio?.value.value))")
        #expect(ratio?.value.value?.unit == "times")
        #expect(ratio?.value.value?.qualifier == qualifier, "\(text)")
        // The ratio is not a count.
        #expect(!Self.claims(text).contains { $0.measure != "ratio" && $0.value.value?.low == factor })
    }

    @Test(arguments: [
        ("The organisers said they are planning a second march on 3 May.", "2025-05-03"),
        ("Work is due to start in September, the council said.", "2025-09"),
        ("The union said it plans to strike on 2 June.", "2025-06-02"),
        ("The company vowed to appeal in July.", "2025-07"),
        // A past act stays in the past.
        ("The union struck on 2 March.", "2025-03-02"),
        ("The council said work started in September.", "2024-09"),
    ])
    func aPlanIsDatedAhead(_ text: String, _ iso: String) {
        let dates = Fixture.dates(text, reference: Self.reference)
        #expect(dates.contains { $0.date?.iso == iso }, "\(text): \(dates.map { $0.date?.iso ?? "nil" })")
    }

    @Test(arguments: [
        ("Up to 9,000 march against Vantor, police say", 9_000.0),
        ("Thousands protest as 4,000 rally in the capital", 4_000),
        ("More than 2,000 take part in climate march", 2_000),
        ("At least 40 die as floods sweep the valley", 40),
    ])
    func aHeadlinesPresentTenseCountsPeople(_ text: String, _ value: Double) {
        let claim = Self.claims(text).first { $0.value.value?.high == value || $0.value.value?.low == value }
        #expect(claim?.value.value?.unit == "people", "\(text): \(String(describing: claim))")
    }

    /// A rate names what it is the rate of ("the unemployment rate" is unemployment), and "up"/"down" after a verb
    /// of change is the verb's particle, not the bound "up to".
    @Test(arguments: [
        ("The unemployment rate rose to 5.1% in March.", 5.1, "unemployment", Quantity.Qualifier.exact),
        ("The jobless rate edged up to 5.1%, the highest in two years.", 5.1, "jobless", .exact),
        ("Inflation ticked up to 2.4% last month.", 2.4, "inflation", .exact),
        ("Core inflation crept up to 3.9% in the year to June.", 3.9, "inflation", .exact),
        ("The vacancy rate fell to 3.2%, the agency said.", 3.2, "vacancy", .exact),
        // A possessive inside the phrase between the frame noun and the figure.
        ("Police put the turnout at Saturday's march in Kestria at 30,000.", 30_000, "turnout", .exact),
        // "a record" between the verb and the figure.
        ("Voter turnout reached a record 78 percent on 12 May.", 78, "turnout", .exact),
        ("Exports hit a record $4.1 billion in March, the ministry said.", 4.1e9, "export", .exact),
        // A word that says which rate names it with the head; the level a change by a figure goes to.
        ("The central bank raised its key rate by 50 basis points to 4.25%.", 4.25, "key-rate", .exact),
        ("The central bank raised its key rate by 50 basis points to 4.25%.", 0.5, "key-rate", .exact),
        // Without "by": the change is a rise of its own, the level it went to is the quantity; bare "points" that
        // move a percentage are percentage points.
        ("Inflation rose 0.4 percentage points to 5.1% in May.", 5.1, "inflation", .exact),
        ("Inflation rose 0.4 points to 5.1% in May.", 5.1, "inflation", .exact),
        ("Inflation rose 0.4 points to 5.1% in May.", 0.4, "inflation-rise", .exact),
        ("Unemployment fell 0.3 percentage points to 4.2%, the lowest since 2008.", 4.2, "unemployment", .exact),
        // After "by" it is the bound: the rise is at most 5%.
        ("Rents could rise by up to 5% next year, the agency said.", 5, "rent-rise", .upTo),
    ])
    func aRateIsOfItsModifierAndAParticleIsNoBound(_ text: String, _ value: Double, _ measure: String, _ qualifier: Quantity.Qualifier) {
        let claim = Self.claims(text).first { $0.value.value?.high == value }
        #expect(claim?.measure == measure, "\(text): \(String(describing: claim?.measure))")
        #expect(claim?.value.value?.qualifier == qualifier, "\(text): \(String(describing: claim?.value.value?.qualifier))")
    }

    @Test func aCapitalisedMonthIsNoVerb() {
        // "March" after a figure is the month, not the verb of a headline.
        let bare = Self.claims("Police arrested 12 March protesters.").filter { claim in
            claim.value.value?.low == 12 && claim.term.isEmpty
        }
        #expect(bare.isEmpty)
    }
}

/// A figure told as one given before ("initially said", "it first disclosed") is marked so; a plain telling is not.
struct ToldEarlierTests {
    static let cases: [(String, String, Bool)] = [
        ("Larkspur initially said about 2 million customer records had been exposed.", "2", true),
        ("The ministry had originally put the toll at 40.", "40", true),
        ("The raise is three times the 2 million it first disclosed.", "2", true),
        ("The agency previously estimated 1,200 deaths.", "1,200", true),
        ("Larkspur said about 2 million customer records had been exposed.", "2", false),
        ("The first 40 people were rescued on Monday.", "40", false),
    ]

    @Test(arguments: cases) func aFigureToldAsGivenBeforeIsMarked(_ sentence: String, _ figure: String, _ earlier: Bool) throws {
        let t = Tokenizer.tokenize(sentence)
        let at = try #require(t.firstIndex { $0.text == figure })
        #expect(SentenceAnalyzer.toldEarlier(t, at..<(at + 1)) == earlier)
    }
}


/// The value a change came from ("up from more than 40") is a figure told before: it does not make its group current.
struct ChangeBaselineTests {
    static func claims(_ text: String) -> [Claim] {
        Fixture.extractor.extract(from: Fixtures.source("s", published: EventDate(year: 2025, month: 3, day: 5), paragraphs: [text])).claims
    }

    @Test(arguments: [
        ("The regulator said it now links 52 injuries to the inflators, up from more than 40 when the recall began.", 40.0, 52.0),
        ("The council said 48 homes had been condemned, up from 31 last week.", 31, 48),
        ("The agency raised the number of people missing from 12 to 19.", 12, 19),
    ])
    func theValueAChangeCameFromIsToldEarlier(_ text: String, _ before: Double, _ now: Double) {
        let claims = Self.claims(text)
        let old = claims.first { $0.value.low == before }, new = claims.first { $0.value.low == now }
        #expect(old?.earlier == true, "\(text): \(claims.map { "\($0.text)=\($0.earlier ?? false)" })")
        #expect(new != nil && new?.earlier != true, "\(text)")
    }

    @Test func aFigureComparedWithAnotherOccasionIsNotRetold() {
        let claims = Self.claims("Police said 6 people were arrested, compared with 31 arrests after the first march.")
        #expect(claims.first { $0.value.low == 31 }?.earlier != true)
    }
}
