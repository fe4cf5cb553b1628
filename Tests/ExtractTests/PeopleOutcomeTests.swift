import Model
import Testing
import TestSupport
@testable import Extract

/// A count of plain people that a passive verb gives an outcome ("two people were detained") counts that outcome,
/// apart from the crowd; "It" after a sentence an organisation opens is that organisation.
@Suite struct PeopleOutcomeTests {
    static func claims(_ text: String) -> [TextClaim] { Fixture.claims(text, reference: EventDate(year: 2025, month: 4, day: 14)) }

    @Test(arguments: [
        ("Police said 8,000 people took part and two people were detained.", 2.0, "detained"),
        ("At least 12 people have been hurt in the clashes.", 12, "hurt"),
        ("Some 300 people were evacuated from the valley overnight.", 300, "evacuated"),
        ("Nine people were arrested after the match.", 9, "arrested"),
        ("About 40 persons were rescued from the roofs.", 40, "rescued"),
        // An act of the people counted, not the crowd's.
        ("More than 30,000 people have signed a petition against the fine.", 30_000, "signed"),
        ("Some 1,200 people applied for the 40 jobs.", 1_200, "applied"),
        // The state they were left in.
        ("The interior ministry said about 9,000 people had been left homeless.", 9_000, "homeless"),
        ("Some 15,000 people are homeless, the charity said.", 15_000, "homeless"),
        // The outcome in the active voice.
        ("Police say they have arrested nine people near the parliament building.", 9, "arrested"),
        ("Troops evacuated about 3,000 people from the valley on Sunday.", 3_000, "evacuated"),
        ("The coast guard rescued at least 104 people overnight.", 104, "rescued"),
        ("Border police detained 56 people at the crossing, the ministry said.", 56, "detained"),
        // Words inside the verb group; an outcome standing alone after the count.
        ("Rescuers recovered bodies, and more than 100 people are still missing.", 100, "missing"),
        ("The coast guard reported 99 persons who are still missing.", 99, "missing"),
        ("The coast guard said 104 people had survived the capsizing.", 104, "survived"),
        ("On Tuesday the coast guard had spoken of 78 rescued and nine dead.", 78, "rescued"),
        // A part of the people just counted, and an outcome with no verb after "with": never the count before.
        ("Police arrested 312 people, 41 of whom have since been charged.", 41, "charged"),
        ("Rescuers pulled 60 people from the rubble, 14 of them were later hospitalised.", 14, "hospitalised"),
        ("The death toll has risen to 58, with 12 still missing.", 12, "missing"),
        ("The bus overturned, killing nine people, with 23 hurt in the crash.", 23, "hurt"),
    ])
    func aPassiveOutcomeNamesTheCount(_ text: String, _ value: Double, _ measure: String) {
        let claim = Self.claims(text).first { $0.value.value?.low == value }
        #expect(claim?.measure == measure, "\(text): \(String(describing: claim?.measure))")
        #expect(claim?.value.value?.unit == "people")
    }

    /// A noun for people that no measure lists still counts people; a count of things has no unit of people.
    @Test(arguments: [
        ("About 12,000 workers walked out on Monday, the union said.", 12_000.0, "people"),
        ("The council said 310 residents had been moved to the sports hall.", 310, "people"),
        ("Between 8,000 and 9,000 individuals took part, police said.", 8_000, "people"),
        ("Some 4,500 commuters were stranded at the main station.", 4_500, "people"),
        ("Nearly 200 nurses joined the picket line outside the hospital.", 200, "people"),
        ("The flood damaged 3,500 homes in the valley.", 3_500, nil),
        ("Mobile clinics have been set up in three towns.", 3, nil),
        ("The company shipped 40,000 containers last month.", 40_000, nil),
    ] as [(String, Double, String?)])
    func aNounForPeopleCountsPeople(_ text: String, _ value: Double, _ unit: String?) {
        let claim = Self.claims(text).first { $0.value.value?.low == value }
        #expect(claim != nil, "\(text)")
        #expect(claim?.value.value?.unit == unit, "\(text): \(String(describing: claim?.value.value?.unit))")
    }

    @Test(arguments: [
        ("The fire service said 212 homes had been destroyed.", 212.0, "home-destroyed", "homes destroyed"),
        ("About 40 cars were damaged in the blast.", 40, "car-damaged", "cars damaged"),
        ("The fire service said 3,200 homes were under evacuation orders.", 3_200, "home", "homes"),
        // The same outcome in the active voice.
        ("The flood destroyed more than 400 homes in the valley.", 400, "home-destroyed", "homes destroyed"),
        ("The storm damaged 1,250 buildings across the coast.", 1_250, "building-damaged", "buildings damaged"),
    ])
    func aPassiveOutcomeOfAThingIsAQuantityOfItsOwn(_ text: String, _ value: Double, _ measure: String, _ term: String) {
        let claim = Self.claims(text).first { $0.value.value?.low == value }
        #expect(claim?.measure == measure, "\(text): \(String(describing: claim?.measure))")
        #expect(claim?.term == term)
    }

    @Test(arguments: [
        "About 5,000 people were marching through the centre.",
        "Police said 8,000 people took part.",
        "Some 2,000 people were in the square.",
    ])
    func aCountWithoutAPassiveOutcomeStaysPeople(_ text: String) {
        let claim = Self.claims(text).first
        #expect(claim?.measure == "people", "\(text): \(String(describing: claim?.measure))")
    }

    @Test func itIsTheOrganisationThatOpenedTheSentenceBefore() {
        let text = "The health ministry said 23 people had died. The Sarvona Hospitals Association disputed the death toll. "
            + "It said no fewer than 40 people had died."
        let forty = Self.claims(text).first { $0.value.value?.low == 40 }
        #expect(forty?.attribution?.name.contains("Hospitals Association") == true, "\(String(describing: forty?.attribution))")
    }

    @Test(arguments: [
        ("Nearly 9,000 people have left, according to the Tessing County Sheriff's Office.", 9_000.0, "Tessing County Sheriff's Office"),
        ("The Tessing County Sheriff's Office says nearly 9,000 people have left.", 9_000, "Tessing County Sheriff's Office"),
        ("About 1,100 jobs will go, the Allied Workers' Union said.", 1_100, "Allied Workers' Union"),
        ("The hospital has 40 beds, according to St John's Hospital.", 40, "St John's Hospital"),
    ])
    func aPossessiveInsideANameStaysInItsName(_ text: String, _ value: Double, _ name: String) {
        let claim = Self.claims(text).first { $0.value.value?.low == value || $0.value.value?.high == value }
        #expect(claim?.attribution?.name == name, "\(text): \(String(describing: claim?.attribution))")
    }

    @Test func itAfterAReportIsTheReport() {
        let text = "A United Nations report said 5,000 fighters remained. It said 2,000 fighters were in the north."
        let north = Self.claims(text).first { $0.value.value?.low == 2_000 }
        #expect(north?.attribution?.kind == .report, "\(String(describing: north?.attribution))")
    }

    /// "police counted 12,000 people and the organisers 70,000": the party before a figure whose verb is left out.
    @Test(arguments: [
        ("Police counted 12,000 people and the organisers 70,000.", 70_000.0, "organisers"),
        ("The ministry put the toll at 41, while Brightwater Aid more than 60.", 60, "aid"),  // an organisation keys by its head word
        ("The police said 3,000 marched and the union 9,000.", 9_000, "union"),
    ])
    func aPartyWithItsVerbLeftOutGivesTheFigure(_ text: String, _ value: Double, _ key: String) {
        let claim = Self.claims(text).first { $0.value.value?.low == value }
        #expect(claim?.attribution?.key == key, "\(text): \(String(describing: claim?.attribution?.key))")
    }

    @Test(arguments: [
        "The strike is costing the port and its customers €30 million a day.",
        "Militants killed 9 people and wounded 40.",
    ])
    func aPossessiveOrAVerbIsNoGappedParty(_ text: String) {
        for claim in Self.claims(text) { #expect(claim.attribution == nil, "\(text): \(String(describing: claim.attribution?.key))") }
    }

    @Test func aVerbAfterAndIsNoParty() {
        let text = "The fire has burned 31,200 hectares, about 77,100 acres, and is 65 per cent contained, the fire service said."
        let claim = Self.claims(text).first { $0.value.value?.low == 65 }
        #expect(claim?.attribution?.key == "fire-service", "\(String(describing: claim?.attribution?.key))")
    }

    /// "In Port Aubel, police said …, and in Varnholt, police counted 1,800": a clause opening with a place sets where
    /// its figures apply; a month sets none.
    @Test(arguments: [
        ("In Port Aubel, police said about 3,000 people had marched, and in Varnholt, police counted 1,800.", 3_000.0, ["Port Aubel"]),
        ("In Port Aubel, police said about 3,000 people had marched, and in Varnholt, police counted 1,800.", 1_800, ["Varnholt"]),
        ("In Kessmoor, 412 homes were destroyed, the council said.", 412, ["Kessmoor"]),
        ("In March, 412 homes were destroyed, the council said.", 412, []),
        ("In the Interior Ministry, 40 staff were suspended.", 40, []),
        // A place right after a figure is its own, in a sentence that names several.
        ("The recall covers 1.1 million vehicles in the United States, 640,000 in Japan and 150,000 in Canada.", 640_000, ["Japan"]),
        ("The recall covers 1.1 million vehicles in the United States, 640,000 in Japan and 150,000 in Canada.", 1_100_000, ["United States"]),
        ("Between 8,000 and 9,000 fighters remain in Iraq and Syria.", 8_000, ["Iraq", "Syria"]),
        // A total before the list of its parts: the parts count what the total counts, and own their places.
        ("The carmaker will recall 2.4 million vehicles worldwide, including 640,000 in Japan and 150,000 in Canada.", 640_000, ["Japan"]),
        ("The carmaker will recall 2.4 million vehicles worldwide, including 640,000 in Japan and 150,000 in Canada.", 2_400_000, []),
        ("Floods displaced 90,000 people across Kenya and Somalia, among them 60,000 in Somalia.", 90_000, ["Kenya", "Somalia"]),
        ("Floods displaced 90,000 people, among them 60,000 in Somalia and 20,000 in Kenya.", 90_000, []),
        ("Floods displaced 90,000 people across Kenya and Somalia, among them 60,000 in Somalia.", 60_000, ["Somalia"]),
    ])
    func aClauseOpeningWithAPlaceSetsItsScope(_ text: String, _ value: Double, _ scope: [String]) {
        let claim = Self.claims(text).first { $0.value.value?.low == value }
        #expect(claim?.scope == scope, "\(text): \(String(describing: claim?.scope))")
    }
}
