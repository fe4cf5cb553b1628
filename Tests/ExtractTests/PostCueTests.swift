import Testing
import Model
@testable import Extract

/// Cues written after a figure ("at least 45 people were killed"), cues that govern a figure from earlier
/// in its clause ("the death toll … had risen to 61"), and inflected cues ("injuring 27"), in wire copy on
/// disasters, conflict, protests, accidents and health.
struct PostCueTests {
    struct Case: CustomStringConvertible, Sendable {
        var sentence: String
        var figure: String
        /// `.some(nil)` expects no measure; a missing claim passes only then.
        var measure: String?
        var term: String?
        var description: String { "\(figure) in \(sentence)" }
        init(_ sentence: String, _ figure: String, _ measure: String?, term: String? = nil) {
            self.sentence = sentence; self.figure = figure; self.measure = measure; self.term = term
        }

        /// Problems with the case under a configuration; empty when it holds.
        func problems(_ extractor: Extractor) -> [String] {
            let claims = extractor.analyse(text: sentence, reference: Fixture.reference).claims
            guard let c = claims.first(where: { $0.value.text == figure }) else {
                return measure == nil ? [] : ["no claim \"\(figure)\"; claims: \(claims.map(\.value.text))"]
            }
            var out: [String] = []
            if c.measure != measure { out.append("measure \(c.measure ?? "nil") ≠ \(measure ?? "nil")") }
            if let term, c.term != term { out.append("term \(c.term) ≠ \(term)") }
            return out
        }
    }

    static let humanitarian = Extractor(config: ShippedConfig.humanitarian)

    static let cases: [Case] = [
        // Killed, dead, died.
        Case("At least 45 people were killed when a suicide bomber struck a market in Kabul.", "At least 45", "killed", term: "people"),
        Case("Officials said at least 45 died after the ferry capsized.", "at least 45", "killed", term: "died"),
        Case("At least 45 were killed in the attack, the ministry said.", "At least 45", "killed", term: "killed"),
        Case("Some 120 people are feared dead after the landslide.", "Some 120", "killed", term: "people"),
        Case("The floods left 30 civilians dead in the north.", "30", "killed", term: "civilians"),
        Case("Twelve soldiers were killed in an ambush near the border.", "Twelve", "killed", term: "soldiers"),
        Case("About 22 people in the village were killed overnight.", "About 22", "killed", term: "people"),
        Case("Nine passengers have reportedly been killed in the crash.", "Nine", "killed", term: "passengers"),
        Case("At least 45 people were killed and dozens injured in the attack.", "At least 45", "killed"),
        Case("The death toll from Friday's earthquake in the mountains had risen to 61, the interior ministry said.", "61", "killed"),
        Case("The number of dead rose to 61 on Sunday.", "61", "killed"),
        Case("The death toll stood at 2,300 on Tuesday.", "2,300", "killed"),
        Case("The number of people killed in the floods has climbed to 130.", "130", "killed"),
        Case("The death toll in the quake-hit province of Hatay had risen to 3,400.", "3,400", "killed"),
        // Injured, wounded.
        Case("At least 14 people were killed and 80 injured.", "80", "injured", term: "injured"),
        Case("More than 200 people were wounded in the blasts.", "More than 200", "injured", term: "people"),
        Case("The strike killed 12 and wounded 30.", "30", "injured"),
        Case("The explosion killed four people, injuring 27 others.", "27", "injured"),
        Case("Some 300 fighters were wounded in the clashes.", "Some 300", "injured", term: "fighters"),
        Case("About 60 police officers were injured during the protests.", "About 60", "injured", term: "officers"),
        // Missing.
        Case("Forty people were still missing on Sunday.", "Forty", "missing", term: "people"),
        Case("At least 23 fishermen remain missing after the storm.", "At least 23", "missing", term: "fishermen"),
        Case("Rescuers said 12 were missing.", "12", "missing", term: "missing"),
        Case("Some 150 migrants are missing at sea, the IOM said.", "Some 150", "missing", term: "migrants"),
        Case("The number of people missing reached 40 by Monday evening.", "40", "missing"),
        // Displaced, evacuated.
        Case("Some 12,000 residents have been displaced by the fighting.", "Some 12,000", "displaced", term: "residents"),
        Case("About 2,000 people were evacuated from coastal villages.", "About 2,000", "displaced", term: "people"),
        Case("Authorities evacuated 5,000 residents ahead of the storm.", "5,000", "displaced", term: "residents"),
        Case("The floods displaced 80,000 people in Pakistan.", "80,000", "displaced", term: "people"),
        Case("An estimated 40,000 people have now been displaced.", "An estimated 40,000", "displaced"),
        Case("Some 12,000 residents of the district have been displaced.", "Some 12,000", "displaced", term: "residents"),
        Case("The toll of displaced people now stands at 90,000.", "90,000", "displaced"),
        Case("Some 200 people were killed, while 1,500 were evacuated.", "1,500", "displaced"),
        // Arrested, detained.
        Case("Police said 300 were arrested.", "300", "arrested", term: "arrested"),
        Case("More than 1,000 protesters have been detained since Friday.", "More than 1,000", "arrested", term: "protesters"),
        Case("Authorities arrested 57 people over the riots.", "57", "arrested", term: "people"),
        Case("At least 40 demonstrators were reportedly detained.", "At least 40", "arrested", term: "demonstrators"),
        // Rescued.
        Case("Coast guards said 23 fishermen were rescued on Monday.", "23", "rescued", term: "fishermen"),
        Case("Some 90 migrants were rescued off the Libyan coast.", "Some 90", "rescued", term: "migrants"),
        // Infected, cases.
        Case("The ministry said 1,200 people tested positive for cholera.", "1,200", "cases", term: "people"),
        Case("Nearly 3,000 people were infected in the outbreak.", "Nearly 3,000", "cases", term: "people"),
        Case("The health ministry reported 450 new cases on Tuesday.", "450", "cases", term: "cases"),
        Case("A further 85 people have been infected, officials said.", "85", "cases"),
        // Not cues: the figure keeps its term, or none.
        Case("Around 500 people attended the funeral.", "Around 500", "people", term: "people"),
        Case("About 3,000 people live there.", "About 3,000", "people", term: "people"),
        Case("More than 500 fighters killed 20 civilians.", "More than 500", "fighters", term: "fighters"),
        Case("More than 500 fighters killed 20 civilians.", "20", "killed", term: "civilians"),
        Case("Police said 300 people were questioned.", "300", "questioned"),  // a passive outcome names the count
        Case("Officials said 70 people were killed, and 2,000 residents fled.", "2,000", "people", term: "residents"),
        Case("The death toll rose to 61, while 300 people remain in hospital.", "300", "people"),
        Case("A total of 2,000 people were registered to vote.", "2,000", "registered"),
        Case("Some 400 people were not injured in the blast.", "Some 400", "people"),
        Case("The stadium holds 40,000 and was full.", "40,000", nil),
    ]

    @Test(arguments: cases)
    func figureHasItsMeasure(_ c: Case) {
        let problems = c.problems(Self.humanitarian)
        #expect(problems.isEmpty, "\(problems)")
    }

    /// Under the default measures the new words fall back to the catch-all, and the defaults still hold.
    static let defaults: [Case] = [
        Case("At least 45 people were killed in the attack.", "At least 45", "killed", term: "people"),
        Case("Officials said at least 45 died after the ferry capsized.", "at least 45", "killed", term: "died"),
        Case("Some 12,000 residents have been displaced by the fighting.", "Some 12,000", "displaced", term: "residents displaced"),  // the passive names it
        Case("Forty people were still missing on Sunday.", "Forty", "missing", term: "people missing"),  // the passive names it, over "still"
        Case("Some 300 fighters were wounded in the clashes.", "Some 300", "fighters", term: "fighters"),
        Case("The organisation said 2,500 migrants had died on the route.", "2,500", "killed", term: "migrants"),  // "died" is a default cue of killed
        Case("The death toll from Friday's earthquake in the mountains had risen to 61.", "61", "killed"),
        Case("The blast killed 9 people and wounded 40.", "40", nil),
    ]

    @Test(arguments: defaults)
    func defaultsFallBackToTheCatchAll(_ c: Case) {
        let problems = c.problems(Fixture.extractor)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func inflectionsShareAStem() {
        let groups = [
            ["kill", "killed", "killing", "kills"], ["die", "died", "dying", "dead"], ["displace", "displaced", "displacing"],
            ["evacuate", "evacuated"], ["injure", "injured", "injuring"], ["arrest", "arrested", "arrests"],
            ["miss", "missing", "missed"], ["detain", "detained"], ["rescue", "rescued"], ["wound", "wounded", "wounding"],
        ]
        for g in groups { #expect(Set(g.map(Inflection.stem)).count == 1, "\(g.map(Inflection.stem))") }
        #expect(Inflection.stem("killed") != Inflection.stem("died"))
        #expect(Inflection.stem("missing") != Inflection.stem("mission"))
    }
}
