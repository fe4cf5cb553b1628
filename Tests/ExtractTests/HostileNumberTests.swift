import Foundation
import Model
import Testing
@testable import Extract

/// Numbers no one can check are left out by a stated rule, never misread as their parts or as infinity.
@Suite struct HostileNumberTests {
    @Test(arguments: [
        "Officials said 2^64 fighters had gathered in the valley.",
        "Officials said 7e300 fighters had gathered in the valley.",
        "The ministry counted €3e+12 in unpaid wages.",
    ])
    func exponentNotationIsNotReadAsItsParts(sentence: String) {
        let values = Fixture.figures(sentence).compactMap(\.value)
        #expect(!values.contains { $0.low == 64 || $0.low == 300 || $0.low == 12 || $0.low == 2 || $0.low == 7 || $0.low == 3 },
                "\(values.map(\.notation))")
    }

    @Test func digitsBeyondADoubleAreNoFigureAndTheJSONStillEncodes() throws {
        let digits = String(repeating: "8", count: 330)
        let analysis = Fixture.extractor.analyse(text: "Officials said \(digits) fighters and 45 tanks remain.", reference: Fixture.reference)
        #expect(analysis.mentions.allSatisfy { $0.value.map { ($0.low ?? 0).isFinite && ($0.high ?? 0).isFinite } ?? true })
        let json = Fixture.extractor.json(of: analysis)
        #expect(json.contains("\"mentions\""))
        #expect(json.contains("45"))
    }

    @Test func aMagnitudeThatOverflowsIsNoFigure() {
        let digits = String(repeating: "9", count: 305)
        let values = Fixture.figures("They said \(digits) billion dollars were lost.").compactMap(\.value)
        #expect(values.allSatisfy { ($0.low ?? 0).isFinite && ($0.high ?? 0).isFinite })
    }

    @Test func figuresBeyondAnIntegerAreStillClaims() {
        let claims = Fixture.claims("Commanders said 31,000,000,000,000,000,000 fighters were ready in Iraq.")
        #expect(claims.contains { $0.value.value?.low == 3.1e19 })
    }
}
