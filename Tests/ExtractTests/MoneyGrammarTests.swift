import Testing
import Model
@testable import Extract

/// Money: currencies as symbols, codes and words, with the right ISO code, hundredths, and rates.
struct MoneyGrammarTests {
    static let symbols: [GrammarCase] = [
        GrammarCase("The regulator fined the bank US$350 million.", "US$350 million", "[350000000,350000000]", .money, unit: "USD"),
        GrammarCase("The club paid €80 million for the striker.", "€80 million", "[80000000,80000000]", .money, unit: "EUR"),
        GrammarCase("The watchdog fined the supplier £10.5m.", "£10.5m", "[10500000,10500000]", .money, unit: "GBP"),
        GrammarCase("The cabinet unveiled a ¥1.2 trillion package.", "¥1.2 trillion", "[1200000000000,1200000000000]", .money, unit: "JPY"),
        GrammarCase("The miner posted a profit of AU$312.45 million.", "AU$312.45 million", "[312450000,312450000]", .money, unit: "AUD"),
        GrammarCase("The exporter earned A$2.1bn in the half.", "A$2.1bn", "[2100000000,2100000000]", .money, unit: "AUD"),
        GrammarCase("The province pledged C$2.5 billion for housing.", "C$2.5 billion", "[2500000000,2500000000]", .money, unit: "CAD"),
        GrammarCase("The tower sold for HK$3.8 billion.", "HK$3.8 billion", "[3800000000,3800000000]", .money, unit: "HKD"),
        GrammarCase("The dairy group lost NZ$45 million.", "NZ$45 million", "[45000000,45000000]", .money, unit: "NZD"),
        GrammarCase("The port authority spent S$600 million on cranes.", "S$600 million", "[600000000,600000000]", .money, unit: "SGD"),
        GrammarCase("The bank raised R$1.5 billion in bonds.", "R$1.5 billion", "[1500000000,1500000000]", .money, unit: "BRL"),
        GrammarCase("The chipmaker invested NT$300 billion in a plant.", "NT$300 billion", "[300000000000,300000000000]", .money, unit: "TWD"),
        GrammarCase("The retailer reported a loss of $1.9b.", "$1.9b", "[1900000000,1900000000]", .money, unit: "USD"),
        GrammarCase("The state announced Rs 500 crore for relief.", "Rs 500 crore", "[5000000000,5000000000]", .money, unit: "INR"),
        GrammarCase("Tickets cost Rs 250 each.", "Rs 250", "[250,250]", .money, unit: "INR"),
        GrammarCase("Traders paid Rp 15,000 per kilo.", "Rp 15,000 per kilo", "[15000,15000]", .money, unit: "IDR", per: "kilogram"),
        GrammarCase("The budget allots ₹2 lakh crore to roads.", "₹2 lakh crore", "[2000000000000,2000000000000]", .money, unit: "INR"),
        GrammarCase("Seoul set aside ₩5 trillion for chips.", "₩5 trillion", "[5000000000000,5000000000000]", .money, unit: "KRW"),
        GrammarCase("The fine was ₦50 million.", "₦50 million", "[50000000,50000000]", .money, unit: "NGN"),
        GrammarCase("Kyiv received ₴10 billion from the fund.", "₴10 billion", "[10000000000,10000000000]", .money, unit: "UAH"),
        GrammarCase("Rent rose to ₱25,000 a month.", "₱25,000 a month", "[25000,25000]", .money, unit: "PHP", per: "month"),
        // The rate joined to its figure by hyphens.
        GrammarCase("She left a £60,000-a-year post at the council.", "£60,000-a-year", "[60000,60000]", .money, unit: "GBP", per: "year"),
        GrammarCase("Drivers are paid a $22-an-hour base rate.", "$22-an-hour", "[22,22]", .money, unit: "USD", per: "hour"),
        GrammarCase("The budget gives every school CHF 14,200 per pupil.", "CHF 14,200 per pupil", "[14200,14200]", .money, unit: "CHF", per: "pupil"),
        GrammarCase("Families will receive $1,200 per household.", "$1,200 per household", "[1200,1200]", .money, unit: "USD", per: "household"),
        GrammarCase("The metro spent R2.3bn upgrading its substations.", "R2.3bn", "[2300000000,2300000000]", .money, unit: "ZAR"),
        GrammarCase("The insurer reported earnings of R12.4 billion.", "R12.4 billion", "[12400000000,12400000000]", .money, unit: "ZAR"),
        GrammarCase("Households earning R350,000 a year pay the top rate.", "R350,000 a year", "[350000,350000]", .money, unit: "ZAR", per: "year"),
        GrammarCase("The strike could cost the economy R3bn-R5bn a day.", "R3bn-R5bn a day", "[3000000000,5000000000]", .money, unit: "ZAR", per: "day"),
        GrammarCase("The state set aside Rs4.5 crore for the bridge.", "Rs4.5 crore", "[45000000,45000000]", .money, unit: "INR"),
        GrammarCase("Lagos earmarked N1.2bn for drainage.", "N1.2bn", "[1200000000,1200000000]", .money, unit: "NGN"),
        GrammarCase("The county lost Ksh12m to ghost workers.", "Ksh12m", "[12000000,12000000]", .money, unit: "KES"),
        GrammarCase("Last year the firm made a profit of Sh4.2 billion.", "Sh4.2 billion", "[4200000000,4200000000]", .money, unit: "KES"),
        GrammarCase("The new terminal will cost TSh120 billion.", "TSh120 billion", "[120000000000,120000000000]", .money, unit: "TZS"),
        GrammarCase("The regulator fined the telecom operator USh3.5bn.", "USh3.5bn", "[3500000000,3500000000]", .money, unit: "UGX"),
    ]

    static let codes: [GrammarCase] = [
        GrammarCase("The insurer paid CHF 25,000 in damages.", "CHF 25,000", "[25000,25000]", .money, unit: "CHF"),
        GrammarCase("The fund manages USD 4 billion.", "USD 4 billion", "[4000000000,4000000000]", .money, unit: "USD"),
        GrammarCase("The ministry spent EUR 12m on consultants.", "EUR 12m", "[12000000,12000000]", .money, unit: "EUR"),
        GrammarCase("The oil fund sold NOK 3 billion of bonds.", "NOK 3 billion", "[3000000000,3000000000]", .money, unit: "NOK"),
        GrammarCase("The lender approved 200 million AUD in loans.", "200 million AUD", "[200000000,200000000]", .money, unit: "AUD"),
        GrammarCase("The utility bought the plant for SEK 1.5 billion.", "SEK 1.5 billion", "[1500000000,1500000000]", .money, unit: "SEK"),
        GrammarCase("Exports were worth RMB 80 billion.", "RMB 80 billion", "[80000000000,80000000000]", .money, unit: "CNY"),
        GrammarCase("The deal is valued at ZAR 9 billion.", "ZAR 9 billion", "[9000000000,9000000000]", .money, unit: "ZAR"),
        // Codes no list names, written before a sum as a code is: grouped thousands or a magnitude word.
        GrammarCase("Each displaced family received LRD 12,500 in aid.", "LRD 12,500", "[12500,12500]", .money, unit: "LRD"),
        GrammarCase("The copper mine will cost ZMW 6.2 billion to reopen.", "ZMW 6.2 billion", "[6200000000,6200000000]", .money, unit: "ZMW"),
        GrammarCase("Silver traded at $31.20 an ounce on Friday.", "$31.20 an ounce", "[31.2,31.2]", .money, unit: "USD", per: "ounce"),
        GrammarCase("Diesel will rise by 8 to 12 cents a litre next month.", "8 to 12 cents a litre", "[0.08,0.12]", .money, unit: "USD", per: "litre"),
        GrammarCase("The watchdog fined the insurer R47.5-million.", "R47.5-million", "[47500000,47500000]", .money, unit: "ZAR"),
        GrammarCase("The city owes its water board over R3-billion.", "over R3-billion", "(3000000000,)", .money, unit: "ZAR", .atLeast),
        GrammarCase("The group signed a $1.2-billion supply deal.", "$1.2-billion", "[1200000000,1200000000]", .money, unit: "USD"),
        GrammarCase("Parliament approved MWK 45 billion for fertiliser subsidies.", "MWK 45 billion", "[45000000000,45000000000]", .money, unit: "MWK"),
        GrammarCase("The court ordered the mayor to repay BWP 1,250,000.", "BWP 1,250,000", "[1250000,1250000]", .money, unit: "BWP"),
    ]

    static let words: [GrammarCase] = [
        GrammarCase("Norway's sovereign wealth fund lost 1.64 trillion Norwegian crowns.", "1.64 trillion Norwegian crowns", "[1640000000000,1640000000000]", .money, unit: "NOK"),
        GrammarCase("The watchdog fined the bank 500 million Swedish crowns.", "500 million Swedish crowns", "[500000000,500000000]", .money, unit: "SEK"),
        GrammarCase("The brewer paid 2.1 billion Danish crowns for the rival.", "2.1 billion Danish crowns", "[2100000000,2100000000]", .money, unit: "DKK"),
        GrammarCase("A court fined the company 25,000 Swiss francs.", "25,000 Swiss francs", "[25000,25000]", .money, unit: "CHF"),
        GrammarCase("Farmers will receive 200 euros per hectare.", "200 euros per hectare", "[200,200]", .money, unit: "EUR", per: "hectare"),
        GrammarCase("The city spent 4.6 million dollars on the roof.", "4.6 million dollars", "[4600000,4600000]", .money, unit: "USD"),
        GrammarCase("She was ordered to pay 2,500 pounds in costs.", "2,500 pounds", "[2500,2500]", .money, unit: "GBP"),
        GrammarCase("The court fined the firm 1.5 million yuan.", "1.5 million yuan", "[1500000,1500000]", .money, unit: "CNY"),
        GrammarCase("The plan costs 40 billion Hong Kong dollars.", "40 billion Hong Kong dollars", "[40000000000,40000000000]", .money, unit: "HKD"),
        GrammarCase("The miner paid 300 million Australian dollars for the mine.", "300 million Australian dollars", "[300000000,300000000]", .money, unit: "AUD"),
        GrammarCase("The grant is 50,000 Canadian dollars.", "50,000 Canadian dollars", "[50000,50000]", .money, unit: "CAD"),
        GrammarCase("Wages rose to 15,000 rupees a month.", "15,000 rupees a month", "[15000,15000]", .money, unit: "INR", per: "month"),
        GrammarCase("The fine was 2 million Egyptian pounds.", "2 million Egyptian pounds", "[2000000,2000000]", .money, unit: "EGP"),
        GrammarCase("The loan totals 10 billion Turkish lira.", "10 billion Turkish lira", "[10000000000,10000000000]", .money, unit: "TRY"),
        GrammarCase("Bail was set at 500,000 Kenyan shillings.", "500,000 Kenyan shillings", "[500000,500000]", .money, unit: "KES"),
        GrammarCase("The bridge will cost 3 billion Mexican pesos.", "3 billion Mexican pesos", "[3000000000,3000000000]", .money, unit: "MXN"),
        GrammarCase("The airline lost 2 billion reais.", "2 billion reais", "[2000000000,2000000000]", .money, unit: "BRL"),
        GrammarCase("Poland will spend 100 billion zlotys on defence.", "100 billion zlotys", "[100000000000,100000000000]", .money, unit: "PLN"),
        GrammarCase("The studio paid 4 billion won for the rights.", "4 billion won", "[4000000000,4000000000]", .money, unit: "KRW"),
        GrammarCase("Aid of 5 million Saudi riyals was pledged.", "5 million Saudi riyals", "[5000000,5000000]", .money, unit: "SAR"),
        GrammarCase("The club owes 30 million US dollars.", "30 million US dollars", "[30000000,30000000]", .money, unit: "USD"),
        GrammarCase("The deal was worth 900 million pounds sterling.", "900 million pounds sterling", "[900000000,900000000]", .money, unit: "GBP"),
        GrammarCase("Fuel costs 60 baht a litre.", "60 baht a litre", "[60,60]", .money, unit: "THB", per: "litre"),
        GrammarCase("Villagers were paid 20,000 CFA francs each.", "20,000 CFA francs", "[20000,20000]", .money, unit: "XOF"),
        GrammarCase("The scheme gives 8,000 shekels to each family.", "8,000 shekels", "[8000,8000]", .money, unit: "ILS"),
        // A share of a magnitude, and vague sums, with the currency named after them.
        GrammarCase("Depositors lost three-quarters of a billion pounds, the receivers said.", "three-quarters of a billion pounds",
                    "[750000000,750000000]", .money, unit: "GBP"),
        GrammarCase("The club paid a quarter of a million euros in fees.", "a quarter of a million euros", "[250000,250000]", .money, unit: "EUR"),
        GrammarCase("The agency has spent hundreds of millions of dollars on the dam.", "hundreds of millions of dollars",
                    "[200000000,999999999]", .money, unit: "USD", .vague),
        GrammarCase("Smugglers made a few hundred million rand from the trade.", "a few hundred million rand", "[200000000,500000000]",
                    .money, unit: "ZAR", .vague),
    ]

    static let hundredths: [GrammarCase] = [
        GrammarCase("The fare rose by 25 cents, to $2.75.", "25 cents", "[0.25,0.25]", .money, unit: "USD"),
        GrammarCase("A loaf cost 143 pence in August.", "143 pence", "[1.43,1.43]", .money, unit: "GBP"),
        GrammarCase("A first-class stamp now costs 95p.", "95p", "[0.95,0.95]", .money, unit: "GBP"),
        GrammarCase("Petrol fell 3 cents a litre.", "3 cents a litre", "[0.03,0.03]", .money, unit: "USD", per: "litre"),
        GrammarCase("The levy is 50 euro cents per bottle.", "50 euro cents per bottle", "[0.5,0.5]", .money, unit: "EUR", per: "bottle"),
        GrammarCase("The dividend was cut to 12 pence a share.", "12 pence a share", "[0.12,0.12]", .money, unit: "GBP", per: "share"),
    ]

    static let rates: [GrammarCase] = [
        GrammarCase("The minimum wage rose to €12 an hour on Saturday.", "€12 an hour", "[12,12]", .money, unit: "EUR", per: "hour"),
        GrammarCase("The mayor earns $185,000 a year.", "$185,000 a year", "[185000,185000]", .money, unit: "USD", per: "year"),
        GrammarCase("The operation costs $30 million a month.", "$30 million a month", "[30000000,30000000]", .money, unit: "USD", per: "month"),
        GrammarCase("The contract is worth £1.2bn per year.", "£1.2bn per year", "[1200000000,1200000000]", .money, unit: "GBP", per: "year"),
        GrammarCase("Volunteers receive £40 a day for food.", "£40 a day", "[40,40]", .money, unit: "GBP", per: "day"),
        GrammarCase("The fee is $15 a week per child.", "$15 a week", "[15,15]", .money, unit: "USD", per: "week"),
        GrammarCase("The company paid a dividend of $1.20 a share.", "$1.20 a share", "[1.2,1.2]", .money, unit: "USD", per: "share"),
        GrammarCase("Analysts expect earnings of $3.10 per share.", "$3.10 per share", "[3.1,3.1]", .money, unit: "USD", per: "share"),
        GrammarCase("Nurses are paid €2,400 monthly.", "€2,400 monthly", "[2400,2400]", .money, unit: "EUR", per: "month"),
        GrammarCase("The levy raises £800m annually.", "£800m annually", "[800000000,800000000]", .money, unit: "GBP", per: "year"),
        GrammarCase("Drivers earn about $20 an hour.", "about $20 an hour", "[20,20]", .money, unit: "USD", per: "hour", .approx),
        GrammarCase("Crude traded at $80 a barrel.", "$80 a barrel", "[80,80]", .money, unit: "USD", per: "barrel"),
        GrammarCase("Diesel rose by 3p a litre overnight.", "3p a litre", "[0.03,0.03]", .money, unit: "GBP", per: "litre"),
        GrammarCase("Regular gasoline averaged $3.41 a gallon.", "$3.41 a gallon", "[3.41,3.41]", .money, unit: "USD", per: "gallon"),
        GrammarCase("Tickets cost £45 per person.", "£45 per person", "[45,45]", .money, unit: "GBP", per: "person"),
    ]

    static let pairs: [GrammarCase] = [
        GrammarCase("The drugmaker agreed to pay $2.2 billion (€2 billion) to settle.", "€2 billion", "[2000000000,2000000000]", .money, unit: "EUR"),
        GrammarCase("The club was fined £8m ($10.2m) for breaches.", "$10.2m", "[10200000,10200000]", .money, unit: "USD"),
        GrammarCase("The firm paid $2.2 billion to settle the claims.", "$2.2 billion", "[2200000000,2200000000]", .money, unit: "USD"),
        GrammarCase("The balance stood at -$2 million.", "-$2 million", "[-2000000,-2000000]", .money, unit: "USD"),
    ]

    @Test(arguments: symbols + codes + words + hundredths + rates + pairs)
    func moneyHasItsCurrency(_ c: GrammarCase) {
        #expect(c.problems() == [])
    }

    @Test func dollarVariantsAreDifferentCurrencies() {
        let codes = ["$5", "US$5", "AU$5", "C$5", "HK$5"].map { Fixture.figures("It cost \($0) million.").first?.value?.unit }
        #expect(codes == ["USD", "USD", "AUD", "CAD", "HKD"])
    }

    @Test(arguments: ["The party won 5 seats.", "He scored 3 points.", "The 5 p.m. meeting was cancelled.",
                      // Three capitals before a plain number are a name or a line, not a currency.
                      "Traders said the CAC 40 closed lower.", "Fans packed the arena for UFC 300.",
                      "Patients were told to call NHS 111 first.", "The BBC 1,000 list was published.",
                      "Delegates at COP 28 agreed a fund."])
    func wordsThatLookLikeCurrenciesAreNotMoney(_ sentence: String) {
        #expect(!Fixture.figures(sentence).contains { $0.kind == .money })
    }
}
