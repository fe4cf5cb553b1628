import Testing
import Model
@testable import Extract

/// Numbers: separators, short magnitudes, compounds, spelled-out numbers, fractions, negatives, overflow.
struct NumberGrammarTests {
    static let separators: [GrammarCase] = [
        GrammarCase("Police said 20\u{00A0}000 people marched in Marseille.", "20\u{00A0}000", "[20000,20000]"),
        GrammarCase("Some 45\u{202F}000 homes lost power in the storm.", "Some 45\u{202F}000", "[45000,45000]", .number, .approx),
        GrammarCase("The count reached 1\u{2009}250\u{2009}000 ballots by midnight.", "1\u{2009}250\u{2009}000", "[1250000,1250000]"),
        GrammarCase("The canton recorded 12'500 new residents last year.", "12'500", "[12500,12500]"),
        GrammarCase("The festival drew 1.200.000 visitors over ten days.", "1.200.000", "[1200000,1200000]"),
        GrammarCase("Organisers counted 30.000 runners at the start.", "30.000", "[30000,30000]"),
        GrammarCase("The strike involved 3,112 nurses at four hospitals.", "3,112", "[3112,3112]"),
        GrammarCase("The dam holds 2,500,000 cubic metres of water.", "2,500,000", "[2500000,2500000]"),
        GrammarCase("Rainfall totalled 112.4 millimetres in August.", "112.4", "[112.4,112.4]"),
        GrammarCase("The bridge is 0.75 kilometres long.", "0.75", "[0.75,0.75]"),
        GrammarCase("The appeal raised 10,000.50 in its first hour.", "10,000.50", "[10000.5,10000.5]"),
        GrammarCase("The officer said 3,45,000 voters were registered in the seat.", "3,45,000", "[345000,345000]"),
        GrammarCase("The scheme reached 1,20,00,000 farmers.", "1,20,00,000", "[12000000,12000000]"),
        // Thousands grouped by a plain space, as South African and French papers print them.
        GrammarCase("The municipality said 1 200 shacks had burned down.", "1 200", "[1200,1200]"),
        GrammarCase("About 4 000 people were left homeless by the fire.", "About 4 000", "[4000,4000]", .number, .approx),
        GrammarCase("The utility connected 1 250 000 households last year.", "1 250 000", "[1250000,1250000]"),
        GrammarCase("On May 5 200 people marched through the city.", "200", "[200,200]"),
        GrammarCase("In 2019 300 teachers left the province.", "300", "[300,300]"),
    ]

    static let magnitudes: [GrammarCase] = [
        GrammarCase("The final drew a peak audience of 6.8m viewers.", "6.8m", "[6800000,6800000]"),
        GrammarCase("The platform removed 2bn fake accounts last year.", "2bn", "[2000000000,2000000000]"),
        GrammarCase("The city's population reached 1.07 million this spring.", "1.07 million", "[1070000,1070000]"),
        GrammarCase("The app has 350k daily users, its founder said.", "350k", "[350000,350000]"),
        GrammarCase("The census counted 8.3 billion people worldwide.", "8.3 billion", "[8300000000,8300000000]"),
        GrammarCase("The national debt passed 2.1 trillion last week.", "2.1 trillion", "[2100000000000,2100000000000]"),
        GrammarCase("The vaccine campaign reached 4.5mn children in the region.", "4.5mn", "[4500000,4500000]"),
        GrammarCase("The streaming service lost 1.2 million subscribers in a quarter.", "1.2 million", "[1200000,1200000]"),
        GrammarCase("The state has 5 lakh farmers waiting for compensation.", "5 lakh", "[500000,500000]"),
        GrammarCase("The airline carried 1.5 million passengers in July.", "1.5 million", "[1500000,1500000]"),
    ]

    static let compounds: [GrammarCase] = [
        GrammarCase("A 2,000-strong peacekeeping force arrived in the capital.", "2,000-strong", "[2000,2000]"),
        GrammarCase("The 6.4-magnitude quake destroyed hundreds of homes.", "6.4-magnitude", "[6.4,6.4]"),
        GrammarCase("A 7.1-magnitude earthquake struck off the coast.", "7.1-magnitude", "[7.1,7.1]"),
        GrammarCase("The 450-member assembly approved the budget.", "450-member", "[450,450]"),
        GrammarCase("A 300-strong crowd gathered outside the court.", "300-strong", "[300,300]"),
        GrammarCase("The 12-seat majority vanished after the by-election.", "12-seat", "[12,12]"),
        GrammarCase("The panel published a 90-page report on Tuesday.", "90-page", "[90,90]"),
        GrammarCase("The 40-storey tower was evacuated overnight.", "40-storey", "[40,40]"),
        GrammarCase("The union's 1.5 million-strong membership voted.", "1.5 million-strong", "[1500000,1500000]"),
        GrammarCase("A ten-strong team of inspectors arrived at the plant.", "ten-strong", "[10,10]"),
        GrammarCase("A thousand-strong crowd marched on parliament.", "thousand-strong", "[1000,1000]"),
        GrammarCase("A hundred-strong delegation flew to Geneva.", "hundred-strong", "[100,100]"),
        // The scale's name before its reading.
        GrammarCase("A magnitude-6.2 quake shook the island overnight.", "6.2", "[6.2,6.2]"),
        // A fraction sign against the digits.
        GrammarCase("Mortgage rates are now 5½ per cent.", "5½ per cent", "[5.5,5.5]", .percent, unit: "percent"),
        GrammarCase("The yield stood at 3¼% on Friday.", "3¼%", "[3.25,3.25]", .percent, unit: "percent"),
        GrammarCase("Onion prices have risen 25 pc since January.", "25 pc", "[25,25]", .percent, unit: "percent"),
    ]

    static let spelled: [GrammarCase] = [
        GrammarCase("The agency said two and a half million people had fled.", "two and a half million", "[2500000,2500000]"),
        GrammarCase("The storm left one and a half million homes without power.", "one and a half million", "[1500000,1500000]"),
        GrammarCase("Half a million people signed the petition.", "Half a million", "[500000,500000]"),
        GrammarCase("Officials said half a billion doses had been shipped.", "half a billion", "[500000000,500000000]"),
        GrammarCase("A couple of hundred residents protested outside the town hall.", "A couple of hundred", "[200,200]", .number, .approx),
        GrammarCase("Only a couple of dozen fans made the trip.", "a couple of dozen", "[24,24]", .number, .approx),
        GrammarCase("The school has two hundred and twelve pupils.", "two hundred and twelve", "[212,212]"),
        GrammarCase("The village lost three hundred and sixty homes.", "three hundred and sixty", "[360,360]"),
        GrammarCase("Rescuers found twenty-seven survivors.", "twenty-seven", "[27,27]"),
        GrammarCase("The convoy carried forty five tonnes of flour.", "forty five", "[45,45]"),
        GrammarCase("The union represents ninety thousand workers.", "ninety thousand", "[90000,90000]"),
        GrammarCase("The ministry hired one hundred thousand teachers.", "one hundred thousand", "[100000,100000]"),
        GrammarCase("A thousand volunteers cleaned the beach.", "A thousand", "[1000,1000]"),
        GrammarCase("The club sold a million shirts last season.", "a million", "[1000000,1000000]"),
        GrammarCase("Police detained a dozen protesters.", "a dozen", "[12,12]"),
        GrammarCase("Two dozen lorries were stuck at the border.", "Two dozen", "[24,24]"),
        GrammarCase("Half a dozen ministers resigned in a week.", "Half a dozen", "[6,6]"),
        GrammarCase("Three million voters stayed at home.", "Three million", "[3000000,3000000]"),
        GrammarCase("Eleven miners were trapped underground.", "Eleven", "[11,11]"),
        GrammarCase("Nineteen schools closed because of the heat.", "Nineteen", "[19,19]"),
    ]

    static let fractions: [GrammarCase] = [
        GrammarCase("A third of the harvest was lost to the floods.", "A third", "[0.3333333333333333,0.3333333333333333]"),
        GrammarCase("Three-quarters of the members backed the deal.", "Three-quarters", "[0.75,0.75]"),
        GrammarCase("Two-thirds of the town was under water.", "Two-thirds", "[0.6666666666666666,0.6666666666666666]"),
        GrammarCase("Half of the budget goes on salaries.", "Half", "[0.5,0.5]"),
        GrammarCase("A quarter of pupils missed school in January.", "A quarter", "[0.25,0.25]"),
        GrammarCase("One-fifth of the forest burned.", "One-fifth", "[0.2,0.2]"),
        GrammarCase("Three quarters of shops had reopened.", "Three quarters", "[0.75,0.75]"),
        GrammarCase("About a tenth of the fleet was grounded.", "About a tenth", "[0.1,0.1]", .number, .approx),
        GrammarCase("Nearly two-thirds of voters backed the measure.", "Nearly two-thirds", "[0.6666666666666666,0.6666666666666666]", .number, .approx),
        GrammarCase("An eighth of the reservoir remains.", "An eighth", "[0.125,0.125]"),
        GrammarCase("One in five adults reported symptoms of anxiety.", "One in five", "[0.2,0.2]"),
        GrammarCase("Nearly 1 in 4 households missed a payment.", "Nearly 1 in 4", "[0.25,0.25]", .number, .approx),
        GrammarCase("Nine in 10 drivers backed the limit.", "Nine in 10", "[0.9,0.9]"),
        // A share of a magnitude is a number.
        GrammarCase("A quarter of a million people have fled the fighting.", "A quarter of a million", "[250000,250000]"),
        GrammarCase("Three-quarters of a million litres of fuel leaked into the river.", "Three-quarters of a million", "[750000,750000]"),
        GrammarCase("Nearly a quarter million people marched on Sunday.", "Nearly a quarter million", "[250000,250000]", .number, .approx),
        GrammarCase("The scheme cost a third of a billion pounds.", "a third of a billion pounds", "[333333333.3333333,333333333.3333333]", .money, unit: "GBP"),
    ]

    static let negatives: [GrammarCase] = [
        GrammarCase("Temperatures fell to -12 overnight in the valley.", "-12", "[-12,-12]"),
        GrammarCase("The thermometer read −8 at dawn.", "−8", "[-8,-8]"),
        GrammarCase("The index closed at -3.5 on Friday.", "-3.5", "[-3.5,-3.5]"),
        GrammarCase("Growth was minus figures: -0.2% in the third quarter.", "-0.2%", "[-0.2,-0.2]", .percent, unit: "percent"),
        GrammarCase("The fund returned -4% last year.", "-4%", "[-4,-4]", .percent, unit: "percent"),
        GrammarCase("The balance stood at -$2 million after the payment.", "-$2 million", "[-2000000,-2000000]", .money, unit: "USD"),
        GrammarCase("Night temperatures of -20C are forecast.", "-20", "[-20,-20]"),
    ]

    @Test(arguments: separators + magnitudes + compounds + spelled + fractions + negatives)
    func numberIsRead(_ c: GrammarCase) {
        #expect(c.problems() == [])
    }

    @Test(arguments: [
        "Physicists joked that 10^400 universes were possible.",
        "A typo listed the fine as $1e309 in the filing.",
        "The claim of 1e400 grains was dismissed.",
        "The bot posted 10^999 as its answer.",
    ])
    func overflowingFigureIsRejected(_ sentence: String) {
        let found = Fixture.figures(sentence)
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    @Test(arguments: [
        ("The model predicts 10^6 downloads.", 1_000_000.0),
        ("The sample had 2e3 cells.", 2000.0),
    ])
    func writtenPowersOfTenAreRead(_ sentence: String, _ value: Double) {
        #expect(Fixture.figures(sentence).first?.value?.low == value)
    }
}
