import Testing
import Model
@testable import Extract

/// Ranges and bounds: connectors, units after both ends, comparative pairs, open ends.
struct RangeGrammarTests {
    static let ranges: [GrammarCase] = [
        GrammarCase("Witnesses saw 400-500 troops near the bridge.", "400-500", "[400,500]", .range),
        GrammarCase("The fair is expected to draw 1.5m-2m visitors.", "1.5m-2m", "[1500000,2000000]", .range),
        GrammarCase("Flats in the area sell for between R1.2-million and R1.9-million.", "between R1.2-million and R1.9-million", "[1200000,1900000]", .money, unit: "ZAR"),
        GrammarCase("Police said 1,000–1,500 people blocked the road.", "1,000–1,500", "[1000,1500]", .range),
        GrammarCase("Estimates put the crowd at 20~30 thousand.", "20~30 thousand", "[20000,30000]", .range),
        GrammarCase("Schools will close for grades 6 through 8.", "6 through 8", "[6,8]", .range),
        GrammarCase("The fund covers 10 thru 15 projects.", "10 thru 15", "[10,15]", .range),
        // A list of upward pairs is a list of ranges, not of scores.
        GrammarCase("Shoes in sizes 3-6, 7-9 and 10-12 sold out.", "7-9", "[7,9]", .range),
        // "by X to Y" after a verb of change, a unit on both figures: the change, then the level; one unit: a range.
        GrammarCase("The operator will raise the fare by 20p to £2.40.", "£2.40", "[2.4,2.4]", .money, unit: "GBP"),
        GrammarCase("The jobless rate rose by 0.4% to 5.1% in May.", "5.1%", "[5.1,5.1]", .percent, unit: "percent"),
        GrammarCase("Staffing will be cut by 5 to 10 per cent.", "5 to 10 per cent", "[5,10]", .percent, unit: "percent"),
        GrammarCase("Temperatures climbed to between 38C and 40C.", "between 38C and 40C", "[38,40]", .range),
        GrammarCase("The storm dumped between 20cm and 30cm of snow.", "between 20cm and 30cm", "[20,30]", .range),
        GrammarCase("The quake was felt from 5km to 10km away.", "from 5km to 10km", "[5,10]", .range),
        GrammarCase("Support is between 20% and 25% in the polls.", "between 20% and 25%", "[20,25]", .percent, unit: "percent"),
        GrammarCase("The course runs 2 hours to 3 hours a day.", "2 hours to 3 hours a day", "[2,3]", .duration, unit: "hour", per: "day"),
        GrammarCase("Between two and three million people need aid.", "Between two and three million", "[2000000,3000000]", .range),
        GrammarCase("The repairs will cost $25 to $50 million.", "$25 to $50 million", "[25000000,50000000]", .money, unit: "USD"),
        GrammarCase("Aid pledges reached €2-3 billion.", "€2-3 billion", "[2000000000,3000000000]", .money, unit: "EUR"),
        // The second end's magnitude is the first's when the first figure is no larger: "8,000-10,000 crore".
        GrammarCase("The project will cost Rs 4,000-5,000 crore.", "Rs 4,000-5,000 crore", "[40000000000,50000000000]", .money, unit: "INR"),
        GrammarCase("Losses were put at $1,200-1,500 million.", "$1,200-1,500 million", "[1200000000,1500000000]", .money, unit: "USD"),
        GrammarCase("The camp holds from 2,000 to 3,000 people.", "from 2,000 to 3,000", "[2000,3000]", .range),
        GrammarCase("Between 400 and 500 fighters remain.", "Between 400 and 500", "[400,500]", .range),
        GrammarCase("Three or four ministers are expected to quit.", "Three or four", "[3,4]", .range, .approx),
        GrammarCase("The heatwave pushed readings to 42 to 45 degrees.", "42 to 45", "[42,45]", .range),
        GrammarCase("The bank expects growth of 1.5-2%.", "1.5-2%", "[1.5,2]", .percent, unit: "percent"),
        GrammarCase("Between 15 and 20 percent of homes lack heating.", "Between 15 and 20 percent", "[15,20]", .percent, unit: "percent"),
        GrammarCase("Around 15 to 30 people attend each session.", "Around 15 to 30", "[15,30]", .range, .approx),
    ]

    static let bounds: [GrammarCase] = [
        GrammarCase("Companies with 250 employees and above must report.", "250", "[250,)", .number, .atLeast),
        GrammarCase("Children aged 5 and over travel free.", "5 and over", "[5,)", .number, unit: "year", .atLeast, role: .age),
        GrammarCase("The militia fields 2,000 fighters or more.", "2,000", "[2000,)", .number, .atLeast),
        GrammarCase("Upwards of 700 supporters attended.", "Upwards of 700", "(700,)", .number, .atLeast),
        GrammarCase("A minimum of 30 staff must be on duty.", "A minimum of 30", "[30,)", .number, .atLeast),
        GrammarCase("A maximum of 50 guests are allowed.", "A maximum of 50", "(,50]", .number, .notExceeding),
        GrammarCase("The petition fell short of 1,000 signatures.", "short of 1,000", "(,1000)", .number, .notExceeding),
        GrammarCase("Sales topped 40,000 units in May.", "topped 40,000", "(40000,)", .number, .atLeast),
        GrammarCase("The fund has surpassed $2 billion.", "surpassed $2 billion", "(2000000000,)", .money, unit: "USD", .atLeast),
        GrammarCase("Up to 500 homes were flooded.", "Up to 500", "(,500]", .number, .upTo),
        GrammarCase("At least 40 people were killed.", "At least 40", "[40,)", .number, .atLeast),
        GrammarCase("More than 10,000 people rallied.", "More than 10,000", "(10000,)", .number, .atLeast),
        GrammarCase("Fewer than 3,000 tickets remain.", "Fewer than 3,000", "(,3000)", .number, .notExceeding),
        GrammarCase("No fewer than 60 recruits joined.", "No fewer than 60", "[60,)", .number, .atLeast),
        GrammarCase("No more than 400 votes separate them.", "No more than 400", "(,400]", .number, .notExceeding),
        GrammarCase("The bill passed with well over 300 votes.", "well over 300", "(300,)", .number, .atLeast),
        GrammarCase("Just under 1,000 flights were cancelled.", "Just under 1,000", "(,1000)", .number, .notExceeding),
        GrammarCase("In excess of 5,000 homes lost power.", "In excess of 5,000", "(5000,)", .number, .atLeast),
        GrammarCase("More than half a million people marched.", "More than half a million", "(500000,)", .number, .atLeast),
        GrammarCase("Some 7,000 families remain displaced.", "Some 7,000", "[7000,7000]", .number, .approx),
        GrammarCase("Crowds of ~500 gathered nightly.", "~500", "[500,500]", .number, .approx),
        GrammarCase("Students aged 16 or older may vote.", "16 or older", "[16,)", .number, unit: "year", .atLeast, role: .age),
        GrammarCase("The scheme is for businesses with 10 staff or fewer.", "10", "(,10]", .number, .notExceeding),
        GrammarCase("The ceasefire held for less than 48 hours.", "less than 48 hours", "(,48)", .duration, unit: "hour", .notExceeding),
        GrammarCase("A 5,000-plus crowd watched the final.", "5,000-plus", "[5000,)", .number, .atLeast),
    ]

    static let pairs: [GrammarCase] = [
        GrammarCase("More than 40 and fewer than 60 delegates attended.", "More than 40 and fewer than 60", "(40,60)", .range),
        GrammarCase("Prices stayed above 2,000 but below 2,500 for weeks.", "above 2,000 but below 2,500", "(2000,2500)", .range),
        GrammarCase("No fewer than 12 and no more than 15 ministers resigned.", "No fewer than 12 and no more than 15", "[12,15]", .range),
        GrammarCase("At least 200 and at most 300 boats took part.", "At least 200 and at most 300", "[200,300]", .range),
        GrammarCase("Fewer than 60 but more than 40 seats changed hands.", "Fewer than 60 but more than 40", "(40,60)", .range),
        GrammarCase("Turnout was more than 40% but less than 50%.", "more than 40% but less than 50%", "(40,50)", .percent, unit: "percent"),
        GrammarCase("The ticket costs over $20 but under $30.", "over $20 but under $30", "(20,30)", .money, unit: "USD"),
        GrammarCase("Bids came in above 2,000 but below 2,500 dollars.", "above 2,000 but below 2,500 dollars", "(2000,2500)", .money, unit: "USD"),
        GrammarCase("The trial lasted more than 3 and fewer than 5 weeks.", "more than 3 and fewer than 5 weeks", "(3,5)", .duration, unit: "week"),
    ]

    @Test(arguments: ranges + bounds + pairs)
    func rangeOrBoundIsRead(_ c: GrammarCase) {
        #expect(c.problems() == [])
    }

    @Test(arguments: [
        "The central bank cut the rate from 5% to 4.5%.",
        "The party's share rose from 30% to 35%.",
        "The toll climbed from 12 to 20 overnight.",
        // A verb of change, a small figure "to" a far larger one: the change and the level it reached.
        "Shares fell 3p to 245p in early trading in London.",
        "Brent crude rose $1.20 to $84.50 a barrel on Monday.",
        "The FTSE 100 gained 120 points to 7,530 by the close.",
        "Tesco shares slipped by 4p to 262p after the update.",
        "The rand lost 15 cents to R18.90 against the dollar.",
    ])
    func aChangeFromOneValueToAnotherIsTwoFigures(_ sentence: String) {
        let found = Fixture.figures(sentence)
        #expect(found.count == 2, "found \(found.map(\.text))")
        #expect(!found.contains { $0.kind == .range })
    }

    /// After a verb of change, figures of like size "to" each other are still a range of the change.
    @Test(arguments: [
        ("Prices rose 3 to 4 percent last year, the survey found.", "3 to 4 percent", 3.0, 4.0),
        ("Sales fell by 2 to 3 per cent in the quarter.", "2 to 3 per cent", 2.0, 3.0),
        ("Water levels dropped 10 to 20 centimetres overnight.", "10 to 20", 10.0, 20.0),
    ])
    func aChangeOfLikeFiguresIsARange(_ sentence: String, _ span: String, _ low: Double, _ high: Double) {
        let found = Fixture.figures(sentence)
        let range = found.first { $0.text == span }
        #expect(range?.value?.low == low && range?.value?.high == high, "found \(found.map(\.text))")
    }
}
