import Testing
import Model
@testable import Extract

/// Numbers that are not checkable figures: years, times, phone numbers, names, URLs, compounds.
struct NonClaimTests {
    static let noClaims: [String] = [
        // A reading on a scale is a figure but a claim about no quantity.
        "The 6.4-magnitude quake struck before dawn, the institute said.",
        "The quake had a magnitude of 5.8, according to the seismological service.",
        "A magnitude 4.9 tremor was felt in the capital.",
        "In 2014, the group launched its self-proclaimed caliphate.",
        "The offensive began in 2017 and ended in 2019.",
        "The ceasefire took effect at 10:30 on Monday.",
        "The vote closes at 8 pm local time.",
        "Curfew starts at 6 a.m. in the capital.",
        "Call the hotline on +44 20 7946 0958 for information.",
        "Relatives can call 555-0142 for details.",
        "Residents were told to dial 202-555-0173.",
        "The minister warned of what he called ISIS 2.0 emerging in the desert.",
        "Analysts fear the rise of Al-Qaeda 2.0 in the Sahel.",
        "Two F-16 jets were scrambled over the border.",
        "The veteran served in the bloody 14-year civil war.",
        "The retired four-star general criticised the plan.",
        "A 12-year-old boy was among the wounded.",
        "Read the full report at https://example.org/reports/2023/500-fighters.",
        "Details are at www.example.com/news/300-killed.",
        "He finished 21st in the regional election.",
        "Flight 370 disappeared over the Indian Ocean.",
        "Security Council Resolution 2254 calls for a political transition.",
        "The 1990s saw a wave of bombings in the capital.",
        "Trump pointed to his leadership as one of the key factors.",
        "It controlled almost a third of the country's territory.",
        "The summit took place on June 23, 2014 in the capital.",
        "The group was founded in the mid-2000s.",
        "The COVID-19 pandemic slowed recruitment.",
        // A count of the article's own parts opening a sentence or a list.
        "Three points stand out for operators:",
        "Five things to know about the vote",
        "The court gave three reasons for its ruling:",
        "Two questions remain unanswered after the inquiry.",
    ]

    @Test(arguments: noClaims)
    func sentenceYieldsNoClaim(_ sentence: String) {
        let claims = Fixture.claims(sentence)
        #expect(claims.isEmpty, "\(claims.map(\.value.text))")
    }

    static let notMentions: [(String, String)] = [
        ("The minister warned of what he called ISIS 2.0 emerging in the desert.", "2.0"),
        ("Call the hotline on +44 20 7946 0958 for information.", "7946"),
        ("Relatives can call 555-0142 for details.", "555"),
        ("The ceasefire took effect at 10:30 on Monday.", "10"),
        ("Security was tightened after the 9/11 attacks.", "9"),
        ("Read the full report at https://example.org/reports/2023/500-fighters.", "500"),
        ("He finished 21st in the regional election.", "21"),
        ("Two F-16 jets were scrambled over the border.", "16"),
        ("Flight 370 disappeared over the Indian Ocean.", "370"),
    ]

    @Test(arguments: notMentions)
    func numberIsNotAFigure(_ sentence: String, _ number: String) {
        let figures = Fixture.figures(sentence)
        #expect(!figures.contains { $0.text.contains(number) }, "\(figures.map(\.text))")
    }

    @Test func yearIsADateNotAFigure() {
        let analysis = Fixture.extractor.analyse(text: "In 2014, the group seized Mosul.", reference: nil)
        #expect(analysis.mentions.map(\.kind) == [.date])
        #expect(analysis.mentions.first?.date == EventDate(year: 2014))
    }

    @Test(arguments: [
        ("The convoy included 40 trucks.", "truck"),
        ("They operated in three or four provinces, he said.", "province"),
        ("Officers seized 40 kilograms of explosives.", "explosive"),
        ("Between 8,000 and 9,000 individuals were detained.", "individual"),
        ("Officials put the crowd at 100,000.", "crowd"),
        ("Fire destroyed 3,500 homes.", "home-destroyed"),
        ("The candidate won 1,204,331 votes.", "vote"),
        ("Losses to the port and the companies that depend on it are running at €30 million a day.", "loss"),
        ("The port authority said losses for the port and its customers were running at €30m a day.", "loss"),
        ("Turnout in the capital was 61%.", "turnout"),
        ("Police put the crowd in the square at 41,000.", "crowd"),
        ("The regulator imposed a €1.7bn fine on the airline.", "fine"),
        ("The union is demanding a 9% pay rise.", "pay"),
        ("Officials estimate its strength in Iraq and Syria at 6,000 to 8,000.", "strength"),
        ("The port authority now puts losses at more than €200 million.", "loss"),
        ("Nearly 3,000 votes cast in the district were rejected.", "vote"),
    ])
    func aCountedFigureIsAClaimNamedByItsNoun(_ sentence: String, _ measure: String) {
        let analysis = Fixture.extractor.analyse(text: sentence, reference: nil)
        #expect(analysis.claims.map(\.measure) == [measure], "\(sentence)")
    }

    @Test(arguments: ["The toll is three times the figure given on the first day.", "Sales rose fourfold in a year."])
    func aRatioIsNeverACount(_ sentence: String) {
        let claims = Fixture.extractor.analyse(text: sentence, reference: nil).claims
        #expect(!claims.contains { $0.value.value?.unit == "people" || ($0.value.value?.unit == nil && $0.measure != "ratio") })
    }

    @Test func yearFollowedByCountedNounIsACount() {
        let claims = Fixture.claims("The army sent 2000 soldiers to the border.")
        #expect(claims.first?.value.value?.low == 2000)
        #expect(claims.first?.measure == "fighters")
    }
}
