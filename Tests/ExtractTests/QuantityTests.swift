import Testing
import Model
@testable import Extract

/// Figures as intervals that keep their hedge, from wire-style sentences.
struct QuantityTests {
    static let cases: [Expected] = [
        // Plain figures, separators, decimals, words.
        Expected("Police said 5,000 protesters gathered outside parliament.", "5,000", "[5000,5000]", .exact),
        Expected("The flood displaced 12,500 families in the delta.", "12,500", "[12500,12500]", .exact),
        Expected("Officials counted 1,250,000 voters in the first round.", "1,250,000", "[1250000,1250000]", .exact),
        Expected("The index rose 1.5 points on Tuesday.", "1.5", "[1.5,1.5]", .exact),
        Expected("Organisers said 30.000 marchers filled the square.", "30.000", "[30000,30000]", .exact),
        Expected("Twenty-two soldiers were wounded in the ambush.", "Twenty-two", "[22,22]", .exact),
        Expected("The attack killed twenty-two soldiers near the border.", "twenty-two", "[22,22]", .exact),
        Expected("Seven militants surrendered to the army.", "Seven", "[7,7]", .exact),
        Expected("The army deployed three hundred troops to the valley.", "three hundred", "[300,300]", .exact),
        Expected("Rescuers pulled a dozen survivors from the rubble.", "a dozen", "[12,12]", .exact),
        Expected("The group recruited a thousand fighters last year.", "a thousand", "[1000,1000]", .exact),
        Expected("They control three or four provinces in the north.", "three or four", "[3,4]", .approx),
        Expected("Two or three gunmen opened fire on the convoy.", "Two or three", "[2,3]", .approx),
        // Vague amounts.
        Expected("Dozens of protesters were arrested overnight.", "Dozens", "[24,99]", .vague),
        Expected("Tens of people were hurt in the crush at the gates.", "Tens", "[20,99]", .vague),
        Expected("Hundreds of fighters remain active in the hills.", "Hundreds", "[200,999]", .vague),
        Expected("Thousands of supporters rallied in the capital.", "Thousands", "[2000,9999]", .vague),
        Expected("Many thousands of sympathisers joined the movement.", "Many thousands", "[5000,99000]", .vague),
        Expected("Tens of thousands of demonstrators marched on Sunday.", "Tens of thousands", "[20000,99999]", .vague),
        Expected("Hundreds of thousands of refugees crossed the border.", "Hundreds of thousands", "[200000,999999]", .vague),
        Expected("Several hundred insurgents are thought to be in the city.", "Several hundred", "[300,900]", .vague),
        Expected("A few hundred militants still hold the old town.", "A few hundred", "[200,500]", .vague),
        Expected("Several hundred thousand households lost power overnight.", "Several hundred thousand", "[300000,900000]", .vague),
        Expected("A few hundred thousand tonnes of grain are stuck in silos.", "A few hundred thousand", "[200000,500000]", .vague),
        Expected("A few million viewers watched the debate.", "A few million", "[2000000,5000000]", .vague),
        Expected("Scores of civilians fled the shelling.", "Scores", "[40,199]", .vague),
        // "Several" and "a few" before people counted: a small vague count.
        Expected("Several passengers were treated for minor injuries.", "Several", "[3,9]", .vague),
        Expected("A few residents stayed behind despite the order.", "A few", "[2,5]", .vague),
        // Magnitudes and currencies.
        Expected("The fund holds $1 billion in assets.", "$1 billion", "[1000000000,1000000000]", .exact, unit: "USD"),
        Expected("The country needs 25 million doses.", "25 million", "[25000000,25000000]", .exact),
        Expected("The ministry froze €4.34bn of assets.", "€4.34bn", "[4340000000,4340000000]", .exact, unit: "EUR"),
        Expected("The bank set aside £2.1 billion for fines.", "£2.1 billion", "[2100000000,2100000000]", .exact, unit: "GBP"),
        Expected("Its war chest was put at $25 million to $50 million.", "$25 million to $50 million", "[25000000,50000000]", .exact, unit: "USD"),
        Expected("Analysts put its reserves at $25 to $50 million.", "$25 to $50 million", "[25000000,50000000]", .exact, unit: "USD"),
        Expected("The deal is worth between $3 billion and $4 billion.", "between $3 billion and $4 billion", "[3000000000,4000000000]", .exact, unit: "USD"),
        Expected("Aid pledges reached €2-3 billion.", "€2-3 billion", "[2000000000,3000000000]", .exact, unit: "EUR"),
        Expected("The company paid US$5m in ransom.", "US$5m", "[5000000,5000000]", .exact, unit: "USD"),
        Expected("The government will spend 40 million euros on repairs.", "40 million euros", "[40000000,40000000]", .exact, unit: "EUR"),
        Expected("Smugglers charged 3,000 dollars per person.", "3,000 dollars per person", "[3000,3000]", .exact, unit: "USD", per: "person"),
        Expected("The budget gap is 1.2 trillion yen.", "1.2 trillion yen", "[1200000000000,1200000000000]", .exact, unit: "JPY"),
        // Ranges.
        Expected("Between 400 and 500 fighters are still active.", "Between 400 and 500", "[400,500]", .exact),
        Expected("Officials estimated 400 to 500 militants in the area.", "400 to 500", "[400,500]", .exact),
        Expected("Witnesses saw 400-500 troops near the bridge.", "400-500", "[400,500]", .exact),
        Expected("The camp holds from 2,000 to 3,000 detainees.", "from 2,000 to 3,000", "[2000,3000]", .exact),
        Expected("Estimates of active insurgents have ranged from 3,000 to 1,000.", "from 3,000 to 1,000", "[1000,3000]", .exact),
        Expected("Police said 1,000–1,500 demonstrators blocked the road.", "1,000–1,500", "[1000,1500]", .exact),
        Expected("The group has 5,000 to 7,000 members and supporters.", "5,000 to 7,000", "[5000,7000]", .exact),
        Expected("Between two and three million people need food aid.", "Between two and three million", "[2000000,3000000]", .exact),
        // Upper bounds.
        Expected("Up to 500 fighters are still in the country.", "Up to 500", "(,500]", .upTo),
        Expected("As many as 300 militants were seen near the dam.", "As many as 300", "(,300]", .upTo),
        Expected("The number of fighters does not exceed 500.", "does not exceed 500", "(,500]", .notExceeding),
        Expected("The total number of fighters did not exceed 500, he said.", "did not exceed 500", "(,500]", .notExceeding),
        Expected("There are no more than 400 to 500 fighters in three provinces.", "no more than 400 to 500", "(,500]", .notExceeding),
        Expected("At most 200 troops will stay behind.", "At most 200", "(,200]", .notExceeding),
        Expected("Fewer than 3,000 militants remain, officials said.", "Fewer than 3,000", "(,3000)", .notExceeding),
        Expected("The number of active insurgents has dropped below 3,000.", "below 3,000", "(,3000)", .notExceeding),
        Expected("Under 100 soldiers guard the crossing.", "Under 100", "(,100)", .notExceeding),
        Expected("Less than 5% of the budget went to health.", "Less than 5%", "(,5)", .notExceeding, unit: "percent"),
        // Lower bounds.
        Expected("More than 10,000 extremists are still at large.", "More than 10,000", "(10000,)", .atLeast),
        Expected("Over 10,000 terrorists are still in Iraq and Syria.", "Over 10,000", "(10000,)", .atLeast),
        Expected("At least 40 people were killed in the blast.", "At least 40", "[40,)", .atLeast),
        Expected("No fewer than 60 recruits joined the unit.", "No fewer than 60", "[60,)", .atLeast),
        Expected("Reserves once amounted to more than $1 billion.", "more than $1 billion", "(1000000000,)", .atLeast, unit: "USD"),
        Expected("The militia fields 2,000 fighters or more.", "2,000", "[2000,)", .atLeast),
        Expected("Upwards of 700 supporters attended the funeral.", "Upwards of 700", "(700,)", .atLeast),
        // Approximations.
        Expected("Some 7,000 loyalists remain in the region.", "Some 7,000", "[7000,7000]", .approx),
        Expected("About 300 gunmen stormed the town.", "About 300", "[300,300]", .approx),
        Expected("Around 15 to 30 individuals make up each cell.", "Around 15 to 30", "[15,30]", .approx),
        Expected("Roughly 2,000 troops crossed the river.", "Roughly 2,000", "[2000,2000]", .approx),
        Expected("Nearly 90 soldiers died in the fighting.", "Nearly 90", "[90,90]", .approx),
        Expected("Almost 1,000 militants have surrendered.", "Almost 1,000", "[1000,1000]", .approx),
        Expected("The true number of loyalists is closer to 10,000.", "closer to 10,000", "[10000,10000]", .approx),
        Expected("Approximately 450 insurgents were detained.", "Approximately 450", "[450,450]", .approx),
        Expected("An estimated 6,000 fighters crossed into the country.", "An estimated 6,000", "[6000,6000]", .approx),
        // Rates and percentages.
        Expected("The group generated some $30 million per month from extortion.", "some $30 million per month", "[30000000,30000000]", .approx, unit: "USD", per: "month"),
        Expected("The state earns $2 billion a year from oil.", "$2 billion a year", "[2000000000,2000000000]", .exact, unit: "USD", per: "year"),
        Expected("Smuggling raised €5m annually for the network.", "€5m annually", "[5000000,5000000]", .exact, unit: "EUR", per: "year"),
        Expected("Turnout was 62% in the capital.", "62%", "[62,62]", .exact, unit: "percent"),
        Expected("Inflation hit 8.5 percent in January.", "8.5 percent", "[8.5,8.5]", .exact, unit: "percent"),
        Expected("The party won 41 per cent of the vote.", "41 per cent", "[41,41]", .exact, unit: "percent"),
        Expected("Support fell by about 3 percentage points.", "about 3 percentage points", "[3,3]", .approx, unit: "percentage points"),
        Expected("The central bank cut its rate by 0.25 percentage point.", "0.25 percentage point", "[0.25,0.25]", .exact, unit: "percentage points"),
        Expected("Unemployment is between 20 and 25 percent in the south.", "between 20 and 25 percent", "[20,25]", .exact, unit: "percent"),
    ]

    @Test(arguments: cases)
    func figureHasIntervalAndQualifier(_ c: Expected) throws {
        let found = Fixture.figures(c.sentence)
        let m = try #require(found.first { $0.text == c.text }, "found \(found.map(\.text))")
        let value = try #require(m.value)
        if !c.notation.isEmpty { #expect(value.notation == c.notation) }
        #expect(value.qualifier == c.qualifier)
        if let unit = c.unit { #expect(value.unit == unit) }
        #expect(value.per == c.per)
        #expect(Array(c.sentence)[m.start..<(m.start + m.text.count)] == Array(m.text)[...])
    }

    @Test func qualifierIsNeverDropped() {
        for c in Self.cases {
            let m = Fixture.figures(c.sentence).first { $0.text == c.text }
            #expect(m?.value?.qualifier != nil)
        }
    }
}
