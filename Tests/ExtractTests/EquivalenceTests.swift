import Model
import Testing
import TestSupport
@testable import Extract

/// One amount told in two currencies in one sentence is one claim restated, never a range.
@Suite struct EquivalenceTests {
    static func claims(_ sentence: String) -> [Claim] {
        let source = Fixtures.source("s", published: EventDate(year: 2024, month: 10, day: 14), paragraphs: [sentence])
        return Fixture.extractor.extract(from: source).claims
    }

    @Test(arguments: [
        ("The regulator fined the company $2.2 billion or €2 billion for abusing its position.", "USD", "EUR"),
        ("The bill came to €3.1b - about $3.6b, the auditors said.", "EUR", "USD"),
        ("The club made a pre-tax profit of £8m ($10.2m) last year.", "GBP", "USD"),
        ("Losses run at €30 million a day (about $32 million), the port authority said.", "EUR", "USD"),
        ("The miner paid A$450 million (US$300 million) for the stake.", "AUD", "USD"),
        ("The fine of HK$80 million, or about US$10 million, was upheld.", "HKD", "USD"),
    ])
    func anAmountInTwoCurrenciesIsOneAmountTwice(_ sentence: String, _ first: String, _ second: String) throws {
        let money = Self.claims(sentence).filter { $0.value.unit?.count == 3 }
        let a = try #require(money.first { $0.value.unit == first }, "\(sentence)")
        let b = try #require(money.first { $0.value.unit == second }, "\(sentence)")
        #expect(b.equivalentTo == a.id, "\(sentence)")
        #expect(a.measure == b.measure)
        #expect(a.value.per == b.value.per)
        // Neither is a range spanning the two currencies.
        #expect(money.allSatisfy { $0.value.isPoint || $0.value.low == nil || $0.value.high == nil })
    }

    @Test func aPeriodAfterTheBracketIsBothAmounts() {
        let money = Self.claims("The port authority said losses were running at €30m ($32m) a day.").filter { $0.value.unit?.count == 3 }
        #expect(money.map(\.value.per) == ["day", "day"])
    }

    @Test(arguments: [
        "The trust gave £2 million and the bank $2.5 million.",
        "Revenue rose to €212m from €151m.",
    ])
    func twoAmountsAreNotAnEquivalence(_ sentence: String) {
        #expect(Self.claims(sentence).allSatisfy { $0.equivalentTo == nil }, "\(sentence)")
    }
}
