import Model
import Testing
import TestSupport
@testable import Extract

/// A figure's moment comes from its own sentence (or the event it points back to) before the article's date,
/// and every date a sentence puts an event on reaches the timeline.
@Suite struct EventMomentTests {
    static func extraction(_ paragraphs: [String], published: EventDate = EventDate(year: 2023, month: 3, day: 13)) -> Extraction {
        Fixture.extractor.extract(from: Fixtures.source("s", published: published, paragraphs: paragraphs))
    }

    @Test(arguments: [
        ("US-backed forces ended the group's hold in Iraq in 2017 and in Syria in 2019.", ["2017", "2019"]),
        ("The ministry said on Sunday that 41 people had died since the river burst its banks on Tuesday.", ["2023-03-12", "2023-03-07"]),
        ("The union called the strike last Thursday and the walkout began on Monday.", ["2023-03-09", "2023-03-13"]),
    ])
    func everyDateOfASentenceIsAnEvent(_ sentence: String, _ dates: [String]) {
        let events = Self.extraction([sentence]).events
        #expect(Set(events.map(\.date.iso)) == Set(dates), "\(sentence): \(events.map(\.date.iso))")
    }

    /// An event in a modifier of another noun dates the event, not the figure; a date right after a figure is its own.
    @Test(arguments: [
        ("The death toll from Monday's earthquake has reached 41, the agency said on Thursday.", 41.0, "2023-03-09"),
        ("The number of dead after Sunday's floods has risen to 19, officials said on Tuesday.", 19, "2023-03-07"),
        ("The death toll from the earthquake that struck on Monday rose to 27 on Tuesday.", 27, "2023-03-07"),
        // The event's own clause gives its figure: the event's date.
        ("Officials described a February 26 operation that killed 22 fighters.", 22, "2023-02-26"),
        ("The March 4 attack killed 9 soldiers.", 9, "2023-03-04"),
        // A "when" clause happens at the date it follows.
        ("Turnout was down on the first march a week earlier, when police counted 12,000 people.", 12_000, "2023-03-03"),
        ("The toll is far above that of the storm on Monday, when 14 people died, officials said on Thursday.", 14, "2023-03-06"),
    ])
    func aFigureTakesItsOwnDateNotItsModifiersEvent(_ sentence: String, _ value: Double, _ iso: String) {
        let claim = Self.extraction([sentence], published: EventDate(year: 2023, month: 3, day: 10)).claims.first { $0.value.low == value }
        #expect(claim?.eventDate?.iso == iso, "\(sentence): \(String(describing: claim?.eventDate?.iso))")
    }

    /// A later date in a clause of its own after the figure, or right after another figure, is not the figure's:
    /// a plan for next year dates what is planned, and today's demand stays today's.
    @Test(arguments: [
        ("It is demanding a 9% pay rise and a guarantee that no jobs will be cut when the cranes arrive next year.", 9.0, nil as String?),
        ("Staff were promised a 4% rise once the contract is signed next month.", 4, nil),
        ("The company expects a one-off charge of between £30m and £35m and annual savings of about £18m from 2025.", 30e6, nil),
        ("The company expects a one-off charge of between £30m and £35m and annual savings of about £18m from 2025.", 18e6, "2025"),
        // The figure's own later date stays: a plan for next year.
        ("The budget sets total public spending at €92.4bn next year.", 92.4e9, "2024"),
        ("The deficit will fall to 3% of GDP by 2026, the ministry said.", 3, "2026"),
        // An earlier date in a "when" clause is left as it was.
        ("Police said 12 people were arrested when the march ended on Saturday.", 12, "2023-03-04"),
    ])
    func aLaterDateOfAnotherClauseOrFigureIsNotTheFigures(_ sentence: String, _ value: Double, _ iso: String?) {
        let claim = Self.extraction([sentence], published: EventDate(year: 2023, month: 3, day: 10)).claims.first { $0.value.low == value }
        #expect(claim != nil, "\(sentence)")
        #expect(claim?.eventDate?.iso == iso, "\(sentence): \(String(describing: claim?.eventDate?.iso))")
    }

    @Test func aComparisonIsNoEvent() {
        let events = Self.extraction(["Unemployment fell to 3.1%, the lowest since 2019, the office said on Friday."]).events
        #expect(!events.contains { $0.date.iso == "2019" })
    }

    @Test func aFigureDuringThisOperationTakesTheOperationsDate() {
        let x = Self.extraction(["The general referred to an operation carried out on February 26 in the western desert. 22 fighters were killed during this intervention."])
        let killed = x.claims.first { $0.value.low == 22 }
        #expect(killed?.eventDate?.iso == "2023-02-26")
    }

    @Test func onlyTheSentenceJustBeforeIsPointedBackTo() {
        let x = Self.extraction(["The group was defeated at the end of 2017.", "The general spoke about the camp.",
                                 "22 fighters were killed during this operation."])
        let killed = x.claims.first { $0.value.low == 22 }
        #expect(killed?.eventDate == nil)
    }
}

/// Whose figure it is: candidates' votes are different quantities.
@Suite struct HolderTests {
    static func claims(_ sentence: String) -> [Claim] {
        Fixture.extractor.extract(from: Fixtures.source("s", published: EventDate(year: 2025, month: 3, day: 10), paragraphs: [sentence])).claims
    }

    @Test(arguments: [
        ("Dreyer took 47,612 votes, or 52.1%, in Sunday's election.", ["Dreyer", "Dreyer"]),
        ("Corvin Ashe won 39,801 votes (43.6%), the commission said.", ["Corvin Ashe", "Corvin Ashe"]),
        ("The Green Party secured 12 seats.", ["The Green Party"]),
        // The name before an affiliation holds the figure, not the affiliation's last words.
        ("Halina Dreyer of the Union of Farmers and Towns won 47,612 votes.", ["Halina Dreyer"]),
        ("Corvin Ashe of the People's Reform Party took 39,801 votes.", ["Corvin Ashe"]),
        ("Officials said 500 fighters remain.", [nil]),
        // A share a name wins is the name's; a share a noun gains is a change, held by no one.
        ("Dreyer won 52.4% of the vote, the electoral commission said.", ["Dreyer"]),
        ("Her rival Corvin Ashe polled 44.1% of the vote.", ["Corvin Ashe"]),
        ("Shares gained 3.2% in early trading.", [nil]),
    ])
    func aCountTakesItsHolder(_ sentence: String, _ holders: [String?]) {
        let found = Self.claims(sentence)
        #expect(found.map(\.holder) == holders, "\(sentence): \(found.map(\.holder))")
    }

    @Test func aShareInAppositionTakesItsCountsMeasure() {
        let found = Self.claims("Dreyer took 47,612 votes, or 52.1%, in Sunday's election.")
        #expect(found.map(\.measure) == ["vote", "vote"])
        #expect(found.last?.value.unit == "percent")
    }
}
