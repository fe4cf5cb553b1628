import Testing
import Model
@testable import Extract

/// What a figure counts (measure and term as written), where (scope), and its topic.
struct MeasureTests {
    struct Case: CustomStringConvertible, Sendable {
        var sentence: String
        var measure: String?
        var term: String
        var scope: [String]
        var description: String { sentence }
        init(_ sentence: String, _ measure: String?, _ term: String, _ scope: [String] = []) {
            self.sentence = sentence; self.measure = measure; self.term = term; self.scope = scope
        }
    }

    static let cases: [Case] = [
        // A unit of length between the figure and its noun says how it is measured, not what.
        Case("The march covered a 4.2km route from the square.", "route", "route"),
        Case("The route is 4.2 km long.", "route", "route"),
        // A verb of change right after its subject; a present-tense verb is no noun.
        Case("Health: spending rises to €15.3bn next year.", "spending", "spending"),
        Case("Quarterly revenue fell to $4bn.", "revenue", "revenue"),
        Case("The company paid $5m to settle the claim.", "payment", "payment"),
        // A verb of state links its subject to the level it holds at.
        Case("Inflation remained at 2.1% in May.", "inflation", "Inflation"),
        Case("Unemployment stayed above 5% all year.", "unemployment", "Unemployment"),
        Case("The unemployment rate hovered around 4% through the summer.", "unemployment", "unemployment"),
        // A unit of length and a time adverb after a figure leave the frame to name it.
        Case("Water levels dropped 10 to 20 centimetres overnight.", "level", "levels"),
        Case("Up to 500 Islamic State (IS) fighters were still in Iraq.", "fighters", "fighters", ["Iraq"]),
        Case("The group has between 400 and 500 active fighters in Iraq.", "fighters", "active fighters", ["Iraq"]),
        Case("Some 7,000 ISIS-loyalists remain in Iraq and Syria.", "members", "loyalists", ["Iraq", "Syria"]),
        Case("It still has 5,000 to 7,000 members and supporters across Iraq and Syria.", "members", "members and supporters", ["Iraq", "Syria"]),
        Case("About 2,000 jihadists crossed into Mali.", "fighters", "jihadists", ["Mali"]),
        Case("Over 10,000 ISIS terrorists are still in Iraq, Syria.", "fighters", "terrorists", ["Iraq", "Syria"]),
        Case("Around 300 combatants surrendered in Idlib province.", "fighters", "combatants", ["Idlib"]),
        Case("Hundreds of militants attacked a base in Burkina Faso.", "fighters", "militants", ["Burkina Faso"]),
        Case("The movement claims 20,000 followers in Nigeria.", "members", "followers", ["Nigeria"]),
        Case("Officials said 150 recruits had joined since January.", "members", "recruits"),
        Case("The army killed 22 IS fighters in Al-Anbar province.", "killed", "fighters", ["Anbar"]),
        Case("A February 26 operation killed 22 Daesh members.", "killed", "members"),
        Case("22 jihadists were killed during the intervention.", "killed", "jihadists"),
        Case("The blast in Baghdad killed 100.", "killed", "killed"),
        Case("The quake left 300 dead in Turkey and Syria.", "killed", "dead", ["Turkey", "Syria"]),
        Case("The death toll of 45 is expected to rise.", "killed", "death toll of"),
        Case("The group operates cells of up to 30 individuals across Syria.", "cell-size", "individuals", ["Syria"]),
        Case("It maintains cells with 15 to 30 members in the desert.", "cell-size", "members"),
        Case("Fighters move in groups of 10 to 15 men.", "cell-size", "men"),
        Case("The total number of IS fighters did not exceed 500.", "fighters", "fighters"),
        Case("The actual number of ISIS-loyalists in Iraq and Syria is closer to 10,000.", "members", "loyalists", ["Iraq", "Syria"]),
        Case("Recent estimates of active ISIS terrorists have ranged from 3,000 to 1,000.", "fighters", "terrorists"),
        Case("The report estimated the group's cash reserves at $50 million.", "cash-reserves", "cash reserves"),
        Case("Its dwindling cash reserves were estimated at between $25 million and $50 million.", "cash-reserves", "cash reserves"),
        Case("The group generated some $30 million per month in Iraq from taxation and extortion.", "revenue", "generated", ["Iraq"]),
        Case("Smuggling earned the network $12 million in 2016.", "revenue", "earned"),
        Case("Oil revenue reached $40 million a month in Syria.", "revenue", "revenue", ["Syria"]),
        Case("The European Union pledged €500 million to Ukraine.", "pledge", "pledge", ["Ukraine"]),  // the donor is not the scope; the verb names the sum
        Case("US General Mark Lee said 300 soldiers were killed in Somalia.", "killed", "soldiers", ["Somalia"]),
        Case("US officials estimate that 2,000 militants remain in Somalia.", "fighters", "militants", ["Somalia"]),
        Case("Iraqi forces said 40 militants were captured near the Syrian border.", "fighters", "militants", []),
        Case("The ransom was set at £2 million.", "ransom", "ransom"),
        // Open vocabulary: what no configured measure names is named by its frame or counted noun.
        Case("Turnout reached 62% in Kenya.", "turnout", "Turnout", ["Kenya"]),
        Case("The party won 41 percent of the vote in Poland.", "vote", "vote", ["Poland"]),
        Case("US-backed forces freed 400 hostages near the Iraqi-Syrian border.", "hostage", "hostages"),
        Case("The army deployed 3,000 troops to the Sahel.", "fighters", "troops", ["Sahel"]),
        Case("Some 600 soldiers from Chad and Niger joined the force.", "fighters", "soldiers", ["Chad", "Niger"]),
        Case("Thousands of alleged IS fighters are held in camps in Syria.", "fighters", "fighters", ["Syria"]),
        Case("Nearly 40 gunmen stormed a village in the Democratic Republic of the Congo.", "fighters", "gunmen", ["Democratic Republic of the Congo"]),
    ]

    @Test(arguments: cases)
    func figureMapsToMeasureTermAndScope(_ c: Case) throws {
        let claims = Fixture.claims(c.sentence)
        let claim = try #require(claims.first, "no claim in \(c.sentence)")
        #expect(claim.measure == c.measure)
        #expect(claim.term == c.term)
        #expect(claim.scope == c.scope)
    }

    @Test func topicComesFromConfig() {
        #expect(Fixture.claims("Up to 500 fighters remain.").first?.topic == "fighters")
        #expect(Fixture.claims("Its cash reserves stand at $50 million.").first?.topic == "finances")
        #expect(Fixture.claims("Turnout reached 62%.").first?.topic == nil)
    }

    @Test func userAddedMeasureNeedsNoSwift() {
        let extractor = Extractor(config: ShippedConfig.withCasualties)
        let claim = extractor.analyse(text: "Police said 15,000 demonstrators marched in Paris.", reference: nil).claims.first
        #expect(claim?.measure == "protesters")
        #expect(claim?.topic == "crowds")
        #expect(claim?.value.value?.unit == "people")
    }

    @Test func loyalistsAreNotFighters() {
        let claims = Fixture.claims("Some 7,000 loyalists and 3,000 fighters remain.")
        #expect(claims.map(\.measure) == ["members", "fighters"])
    }

    /// "Some 40 percent of the 1,200 homes": the percentage is a share of homes, and the count it gives is of homes,
    /// not of people.
    @Test func aPercentageOfACountIsAShareOfWhatItCounts() throws {
        let source = Fixture.source(["Some 40 percent of the 1,200 homes in the district were damaged."])
        let claims = Fixture.extractor.extract(from: source).claims
        let share = try #require(claims.first { $0.value.unit == "percent" })
        #expect(share.measure == "home" && share.value.low == 40)
        let derived = try #require(claims.first { $0.derivedFrom != nil })
        #expect(derived.value.low == 480 && derived.measure == "home")
        #expect(derived.value.unit == nil, "homes are no people: \(String(describing: derived.value.unit))")
    }

    @Test func shareOfQuantityJustMentionedIsDerived() throws {
        let source = Fixture.source(["The UN said the group has 5,000 to 7,000 members and supporters, roughly half of whom are fighters."])
        let claims = Fixture.extractor.extract(from: source).claims
        try #require(claims.count == 2)
        #expect(claims[0].measure == "members")
        #expect(claims[1].measure == "fighters")
        #expect(claims[1].value.notation == "[2500,3500]")
        #expect(claims[1].value.qualifier == .approx)
        #expect(claims[1].derivedFrom == claims[0].id)
        #expect(claims[1].text == "roughly half")
    }

    @Test func claimIdsSpansAndTextsAgree() {
        let sentence = "Officials said up to 500 fighters and some 7,000 loyalists remain."
        let source = Fixture.source(["No figures here.", sentence], id: "src")
        let claims = Fixture.extractor.extract(from: source).claims
        #expect(claims.map(\.id.rawValue) == ["src-s1-1", "src-s1-2"])
        for claim in claims {
            #expect(claim.sentence == 1)
            let chars = Array(sentence)
            #expect(String(chars[claim.span.start..<claim.span.end]) == claim.text)
        }
        // A count is quoted with the noun it counts when that noun follows it; `term` holds the noun alone.
        #expect(claims.map(\.text) == ["up to 500 fighters", "some 7,000 loyalists"])
        #expect(claims.map(\.term) == ["fighters", "loyalists"])
    }

    /// The quoted count stops where its noun does, and stays the bare figure when no noun follows it.
    @Test(arguments: [
        ("Mobile clinics have been set up in three towns to vaccinate people.", "three towns"),
        ("Police said 3,500 damaged homes had been counted.", "3,500 damaged homes"),
        ("Between 8,000 and 9,000 individuals were still in the camps.", "Between 8,000 and 9,000 individuals"),
        ("Police claimed 41,000 took part.", "41,000"),
        ("Organisers put the crowd at 100,000.", "100,000"),
        ("The ministry's toll is three times the figure the agency gave.", "three times"),
    ])
    func aCountIsQuotedWithTheNounItCounts(_ sentence: String, _ quoted: String) {
        let source = Fixture.source([sentence], id: "src")
        let texts = Fixture.extractor.extract(from: source).claims.map(\.text)
        #expect(texts.contains(quoted), "\(sentence): \(texts)")
    }
}
