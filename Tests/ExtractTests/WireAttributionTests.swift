import Testing
import Model
@testable import Extract

/// Speakers in wire copy from other domains: organisations named earlier ("the authority said") and
/// speakers of a later clause ("while the World Bank put it closer to $15 billion").
struct WireAttributionTests {
    static let ndma = "The National Disaster Management Authority said floods had affected 33 million people."

    static let cases: [WireCase] = [
        // Anaphoric organisations: the last one named with the same head noun.
        WireCase(ndma + " The authority estimated damage at $10 billion.", "$10 billion", "[10000000000,10000000000]", .exact,
                 measure: "damage", speaker: "ndma"),
        WireCase(ndma + " The authority estimated damage at $10 billion to $12 billion, while the World Bank put it closer to $15 billion.",
                 "$10 billion to $12 billion", "[10000000000,12000000000]", .exact, speaker: "ndma"),
        WireCase(ndma + " The authority estimated damage at $10 billion to $12 billion, while the World Bank put it closer to $15 billion.",
                 "closer to $15 billion", "[15000000000,15000000000]", .approx, speaker: "world-bank"),
        WireCase("The World Bank said growth would slow. The bank estimated that 20 million people had fallen into poverty.",
                 "20 million", "[20000000,20000000]", .exact, measure: "people", speaker: "world-bank"),
        WireCase("The Independent Electoral Commission said 14 million voters had registered. The commission said turnout reached 61 percent.",
                 "61 percent", "[61,61]", .exact, speaker: "iec"),
        WireCase("The Independent Electoral Commission said 14 million voters had registered.", "14 million", measure: "people",
                 term: "voters", speaker: "iec"),
        WireCase("The International Organization for Migration called the route the deadliest in the world. The organisation said 2,500 migrants had died on it.",
                 "2,500", measure: "killed", term: "migrants", speaker: "iom"),
        WireCase("Two UN agencies, the World Food Programme and UNICEF, issued a joint appeal. The programme said 500,000 people needed food aid.",
                 "500,000", measure: "people", speaker: "wfp"),
        // A figure's own agent after it, over the sentence's speaker; the party a study is "by".
        WireCase("The University of Teruna estimates that the heatwave caused 2,100 excess deaths, well above the 1,240 given by the National Public Health Agency.",
                 "1,240", measure: "killed", speaker: "npha"),
        WireCase("The union said 9,000 members walked out, against the 6,100 staff counted by the transit authority.",
                 "6,100", speaker: "transit-authority"),
        WireCase("A separate study by researchers at the University of Teruna, published on Tuesday, put the number of excess deaths at 2,600.",
                 "2,600", measure: "killed", speaker: "ut"),
        WireCase("The University of Teruna, however, calculates 2,600 excess deaths.", "2,600", measure: "killed", speaker: "ut"),
        // The owner of a figure noun right before the figure, or of a quoted figure; a place's possessive is none.
        WireCase("The Ostreva Teachers' Union stands by its count of 1,200 vacancies.", "1,200", speaker: "otu"),
        WireCase("The union's count of 1,200 vacancies and the ministry's \"fewer than 400\" measure different things.",
                 "fewer than 400", speaker: "ministry"),
        WireCase("The union's own count of 9,000 strikers was not disputed.", "9,000", speaker: "union"),
        WireCase("The country's 23 million people face shortages.", "23 million", speaker: ""),
        // "be short of" states a shortage, not a bound.
        WireCase("Schools in the region are short of 1,200 teachers, the union said.", "1,200", "[1200,1200]", .exact, speaker: "union"),
        // Unresolved: an anonymous speaker that keeps its head noun.
        WireCase("The ministry said 45 people had died in the floods.", "45", "[45,45]", .exact, speaker: "ministry"),
        // The reporting verb before its subject, after a comma, as wire copy and translations write it.
        WireCase("Nine people drowned when the boat overturned, said the river police.", "Nine", speaker: "river-police"),
        WireCase("At least 30 people lost their lives, has announced the civil protection of Varnia.", "At least 30", measure: "killed",
                 speaker: "civil-protection"),
        WireCase("Some 1,200 workers walked out, reported the agency on Tuesday.", "Some 1,200", term: "workers", speaker: "agency"),
        WireCase("Fourteen people were hurt, said a spokeswoman for the fire brigade.", "Fourteen", speaker: "fire-brigade"),
        WireCase("Turnout reached 58%, said the electoral commission.", "58%", speaker: "electoral-commission"),
        // A verb that takes a hearer after the comma names no speaker.
        WireCase("The inspector counted 40 faults, told the court.", "40", speaker: ""),
        WireCase("The union said 250,000 workers walked out on Tuesday.", "250,000", measure: "people", term: "workers",
                 speaker: "union", eventDate: "2023-03-07"),
        WireCase("The army said it had killed 22 insurgents on Saturday.", "22", measure: "killed", term: "insurgents",
                 speaker: "army", eventDate: "2023-03-11"),
        // A short parenthesis after the speaker ("(CANS)", "(pictured)") is no part of it.
        WireCase("Calverian Air Navigation Services (CANS) said at least 380 flights had been cancelled by the evening.",
                 "at least 380", speaker: "cans"),
        WireCase("The World Health Organization (WHO) said 1,200 cases had been confirmed.", "1,200", speaker: "who"),
        // A credit after the clause it credits speaks over a document verb inside the clause; a plain credit
        // inside the clause keeps the figure.
        WireCase("Its own review had found 9,800 patients whose care had been delayed, the trust said, and the rest were duplicates.",
                 "9,800", speaker: "trust"),
        WireCase("Of those, 38% had waited more than a year for treatment, the audit office found.", "38%", speaker: "audit-office"),
        WireCase("About 12,000 people marched through the capital, the interior ministry said on Saturday.", "About 12,000",
                 speaker: "interior-ministry"),
        WireCase("The union said 4,000 workers walked out, a figure that rose by noon, officials said.", "4,000", speaker: "union"),
        // A credit between commas before a contrast still speaks for the clause before it.
        WireCase(ndma + " At least 23 patients died while they were waiting, it said, although the report did not conclude that the delays caused it.",
                 "At least 23", speaker: "ndma"),
        // Clause-level attribution.
        WireCase("Police said between 3,000 and 5,000 protesters had gathered, while organisers claimed as many as 20,000 took part.",
                 "between 3,000 and 5,000", "[3000,5000]", .exact, measure: "people", term: "protesters", speaker: "police"),
        WireCase("Police said between 3,000 and 5,000 protesters had gathered, while organisers claimed as many as 20,000 took part.",
                 "as many as 20,000", "(,20000]", .upTo, measure: "people", term: "protesters", speaker: "organisers"),
        WireCase("The government put the number of displaced at 1.2 million, but aid agencies said it was closer to 2 million.",
                 "1.2 million", "[1200000,1200000]", .exact, measure: "people", speaker: "government"),
        WireCase("The government put the number of displaced at 1.2 million, but aid agencies said it was closer to 2 million.",
                 "closer to 2 million", "[2000000,2000000]", .approx, measure: "people", speaker: "aid-agencies"),
        WireCase("Hospital officials said 120 patients had been evacuated, while the health ministry put the figure at 150.",
                 "120", measure: "evacuated", term: "patients evacuated", speaker: "hospital-officials"),
        WireCase("Hospital officials said 120 patients had been evacuated, while the health ministry put the figure at 150.",
                 "150", "[150,150]", .exact, measure: "evacuated", term: "patients evacuated", speaker: "health-ministry"),
        WireCase("Shares fell 3 percent, but analysts said the company could raise $2 billion.", "$2 billion", speaker: "analysts"),
        WireCase("Shares fell 3 percent, but analysts said the company could raise $2 billion.", "3 percent", speaker: ""),
        WireCase("Five hundred fighters remain in the area, but many have fled, the army said.", "Five hundred",
                 measure: "fighters", speaker: "army"),
        WireCase("Officials put the death toll at 45.", "45", "[45,45]", .exact, measure: "killed", speaker: "officials"),
        WireCase("“We counted 78,000 demonstrators,” said Maria Lopez, a spokeswoman for the organisers.", "78,000",
                 measure: "people", term: "demonstrators", speaker: "lopez"),
        WireCase("The company said revenue rose 12% to €4.34bn.", "€4.34bn", "[4340000000,4340000000]", .exact,
                 measure: "revenue", speaker: "company"),
        WireCase("Officials said up to 1,500 troops had crossed the border.", "up to 1,500", "(,1500]", .upTo,
                 measure: "fighters", speaker: "officials"),
        WireCase("Rescuers said 30 people were pulled alive from the rubble, and the agency said 12 more remained trapped.", "12",
                 measure: "people", term: "people", speaker: "agency"),
        WireCase("Organisers said 100,000 marched, but police put the crowd at 20,000.", "100,000", measure: "people",
                 speaker: "organisers"),
        WireCase("Organisers said 100,000 marched, but police put the crowd at 20,000.", "20,000", measure: "people",
                 speaker: "police"),
        WireCase("The strike involved 12,000 nurses, according to the Royal College of Nursing. The college said a further 5,000 staff would join.",
                 "5,000", measure: "people", term: "staff", speaker: "rcn"),
        WireCase("Turnout was 62%, the commission said, up from 55% in 2018.", "55%", speaker: "commission", eventDate: "2018"),
        // The agent of a document after "according to": "a report published yesterday by X".
        WireCase("According to a survey published on Monday by the Rowan Housing Institute, 41% of tenants were behind on rent.",
                 "41%", speaker: "rhi"),
        WireCase("According to an analysis released last week by the Pelham Water Board, 3,200 homes lost their supply.",
                 "3,200", speaker: "pwb"),
        WireCase("According to a study by the Marsh Road Clinic, 60 patients fell ill.", "60", speaker: "mrc"),
        // An "It" after a sentence opened by an organisation named earlier by its head noun; "and" inside a name.
        WireCase("Inspectors visited the Dunmore and Kells Hospitals Trust in May. The trust rejected the findings. It told "
                 + "reporters that 140 beds had been unused.", "140", speaker: "dkht"),
        // An "it" after a colon: the organisation named nearest before it in the sentence.
        WireCase("Shipping lines said 900 containers were stranded, a number the Coastal Freight Association rejected: it put "
                 + "the total at more than 2,000.", "more than 2,000", speaker: "cfa"),
        WireCase("Shipping lines said 900 containers were stranded, a number the Coastal Freight Association rejected: it put "
                 + "the total at more than 2,000.", "900", speaker: "shipping-lines"),
        // "raised the number of injured to 131": a party's revision speaks as "said" does; a cause does not.
        WireCase("The interior ministry raised the number of injured to 64, citing late hospital reports.", "64", speaker: "interior-ministry"),
        WireCase("Coastguards later revised the death toll to 19.", "19", speaker: "coastguards"),
    ]

    @Test(arguments: cases)
    func claimHasItsSpeaker(_ c: WireCase) {
        #expect(c.problems().isEmpty, "\(c.problems())")
    }

    @Test func unresolvedOrganisationIsAnonymous() {
        let claim = Fixture.claims("The ministry said 45 people had died in the floods.").first
        #expect(claim?.attribution?.kind == .unknown)
        #expect(claim?.attribution?.name == "the ministry")
    }

    @Test func resolvedOrganisationKeepsItsName() {
        let claim = Fixture.claims(Self.ndma + " The authority estimated damage at $10 billion.").last
        #expect(claim?.attribution?.name == "National Disaster Management Authority")
        #expect(claim?.attribution?.kind == .organization)
    }

    @Test func clauseSpeakerBecomesTheLastNamed() {
        let text = "Police said 3,000 people had gathered, while the Interior Ministry put it at 4,000. The ministry said 200 people were arrested."
        #expect(Fixture.claims(text).last?.attribution?.key == "im")
    }
}
