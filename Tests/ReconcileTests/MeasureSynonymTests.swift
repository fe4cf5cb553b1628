import Model
import Testing
import TestSupport
@testable import Reconcile

/// Two nouns the outlets use for one quantity ("1,150 confirmed cases", "1,150 infections") are joined by the precise
/// figure they share; a round or small figure shared by chance, or two nouns one source tells apart, are not.
@Suite struct MeasureSynonymTests {
    static let config = SyntheticCorpus.config
    static let spring = EventDate(year: 2025, month: 3, day: 17)

    static func joined(_ claims: [Claim]) -> [String: String] {
        let out = MeasureSynonyms.join(claims, config: config) { _ in 2025 }
        return Dictionary(out.map { ($0.id.rawValue, $0.measure ?? "") }, uniquingKeysWith: { a, _ in a })
    }

    static func count(_ source: String, _ n: Int, _ measure: String, _ value: Double) -> Claim {
        Fixtures.claim(source, n, 1, measure: measure, value: Quantity(low: value, high: value), topic: "")
    }

    @Test func aSharedPreciseFigureJoinsTwoNouns() {
        let measures = Self.joined([
            Self.count("a", 1, "case", 1_150), Self.count("a", 2, "case", 340), Self.count("c", 1, "case", 1_150),
            Self.count("b", 1, "infection", 1_150), Self.count("b", 2, "infection", 710),
        ])
        // Every claim of the less used noun takes the name of the more used one, not only the shared figure's.
        #expect(Set(measures.values) == ["case"], "\(measures)")
    }

    @Test(arguments: [
        (2_000.0, 2_000.0),  // round: two nouns counting 2,000 things say nothing about each other
        (40, 40),            // small
        (1_150, 1_160),      // not the same figure
    ])
    func aChanceOrDifferentFigureJoinsNothing(_ a: Double, _ b: Double) {
        let measures = Self.joined([Self.count("a", 1, "home", a), Self.count("b", 1, "car", b)])
        #expect(measures.values.sorted() == ["car", "home"], "\(measures)")
    }

    @Test func nounsOneSourceTellsApartStayApart() {
        // Source c gives both nouns with different figures: they count different things, whatever a and b share.
        let measures = Self.joined([
            Self.count("a", 1, "home", 1_150), Self.count("b", 1, "building", 1_150),
            Self.count("c", 1, "home", 640), Self.count("c", 2, "building", 310),
        ])
        #expect(measures.values.sorted() == ["building", "building", "home", "home"], "\(measures)")
    }

    @Test func aMisreadCueJoinsTheStorysOwnNoun() {
        // "the real toll at about 1,100" of jobs, filed under a configured measure once, against many "jobs".
        let measures = Self.joined([
            Self.count("a", 1, "job", 1_100), Self.count("b", 1, "job", 1_100), Self.count("c", 1, "job", 640),
            Self.count("d", 1, "killed", 1_100),
        ])
        #expect(Set(measures.values) == ["job"], "\(measures)")
    }

    @Test func precisionNeedsTwoSignificantDigits() {
        #expect(MeasureSynonyms.isPrecise(1_150))
        #expect(MeasureSynonyms.isPrecise(14_860))
        #expect(MeasureSynonyms.isPrecise(120))
        #expect(!MeasureSynonyms.isPrecise(2_000))
        #expect(!MeasureSynonyms.isPrecise(90))
        #expect(!MeasureSynonyms.isPrecise(300_000))
    }
}

/// One party's very same figure under two nouns is one measure, whether or not an outlet read it as a count of
/// people: "the police figure of 30,000" (after a crowd, people) and "Police put the turnout at 30,000" (no unit).
@Suite struct PartyMeasureAlignmentTests {
    static func count(_ source: String, _ measure: String, _ value: Double, unit: String?, speaker: String) -> Claim {
        Fixtures.claim(source, 1, 1, measure: measure, value: Quantity(low: value, high: value, unit: unit), speaker: speaker, topic: "")
    }

    @Test func aPartysFigureReadAsPeopleAndAsATurnoutIsOneMeasure() {
        let claims = [
            Self.count("a", "people", 30_000, unit: "people", speaker: "Police"),
            Self.count("b", "turnout", 30_000, unit: nil, speaker: "Police"),
        ]
        let aligned = Grouping.alignMeasures(claims, config: SyntheticCorpus.config) { _ in 2024 }
        #expect(Set(aligned.map(\.measure)).count == 1, "\(aligned.map(\.measure))")
    }

    /// "six injured" and "11 acres" of one fire service: a small figure said twice says nothing about the nouns; and
    /// another party's very same figure is that party's, never a synonym.
    @Test(arguments: [
        ("injured", 11.0, "Fire Service", "acre", "Fire Service"),
        ("people", 30_000, "Police", "turnout", "Organisers"),
    ])
    func aFigureThatSaysNothingAboutTheNounsLeavesThemApart(_ a: String, _ value: Double, _ first: String, _ b: String, _ second: String) {
        let claims = [
            Self.count("a", a, value, unit: "people", speaker: first),
            Self.count("b", b, value, unit: nil, speaker: second),
        ]
        let aligned = Grouping.alignMeasures(claims, config: SyntheticCorpus.config) { _ in 2024 }
        #expect(aligned.map(\.measure) == [a, b])
    }
}
