import Testing
import Model
@testable import Extract

/// Counts from disasters, protests, elections, budgets, health and business: counted nouns no topic
/// names, earlier values ("up from 300,000"), and shares of a figure just mentioned.
struct WireMeasureTests {
    static let cases: [WireCase] = [
        // A percentage by which something moved measures its subject and the direction; a level ("rose to") does not.
        // A cue after the counted noun is its verb ("45 civilians died"), also past a short phrase ("23 patients on the
        // hidden list died"); an active verb with its own count is not ("The 45 civilians killed 3 soldiers").
        WireCase("At least 45 civilians died in the blast.", "At least 45", measure: "killed", term: "civilians"),
        WireCase("At least 23 patients on the hidden list died while they were waiting.", "At least 23", measure: "killed", term: "patients"),
        WireCase("Two miners died in the rockfall.", "Two", measure: "killed"),
        WireCase("Thirty-one patients who had been left off the waiting list at the city's hospitals died before they were treated.",
                 "Thirty-one", measure: "killed", term: "patients"),
        WireCase("45 people who were trapped in the mine were rescued.", "45", measure: "trapped"),
        // What a sum is paid in names it, over a cue earlier in the sentence; "in total" names nothing.
        WireCase("Travellers whose flights are cancelled at short notice are entitled to between €250 and €600 each in compensation.",
                 "between €250 and €600", measure: "compensation"),
        WireCase("The court ordered the firm to pay $5 million in damages.", "$5 million", measure: "damages"),
        WireCase("The firm will pay £2m a year in fees to the council.", "£2m a year", measure: "fee"),
        WireCase("The city spent $2 million in total on the bridge.", "$2 million", measure: "spending"),
        // One count in another with nothing to take it of is a percentage of what it counts; with a base it is a share.
        WireCase("One in five passengers were still waiting for a refund.", "One in five", "[20,20]", .exact, term: "passengers"),
        WireCase("Nearly three in five passengers were still waiting for a refund.", "Nearly three in five", "[60,60]"),
        WireCase("One in three of the 900 homes was damaged.", "One in three", derived: true),
        WireCase("The mine produced 205,000 ounces last year, close to a third of the country's output of 640,000 ounces.",
                 "close to a third", derived: true),
        WireCase("Shares in Larkspur, which fell 11.2% on Tuesday, were down 2.5% at 3.15pm.", "11.2%", measure: "share-fall"),
        WireCase("Shares in Larkspur, which fell 11.2% on Tuesday, were down 2.5% at 3.15pm.", "2.5%", measure: "share-fall"),
        WireCase("Shares in Larkspur closed 11.2% lower on Tuesday.", "11.2%", measure: "share-fall"),
        WireCase("The company said on Monday that profits fell 12% in the year.", "12%", measure: "profit-fall"),
        WireCase("Analysts said the price of Brent crude rose 3% after the cut.", "3%", measure: "price-rise"),
        WireCase("Inflation rose to 3.2% in May.", "3.2%", measure: "inflation"),
        // A change verb after a modal or "to": its base form moves the subject too.
        WireCase("The finance ministry forecast that the economy would grow by 2.1% in 2026.", "2.1%", measure: "economy-rise"),
        WireCase("The economy is forecast to shrink 0.3% this year, the central bank said.", "0.3%", measure: "economy-fall"),
        WireCase("Exports are expected to grow 4% next year.", "4%", measure: "export-rise"),
        WireCase("Output could contract by 1.5% if the strike goes on.", "1.5%", measure: "output-fall"),
        // A verb after "and" continues the quantity just given.
        WireCase("The ministry said hospital outlays would reach €15.3bn and fall by 1.2% in real terms.", "1.2%", measure: "outlay"),
        // A "that" before a determiner opens a reported clause, whose own subject is the measure.
        WireCase("In the programme, the ministry projects that the budget deficit will fall to 3.0% of GDP in 2026.", "3.0%", measure: "deficit"),
        WireCase("The regulator expects that the jobless rate will rise to 5.4% by the summer.", "5.4%", measure: "jobless"),
        WireCase("Losses to the port and the companies that depend on it are running at €30 million a day.", "€30 million a day", measure: "loss"),
        // "it" before a linking word is the quantity named last; a forecast's noun is what it forecasts; a year then
        // the value it is set to is no range.
        WireCase("The deficit would fall to 3.2% in 2026, and the government aimed to bring it to no more than 3% by 2028.",
                 "no more than 3%", measure: "deficit"),
        WireCase("The finance ministry has lowered its growth forecast for 2026 to 1.4 per cent.", "1.4 per cent", "[1.4,1.4]", measure: "growth"),
        WireCase("The deficit target of 3% was missed.", "3%", measure: "deficit"),
        // A bare count before a verb restates the latest count of a like size.
        WireCase("The fire officer said about 300 containers had burned. The company said fewer than 120 had burned.",
                 "fewer than 120", measure: "container"),
        WireCase("Officials counted 1,420 excess deaths, of whom 870 were aged over 75.", "870", measure: "killed"),
        WireCase("The coast guard said 104 people survived and 99 were still missing.", "99", measure: "missing"),
        // A part of an owner's whole counts the whole's noun.
        WireCase("Two of the port's five container berths were closed.", "Two", measure: "berth"),
        // "Average" is how a figure is summarised, not what it counts.
        WireCase("Average: CHF 14,200 per pupil across all schools, according to the ministry.", "CHF 14,200 per pupil", measure: "money"),
        // Counts of people with no topic of their own.
        WireCase("More than 33 million people had been affected, officials said.", "More than 33 million", "(33000000,)", .atLeast,
                 measure: "affected", term: "people affected"),
        WireCase("Some 500,000 people were living in camps.", "Some 500,000", "[500000,500000]", .approx, measure: "people"),
        WireCase("Between 3,000 and 5,000 protesters marched in the capital.", "Between 3,000 and 5,000", "[3000,5000]", .exact,
                 measure: "people", term: "protesters"),
        WireCase("Police said 78,000 demonstrators took to the streets of Paris.", "78,000", measure: "people",
                 term: "demonstrators", speaker: "police"),
        WireCase("Fewer than 100 residents remain in the town.", "Fewer than 100", "(,100)", .notExceeding, measure: "people",
                 term: "residents"),
        WireCase("Over 10,000 migrants arrived in Italy in January.", "Over 10,000", measure: "people", term: "migrants",
                 eventDate: "2023-01"),
        WireCase("Some 500 doctors went on strike over pay.", "Some 500", measure: "people", term: "doctors"),
        WireCase("The quake displaced 1.2 million people.", "1.2 million", "[1200000,1200000]", .exact, measure: "displaced"),  // the outcome in the active voice, as "1.2 million people were displaced"
        WireCase("At least 14 people were killed and 80 injured.", "At least 14", "[14,)", .atLeast, measure: "killed"),
        WireCase("At least 14 people were killed and 80 injured.", "80", measure: "people", term: "injured"),
        WireCase("The WHO said 1,200 patients were admitted last week.", "1,200", measure: "admitted", speaker: "who",
                 eventDate: "2023-03"),
        WireCase("Nearly 2,000 refugees crossed into Chad in a single day.", "Nearly 2,000", .some("[2000,2000]"), .approx,
                 measure: "people", term: "refugees"),
        // More specific measures win over the general count.
        WireCase("As many as 1,500 troops were deployed to the region.", "As many as 1,500", "(,1500]", .upTo, measure: "fighters"),
        WireCase("The raid left 30 civilians dead, 22 people were killed in a second strike.", "22", measure: "killed"),
        WireCase("The party says it has 40,000 members.", "40,000", measure: "members"),
        // Tolls and earlier values of the same measure.
        WireCase("The death toll rose to 2,300 from 1,900 a day earlier.", "2,300", "[2300,2300]", .exact, measure: "killed"),
        WireCase("The death toll rose to 2,300 from 1,900 a day earlier.", "1,900", "[1900,1900]", .exact, measure: "killed",
                 eventDate: "2023-03-12"),
        WireCase("Some 500,000 people were living in camps, up from 300,000 last month.", "300,000", "[300000,300000]", .exact,
                 measure: "people", term: "people", eventDate: "2023-02"),
        WireCase("Some 500,000 people were living in camps, up from 300,000 last month.", "Some 500,000", measure: "people",
                 eventDate: "2023-03-13"),
        WireCase("The ruling party won 41 percent of the vote, down from 48 percent in 2019.", "48 percent", "[48,48]", .exact,
                 term: "vote", eventDate: "2019"),
        WireCase("Exports rose to $45 million from $38 million a year earlier.", "$38 million", measure: "export",
                 eventDate: "2022"),
        WireCase("The number of cases climbed from 1,200 to 1,900 patients in a week.", "1,200", measure: "people"),
        // Shares of a figure just mentioned.
        WireCase("More than 33 million people had been affected, roughly a third of whom were children.", "roughly a third",
                 "(11000000,)", .approx, measure: "people", term: "children", derived: true),
        WireCase("Some 12,000 refugees crossed the border, a quarter of them women.", "a quarter", "[3000,3000]", .approx,
                 measure: "people", term: "women", derived: true),
        WireCase("The fire killed 60 people, 10 percent of them children.", "10 percent", "[6,6]", .approx, measure: "people",
                 term: "children", derived: true),
        WireCase("About 9,000 people were evacuated, two-thirds of them from coastal villages.", "two-thirds", "[6000,6000]", .approx,
                 measure: "evacuated", derived: true),
        WireCase("Nearly two-thirds of the 900 delegates voted in favour.", "Nearly two-thirds", "[600,600]", .approx,
                 measure: "people", term: "delegates", derived: true),
        WireCase("Nearly two-thirds of the 900 delegates voted in favour.", "900", "[900,900]", .exact, measure: "people",
                 derived: false),
        // Money in budgets and business.
        WireCase("The 2022 budget allocated $3.2 billion to health.", "$3.2 billion", "[3200000000,3200000000]", .exact, measure: "allocation"),
        WireCase("Parliament approved spending of 1.2 trillion naira.", "1.2 trillion naira", "[1200000000000,1200000000000]", .exact),
        WireCase("Revenue rose 12% to €4.34bn in the third quarter.", "€4.34bn", measure: "revenue"),
        // After a unit's "of", an article and modifiers: what is measured ("litres of an ammonia-based solution").
        WireCase("The refinery said about 6,000 litres of a diesel-based fuel mix had leaked.", "about 6,000", measure: "mix",
                 term: "litres of diesel-based fuel mix"),
        WireCase("Inspectors found 300 kilograms of the banned pesticide.", "300", measure: "pesticide"),
        // "put the crowd inside the ground at …": the head comes before the place phrase.
        WireCase("Stewards put the crowd inside the arena at about 18,000.", "about 18,000", term: "crowd"),
        WireCase("The firm's cash reserves fell to £2.1 billion.", "£2.1 billion", measure: "cash-reserves"),
    ]

    @Test(arguments: cases)
    func claimHasItsMeasure(_ c: WireCase) {
        #expect(c.problems().isEmpty, "\(c.problems())")
    }

    @Test func mostIsTooVagueToDerive() {
        let claims = Fixture.claims("Most of the 300 passengers were rescued, most of whom were tourists.")
        #expect(claims.map(\.value.text) == ["300"])
    }

    @Test func percentOfACountKeepsThePercentAndDerivesTheCount() {
        let claims = Fixture.claims("About 40 percent of the 2,000 workers at the plant were laid off.")
        #expect(claims.first?.value.text == "About 40 percent")
        let derived = claims.first { $0.derivedFrom != nil }
        #expect(derived?.value.value?.notation == "[800,800]")
        #expect(derived?.term == "workers")
    }

    @Test func generalCountSitsInNoTopic() {
        let claim = Fixture.claims("Some 500,000 people were living in camps.").first
        #expect(claim?.measure == "people")
        #expect(claim?.topic == nil)
        #expect(claim?.value.value?.unit == "people")
    }

    @Test func userMeasureBeatsTheGeneralCount() {
        let extractor = Extractor(config: ShippedConfig.withCasualties)
        let claim = extractor.analyse(text: "Some 78,000 demonstrators marched.", reference: nil).claims.first
        #expect(claim?.measure == "protesters")
    }
}
