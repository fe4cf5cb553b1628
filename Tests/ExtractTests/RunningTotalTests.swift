import Model
import Testing
import TestSupport
@testable import Extract

/// An increment ("1,432 new cases") and the running total it brings ("bringing the total to 58,901") are two
/// quantities, and a count since a starting date is not dated by that start.
@Suite struct RunningTotalTests {
    static let reference = EventDate(year: 2024, month: 5, day: 14)
    static func claims(_ text: String) -> [TextClaim] { Fixture.claims(text, reference: reference) }

    @Test(arguments: [
        ("Health officials reported 1,432 new cases over the past 24 hours, bringing the total to 58,901.", 1_432.0, 58_901.0, "case"),
        ("The ministry confirmed 1,210 new infections on Wednesday, taking the cumulative tally to 60,111.", 1_210, 60_111, "infection"),
        ("The automaker recalled 86 additional vehicles on Friday, bringing the total to 1,950.", 86, 1_950, "vehicle-recalled"),
    ])
    func anIncrementAndItsRunningTotalAreTwoQuantities(_ text: String, _ increment: Double, _ total: Double, _ measure: String) {
        let claims = Self.claims(text)
        let new = claims.first { $0.value.value?.low == increment }, all = claims.first { $0.value.value?.low == total }
        #expect(all?.measure == measure, "\(text): \(String(describing: all?.measure))")
        #expect(new?.measure == measure + "-new", "\(text): \(String(describing: new?.measure))")
    }

    @Test func aCountWithoutAnIncrementWordStaysTheMeasure() {
        let claims = Self.claims("The agency has confirmed 58,901 cases since the outbreak began.")
        #expect(claims.first?.measure == "case")
    }

    @Test(arguments: [
        "The ministry said 212 people have died since the outbreak began in March.",
        "The road has been closed since it was damaged in 2019, and 40 homes remain empty.",
    ])
    func aDateInASinceClauseDoesNotDateTheCount(_ text: String) {
        let claim = Self.claims(text).first
        #expect(claim != nil, "\(text)")
        #expect(claim?.eventDate == nil || claim?.eventDate == Self.reference, "\(text): \(String(describing: claim?.eventDate))")
    }

    /// "since October last year, when 61 people died": the date after "since" is the one the "when" clause dates.
    @Test func aSinceDateAWhenClauseDatesStillDatesIt() {
        let claim = Self.claims("It is the worst loss of life off the coast since October last year, when 61 people died.").first
        #expect(claim?.eventDate?.year == 2023, "\(String(describing: claim?.eventDate))")
    }
}
