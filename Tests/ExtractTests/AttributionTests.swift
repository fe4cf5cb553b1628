import Testing
import Model
@testable import Extract

/// Speakers from reporting patterns, normalised to one key per person, organisation or report.
struct AttributionTests {
    /// The speaker key of the last sentence of a short article.
    static func key(_ sentences: [String]) -> String? {
        var state = ArticleState(dates: DateContext(published: Fixture.reference))
        let analyzer = SentenceAnalyzer(config: ShippedConfig.standard)
        var last: Speaker?
        for s in sentences { last = analyzer.analyse(s, state: &state).speaker }
        return last?.key
    }

    static let cases: [([String], String?)] = [
        // A reporting participle after a comma speaks with the sentence's subject.
        (["The Brackenford Transit Workers Union disputed that, saying over 9,000 members had walked out."], "btwu"),
        (["Hassan Hassan rejected the estimate, arguing the group had 7,000 members."], "hassan"),
        (["Prices rose sharply, adding 2% to inflation."], nil),
        (["The Seismological Institute has recorded more than 60 aftershocks since Monday."], "si"),
        (["The Brackenford Chamber of Commerce estimated the cost at £30m a day."], "bcc"),
        (["Iraqi General Qais al-Mohamadawi said 500 fighters were still active."], "mohamadawi"),
        (["Gen Mohamadawi said the group had lost its ability to recruit."], "mohamadawi"),
        (["General Mohamadawi told a press conference that 400 fighters remained."], "mohamadawi"),
        (["But Iraqi General Qais Al-Mohamadawi stressed that the group was weak."], "mohamadawi"),
        (["Speaking at a press conference, General Mohamadawi, the deputy commander of the unit, said that 500 remain."], "mohamadawi"),
        (["\"The threat is real,\" said Hassan, a senior fellow at the institute."], "hassan"),
        (["\"We are winning,\" Trump said."], "trump"),
        (["US President Donald Trump said the caliphate had collapsed."], "trump"),
        (["Defense Secretary Jim Mattis said in December that forces were advancing."], "mattis"),
        (["Secretary of State Rex Tillerson, laying out the strategy, said troops would stay."], "tillerson"),
        (["Hisham al-Hashimi, an adviser to the government, said that 1,000 fighters remain."], "hashimi"),
        (["Prime Minister Jane Doe announced 200 new posts."], "doe"),
        (["Police spokesman Ali Hassan told reporters 12 people died."], "hassan"),
        (["\"The toll will rise,\" warned Dr. Maria Lopez, a health official."], "lopez"),
        (["The toll could rise, according to Health Minister Sara Mendes."], "mendes"),
        (["According to a UN report, the group has 5,000 members."], "un-report"),
        (["The United Nations, in a report published last month, said the group has 5,000 members."], "un-report"),
        (["The United Nations estimated in a report that the group has 5,000 members."], "un-report"),
        (["UN estimates, unveiled in a report published in February, mentioned 5,000 members."], "un-report"),
        (["Reserves are thin, according to a United Nations report published last month."], "un-report"),
        (["A UN report was published on Monday.", "The report said the group still operates cells of 30."], "un-report"),
        (["A UN report was published on Monday.", "It said the group still operates cells of 30."], "un-report"),
        (["A UN report was published on Monday.", "According to this report, the group is weak."], "un-report"),
        (["The European Union said it would send 50 observers."], "eu"),
        (["NATO said 3,000 troops would deploy."], "nato"),
        (["The World Health Organization reported 120 deaths."], "who"),
        (["NBC News reported that the group had collapsed."], "nbc-news"),
        (["The Kremlin said in a statement that talks would resume."], "kremlin"),
        (["A senior military official estimated Sunday that 500 fighters remain."], "senior-military-official"),
        (["According to a senior Iraqi military official, 500 fighters remain."], "senior-military-official"),
        (["US officials say they estimate the group's strength at 6,000."], "us-officials"),
        (["General Mohamadawi spoke on Sunday.", "\"We are winning,\" he added at a press conference."], "mohamadawi"),
        (["Trump spoke on Friday.", "But he also said the war was not over."], "trump"),
        (["Sakaki Motor Corp. said on Wednesday it would recall 2.4 million vehicles."], "smc"),
        (["Sakaki Motor Corp. said on Wednesday it would recall 2.4 million vehicles.",
          "The recall covers 1.1 million vehicles in the United States, the carmaker said."], "smc"),
        (["Calloway Mills said it would close the plant.", "The company said 640 jobs would go."], "cm"),
        // An appositive after a name that ends in a common noun; a day between subject and verb.
        (["Larkspur Travel Group, Wendmark's biggest online holiday company, said hackers stole 2 million records."], "ltg"),
        (["Larkspur last Friday raised its count of stolen records to 6.3 million."], "larkspur"),
        (["The ministry on Monday revised its death toll to 41."], "ministry"),
        (["The airline raised its estimate of stranded passengers to 12,000."], "airline"),
        // A person "of" an organisation is the person.
        (["Hana Lisowski of Greyfell Labs said as many as 9.4m records were taken."], "lisowski"),
        (["The researcher Hana Lisowski of the firm Greyfell Labs, who found the data, maintains that 9.4m records were taken."], "lisowski"),
        (["The Bank of England said 400 staff had left."], "be"),
        // The owner of a document speaks for it.
        (["The regulator's decision notice says 325,000 customers were affected."], "regulator"),
        (["Larkspur admits hackers took 2 million customer records"], "larkspur"),
        (["On Tuesday the coast guard had spoken of 78 rescued."], "coast-guard"),
        // One who speaks for an organisation by office gives its figures.
        (["Norrlake's spokesman, Jon Asker, said fewer than 120 containers had burned."], "norrlake"),
        (["A spokeswoman for the Interior Ministry, Ana Ruiz, said 40 people were arrested."], "im"),
        (["Jon Asker, a spokesman, said 40 people left."], "asker"),
        // A day that opens the sentence is no part of the speaker's name.
        (["Last Friday Larkspur raised its count of stolen records to 6.3 million."], "larkspur"),
        (["On Monday Police Scotland said 40 people were arrested."], "ps"),
        (["The general referred to an operation on February 26."], nil),
        (["Daesh is estimated to have 5,000 members."], nil),
        (["22 jihadists were killed during the raid."], nil),
        (["Experts both in and outside the government warn that the group remains lethal."], nil),
    ]

    @Test(arguments: cases)
    func speakerKey(_ sentences: [String], _ expected: String?) {
        #expect(Self.key(sentences) == expected)
    }

    /// Headlines credit their source after a dash or a colon; a lower-case credit names no party.
    static let headlines: [(String, String?, Speaker.Kind?)] = [
        ("Over 10,000 rebels still in the hills - experts", "experts", .unknown),
        ("Up to 500 fighters still active in the north: military", "military", .unknown),
        ("Flood toll rises to 41 – Interior Ministry", "interior-ministry", nil),
        ("Up to 9,000 rebels still active, army says", "army", nil),
        ("Strike halts 90% of container traffic", nil, nil),
        ("Turnout hits 61%: what it means for the recount", nil, nil),
    ]

    @Test(arguments: headlines)
    func headlineCreditIsItsSpeaker(_ headline: String, _ key: String?, _ kind: Speaker.Kind?) {
        var state = ArticleState(dates: DateContext(published: Fixture.reference))
        let speaker = SentenceAnalyzer(config: ShippedConfig.standard).analyse(headline, state: &state).speaker
        if let key {
            let named = speaker.map { $0.name.lowercased().split(separator: " ").joined(separator: "-") }
            #expect(speaker?.key == key || named == key, "\(headline): \(String(describing: speaker))")
            if let kind { #expect(speaker?.kind == kind) }
        } else {
            #expect(speaker == nil, "\(headline): \(String(describing: speaker))")
        }
    }

    @Test func generalVariantsShareOneKeyAndTheFullestName() {
        let source = Fixture.source([
            "Iraqi General Qais al-Mohamadawi said up to 500 fighters remain.",
            "Gen Mohamadawi said 400 fighters were in three provinces.",
        ])
        let claims = Fixture.extractor.extract(from: source).claims
        #expect(Set(claims.compactMap(\.attribution?.key)) == ["mohamadawi"])
        #expect(claims.last?.attribution?.name == "Qais al-Mohamadawi")
        #expect(claims.last?.attribution?.kind == .person)
    }

    @Test func foldingDropsParticlesAndPossessives() {
        #expect(SpeakerNames.fold("al-Mohamadawi") == "mohamadawi")
        #expect(SpeakerNames.fold("Al-Mohamadawi") == "mohamadawi")
        #expect(SpeakerNames.fold("el-Sisi") == "sisi")
        #expect(SpeakerNames.fold("Hassan’s") == "hassan")
    }

    /// "This was announced by X": the agent speaks for the figures of the sentence before, which no one was credited with.
    @Test(arguments: [
        ("The number of confirmed infections in the province has reached 1,150. This was announced yesterday by the Ministry of Health.",
         1_150.0, "ministry-of-health"),
        ("Some 4,200 homes are without power. That figure was confirmed by the Electricity Board on Sunday.", 4_200, "electricity-board"),
        ("At least 37 people died in the floods. It was reported by the civil protection agency.", 37, "civil-protection-agency"),
    ])
    func aPassiveAgentPointingBackSpeaksForTheSentenceBefore(_ text: String, _ value: Double, _ key: String) {
        let claim = Fixture.claims(text).first { $0.value.value?.low == value }
        let named = claim?.attribution.map { $0.name.lowercased().split(separator: " ").filter { $0 != "the" }.joined(separator: "-") }
        #expect(claim?.attribution?.key == key || named == key, "\(text): \(String(describing: claim?.attribution))")
    }

    /// Whose figure a figure noun gives: a plural possessive ("the organisers' estimate of") and a party noun before
    /// the figure noun ("the police figure of", "the union count of").
    @Test(arguments: [
        ("Thousands marched on Saturday. The organisers' estimate of 90,000 was far above the police figure of 30,000.", 90_000.0, "organisers"),
        ("Thousands marched on Saturday. The organisers' estimate of 90,000 was far above the police figure of 30,000.", 30_000, "police"),
        ("The union count of 1,200 vacancies is three times the ministry's.", 1_200, "union"),
        ("Some 4,000 staff walked out. The government figure of 2,600 includes only full-time workers.", 2_600, "government"),
        // "according to" right after the figure (or its noun) credits that figure, up to the sentence's verb.
        ("The interior ministry counted 1.2 million demonstrators nationwide, against 3.5 million according to the CGT union.", 3_500_000, "cgt-union"),
        ("The interior ministry counted 1.2 million demonstrators nationwide, against 3.5 million according to the CGT union.", 1_200_000, "interior-ministry"),
        ("The ministry said 1.2 million took part, while 3.5 million people according to the unions marched across the country.", 3_500_000, "unions"),
    ])
    func aPartyNounBeforeAFigureNounGivesTheFigure(_ text: String, _ value: Double, _ key: String) {
        let claim = Fixture.claims(text).first { $0.value.value?.low == value }
        let named = claim?.attribution?.name.lowercased().split(separator: " ").filter { $0 != "the" }.joined(separator: "-")
        #expect(named == key || claim?.attribution?.key == key, "\(text): \(String(describing: claim?.attribution))")
    }

    /// With no name before them, "the police" and "the organisers" are parties of their own (a dispute needs them),
    /// where "the agency" is an unnamed source that joins the named party whose figure it tells.
    @Test(arguments: [
        ("Organisers said 90,000 people took part; police said 30,000.", 30_000.0, Speaker.Kind.organization),
        ("Thousands marched on Saturday. The organisers' estimate of 90,000 was far above the police figure of 30,000.", 30_000, .organization),
        ("The agency said 3,200 homes had been evacuated.", 3_200, .unknown),
    ])
    func aRoleNamesAPartyAndAGenericHeadNone(_ text: String, _ value: Double, _ kind: Speaker.Kind) {
        let claim = Fixture.claims(text).first { $0.value.value?.low == value }
        #expect(claim?.attribution?.kind == kind, "\(text): \(String(describing: claim?.attribution))")
    }

    @Test(arguments: [
        // A figure already credited keeps its speaker; a "by" that is no agent of a report credits nothing.
        ("Police said 8,000 people took part. This was disputed by the organisers.", 8_000.0, "police"),
        ("About 300 homes were flooded. This was caused by the storm.", 300, nil),
    ] as [(String, Double, String?)])
    func aBackReferenceNeverOverridesOrInvents(_ text: String, _ value: Double, _ key: String?) {
        let claim = Fixture.claims(text).first { $0.value.value?.low == value }
        #expect(claim?.attribution?.key == key, "\(text): \(String(describing: claim?.attribution))")
    }

    /// With no one reported as saying it, an amount a named organisation gives, pays or fines is that organisation's.
    @Test(arguments: [
        ("The Aldmark Development Fund pledged €40 million for reconstruction.", "Aldmark Development Fund"),
        ("The Financial Conduct Authority fined the bank £9.5m on Tuesday.", "Financial Conduct Authority"),
        ("The Harrowgate Foundation has also promised $5 million.", "Harrowgate Foundation"),
        ("The Harrowgate Foundation from the United States promised $5 million.", "Harrowgate Foundation"),
        // A reported speaker stays the speaker; a person's act credits no organisation.
        ("Police said the Kestrel Group paid £2m to the victims.", "Police"),
        ("Maria Lind pledged €5,000 of her own money.", nil),
    ] as [(String, String?)])
    func anOrganisationsOwnActCreditsItsAmount(_ text: String, _ name: String?) {
        let claim = Fixture.claims(text).first { $0.value.kind == .money }
        #expect(claim != nil, "\(text)")
        #expect(claim?.attribution?.name == name, "\(text): \(String(describing: claim?.attribution))")
    }

    @Test func reportKindIsReport() {
        let claims = Fixture.claims("According to a UN report, the group has 5,000 members.")
        #expect(claims.first?.attribution?.kind == .report)
    }
}
