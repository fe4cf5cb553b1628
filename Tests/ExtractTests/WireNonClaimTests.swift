import Testing
import Model
@testable import Extract

/// Numbers in wire copy that are not counts: model names, groups, articles, times, phones, decades.
struct WireNonClaimTests {
    static let noClaims: [String] = [
        "The meeting starts at 3 p.m. on Tuesday.",
        "Boeing 737 MAX jets were grounded worldwide.",
        "The G7 leaders met in Hiroshima.",
        "Article 5 of the NATO treaty was invoked.",
        "Call 0800 123 456 for help.",
        "For information call (202) 555-0173.",
        "The crisis began in the 1990s.",
        "The 2022 budget was passed without debate.",
        "COVID-19 restrictions were lifted in the province.",
        "Storm Daniel made landfall at 10:45 local time.",
        "The Airbus A320 landed safely.",
        "He was elected in the 2019 general election.",
    ]

    @Test(arguments: noClaims)
    func sentenceYieldsNoClaim(_ sentence: String) {
        let claims = Fixture.claims(sentence)
        #expect(claims.isEmpty, "\(claims.map(\.value.text))")
    }

    @Test func namesWithNumeralsLeaveTheCount() {
        #expect(Fixture.claims("COVID-19 killed 3 people in the ward.").map(\.value.text) == ["3"])
        #expect(Fixture.claims("The G20 pledged $5 billion.").map(\.value.text) == ["$5 billion"])
    }
}
