import Model
import Testing
import TestSupport
@testable import Extract

/// Sentences written the way agency copy, local papers, business, court, weather and health pages write, on many
/// subjects (none from the seeds or the dev set): each must yield the figures and dates a reader sees in it, dated
/// against its article's day. Table-driven; one case per sentence.
@Suite struct NewsSentenceTests {
    struct Want: Sendable {
        enum Kind: Sendable { case number, money, percent, date }
        var kind: Kind, value: Double?, iso: String?, unit: String?
        init(_ kind: Kind, _ value: Double, unit: String? = nil) { self.kind = kind; self.value = value; iso = nil; self.unit = unit }
        init(_ kind: Kind, _ iso: String) { self.kind = kind; value = nil; self.iso = iso; unit = nil }
    }

    struct NewsCase: CustomStringConvertible, Sendable {
        var id: String, text: String, reference: EventDate, wants: [Want]
        init(_ id: String, _ text: String, _ reference: EventDate, _ wants: [Want]) {
            self.id = id; self.text = text; self.reference = reference; self.wants = wants
        }
        var description: String { id + ": " + text }
    }

    static let cases: [NewsCase] = [
        NewsCase("ndig-01", "The council said 4,382 households had applied for the winter fuel grant before the deadline closed.", EventDate(year: 2023, month: 11, day: 2), [Want(.number, 4382.0)]),
        NewsCase("ndig-02", "Organisers counted 12 500 runners at the start line of the city marathon on Sunday.", EventDate(year: 2024, month: 4, day: 15), [Want(.number, 12500.0)]),
        NewsCase("ndig-03", "The language-learning app has been downloaded 1.2bn times since it launched, the company said.", EventDate(year: 2023, month: 8, day: 30), [Want(.number, 1200000000.0)]),
        NewsCase("ndig-04", "A lottery player from Fife scooped £3.5m in Saturday's draw, Camelot said.", EventDate(year: 2024, month: 1, day: 7), [Want(.money, 3500000.0, unit: "GBP")]),
        NewsCase("ndig-05", "Each family that lost a home in the landslide will receive US$40,000 in compensation, the provincial government said.", EventDate(year: 2022, month: 9, day: 19), [Want(.money, 40000.0, unit: "USD")]),
        NewsCase("ndig-06", "Police in Strasbourg said 8 400 people had joined the demonstration, while the CGT union put the figure at 25 000.", EventDate(year: 2023, month: 3, day: 24), [Want(.number, 8400.0), Want(.number, 25000.0)]),
        NewsCase("ndig-07", "The waiting list for hospital treatment in England rose to 7.6m in September, the highest since records began.", EventDate(year: 2023, month: 11, day: 9), [Want(.number, 7600000.0)]),
        NewsCase("ndig-08", "The band sold 2.35 million tickets for its stadium tour within a day of going on sale.", EventDate(year: 2024, month: 6, day: 12), [Want(.number, 2350000.0)]),
        NewsCase("ndig-09", "The glacier lost 3.8 metres of thickness over the summer, Swiss scientists said.", EventDate(year: 2023, month: 10, day: 3), [Want(.number, 3.8)]),
        NewsCase("ndig-10", "Only 0.4 inches of rain fell on the county in June, the Met Office said.", EventDate(year: 2022, month: 7, day: 1), [Want(.number, 0.4)]),
        NewsCase("ndig-11", "Shipping traffic through the canal fell to 1,311 vessels in January as carriers avoided the Red Sea.", EventDate(year: 2024, month: 2, day: 6), [Want(.number, 1311.0)]),
        NewsCase("ndig-12", "The 27,000-tonne cargo ship ran aground off the Brittany coast early on Monday.", EventDate(year: 2023, month: 5, day: 15), [Want(.number, 27000.0)]),
        NewsCase("ndig-13", "The lender said it now has 17.4m customers in the UK after taking over the rival bank's accounts.", EventDate(year: 2024, month: 7, day: 25), [Want(.number, 17400000.0)]),
        NewsCase("ndig-14", "Customs officers at Antwerp seized 1,250kg of cocaine hidden in crates of bananas.", EventDate(year: 2023, month: 12, day: 11), [Want(.number, 1250.0)]),
        NewsCase("ndig-15", "The municipal corporation has set aside Rs 12 crore for repairing roads damaged by the monsoon.", EventDate(year: 2024, month: 8, day: 5), [Want(.money, 120000000.0, unit: "INR")]),
        NewsCase("ndig-16", "Officials said 1.5 lakh devotees took a holy dip at the confluence on the first day of the fair.", EventDate(year: 2025, month: 1, day: 14), [Want(.number, 150000.0)]),
        NewsCase("ndig-17", "The port handled 4 250 000 containers last year, up from 3 900 000 in 2022.", EventDate(year: 2024, month: 3, day: 19), [Want(.number, 4250000.0), Want(.number, 3900000.0)]),
        NewsCase("nsp-01", "Thirty-seven lorries were stuck on the motorway overnight after heavy snowfall.", EventDate(year: 2023, month: 1, day: 18), [Want(.number, 37.0)]),
        NewsCase("nsp-02", "Eleven hundred workers at the plant voted to accept the pay offer.", EventDate(year: 2022, month: 6, day: 9), [Want(.number, 1100.0)]),
        NewsCase("nsp-03", "The bank will close forty-five branches across Wales and the south-west of England.", EventDate(year: 2024, month: 5, day: 2), [Want(.number, 45.0)]),
        NewsCase("nsp-04", "Two-thirds of the council's budget is now spent on adult social care.", EventDate(year: 2023, month: 9, day: 27), [Want(.number, 0.6666666666666666)]),
        NewsCase("nsp-05", "A quarter of the city's bus drivers were off sick on Monday, the operator said.", EventDate(year: 2022, month: 12, day: 5), [Want(.number, 0.25)]),
        NewsCase("nsp-06", "The ferry was carrying three hundred and twelve passengers and crew when it lost power.", EventDate(year: 2021, month: 11, day: 22), [Want(.number, 312.0)]),
        NewsCase("nsp-07", "Nine hundred thousand people remain without running water after the earthquake, aid agencies said.", EventDate(year: 2024, month: 2, day: 28), [Want(.number, 900000.0)]),
        NewsCase("nsp-08", "Half of all new cars sold in Norway last year were fully electric.", EventDate(year: 2024, month: 1, day: 11), [Want(.number, 0.5)]),
        NewsCase("nsp-09", "The club sold twenty-three thousand season tickets before the summer break.", EventDate(year: 2023, month: 7, day: 3), [Want(.number, 23000.0)]),
        NewsCase("nsp-10", "A hundred and twenty firefighters tackled the blaze at the warehouse in east London.", EventDate(year: 2022, month: 8, day: 16), [Want(.number, 120.0)]),
        NewsCase("nsp-11", "Independents took seven of the nine seats on the parish council.", EventDate(year: 2023, month: 5, day: 8), [Want(.number, 7.0), Want(.number, 9.0)]),
        NewsCase("nsp-12", "Ninety-nine sheep were killed when lightning struck the field, the farmer said.", EventDate(year: 2024, month: 6, day: 20), [Want(.number, 99.0)]),
        NewsCase("nsp-13", "Three and a half thousand homes will be built on the former airfield.", EventDate(year: 2024, month: 4, day: 4), [Want(.number, 3500.0)]),
        NewsCase("nsp-14", "The food bank helped eight thousand four hundred families last winter.", EventDate(year: 2023, month: 2, day: 14), [Want(.number, 8400.0)]),
        NewsCase("nsp-15", "Police said fifty-eight people had been arrested and nineteen officers injured.", EventDate(year: 2021, month: 5, day: 10), [Want(.number, 58.0), Want(.number, 19.0)]),
        NewsCase("nsp-16", "A couple of dozen fishermen blocked the harbour entrance with their boats.", EventDate(year: 2022, month: 10, day: 20), [Want(.number, 24.0)]),
        NewsCase("nsp-17", "A fifth of the island's rainforest has been cleared since the turn of the century.", EventDate(year: 2023, month: 8, day: 14), [Want(.number, 0.2)]),
        NewsCase("nmn-01", "The union is demanding a minimum wage of $15 an hour for fast-food workers.", EventDate(year: 2023, month: 4, day: 11), [Want(.money, 15.0, unit: "USD")]),
        NewsCase("nmn-02", "Tenants in the block now pay £1,200 a month for a two-bedroom flat.", EventDate(year: 2024, month: 1, day: 19), [Want(.money, 1200.0, unit: "GBP")]),
        NewsCase("nmn-03", "The board declared a quarterly dividend of 42 cents per share.", EventDate(year: 2023, month: 10, day: 25), [Want(.money, 0.42, unit: "USD")]),
        NewsCase("nmn-04", "The company reported earnings of $1.37 a share, beating analysts' forecasts.", EventDate(year: 2024, month: 4, day: 30), [Want(.money, 1.37, unit: "USD")]),
        NewsCase("nmn-05", "Toyota forecast an operating profit of ¥4.3tn for the year to March.", EventDate(year: 2024, month: 5, day: 8), [Want(.money, 4300000000000.0, unit: "JPY")]),
        NewsCase("nmn-07", "The state government will pay ₹5 lakh to the family of each victim.", EventDate(year: 2024, month: 7, day: 31), [Want(.money, 500000.0, unit: "INR")]),
        NewsCase("nmn-08", "Customs officers seized gold worth Rs 2.5 crore from a passenger arriving from Dubai.", EventDate(year: 2023, month: 8, day: 21), [Want(.money, 25000000.0, unit: "INR")]),
        NewsCase("nmn-09", "The miner agreed to pay A$1.1 billion to settle the class action.", EventDate(year: 2024, month: 2, day: 26), [Want(.money, 1100000000.0, unit: "AUD")]),
        NewsCase("nmn-10", "The government will spend NZ$300 million on flood defences over four years.", EventDate(year: 2023, month: 5, day: 18), [Want(.money, 300000000.0, unit: "NZD")]),
        NewsCase("nmn-11", "Petrol prices rose by 3p a litre in a single week, the RAC said.", EventDate(year: 2022, month: 9, day: 12), [Want(.money, 0.03, unit: "GBP")]),
        NewsCase("nmn-12", "Congress passed a $1.5 trillion spending bill late on Thursday.", EventDate(year: 2022, month: 3, day: 11), [Want(.money, 1500000000000.0, unit: "USD")]),
        NewsCase("nmn-13", "Singapore Airlines posted a record net profit of S$2.7 billion for the year.", EventDate(year: 2024, month: 5, day: 16), [Want(.money, 2700000000.0, unit: "SGD")]),
        NewsCase("nmn-14", "The job carries a salary of £62,000 per annum plus a car allowance.", EventDate(year: 2023, month: 9, day: 5), [Want(.money, 62000.0, unit: "GBP")]),
        NewsCase("nmn-15", "The singer was ordered to pay two million dollars in damages to her former manager.", EventDate(year: 2024, month: 3, day: 20), [Want(.money, 2000000.0, unit: "USD")]),
        NewsCase("nmn-16", "The bank agreed to pay CHF 1.2 billion to resolve the tax investigation.", EventDate(year: 2023, month: 11, day: 28), [Want(.money, 1200000000.0, unit: "CHF")]),
        NewsCase("nmn-17", "Bail was set at $500,000, and the defendant was ordered to surrender his passport.", EventDate(year: 2024, month: 6, day: 7), [Want(.money, 500000.0, unit: "USD")]),
        NewsCase("npc-01", "Ireland's corporate tax rate of 12.5 per cent has long drawn criticism from its neighbours.", EventDate(year: 2023, month: 10, day: 9), [Want(.percent, 12.5)]),
        NewsCase("npc-05", "Turnout fell to sixty-two per cent, the lowest in a generation.", EventDate(year: 2019, month: 12, day: 16), [Want(.percent, 62.0)]),
        NewsCase("npc-06", "Shares in the housebuilder fell 7pc in early trading after the profit warning.", EventDate(year: 2023, month: 8, day: 3), [Want(.percent, 7.0)]),
        NewsCase("npc-07", "The central bank held its key interest rate at 0.25%.", EventDate(year: 2021, month: 9, day: 24), [Want(.percent, 0.25)]),
        NewsCase("npc-08", "Unemployment stood at 4.2% in July, up from 3.9% a year earlier.", EventDate(year: 2024, month: 8, day: 16), [Want(.percent, 4.2), Want(.percent, 3.9)]),
        NewsCase("npc-09", "Sales rose 8% year-on-year to £1.1bn, the retailer said.", EventDate(year: 2023, month: 7, day: 20), [Want(.percent, 8.0), Want(.money, 1100000000.0, unit: "GBP")]),
        NewsCase("npc-10", "The yield on the 10-year Treasury note rose to 4.9%, its highest since 2007.", EventDate(year: 2023, month: 10, day: 20), [Want(.percent, 4.9)]),
        NewsCase("npc-11", "Councillors approved a 4.99 per cent rise in council tax.", EventDate(year: 2024, month: 2, day: 8), [Want(.percent, 4.99)]),
        NewsCase("npc-13", "The jobless rate for young people rose 2.3 percentage points to 14.1 per cent.", EventDate(year: 2023, month: 5, day: 17), [Want(.percent, 2.3), Want(.percent, 14.1)]),
        NewsCase("npc-14", "The fund bought a 49% stake in the port operator.", EventDate(year: 2024, month: 3, day: 5), [Want(.percent, 49.0)]),
        NewsCase("npc-15", "Pump prices have jumped 25 per cent since January.", EventDate(year: 2022, month: 3, day: 9), [Want(.percent, 25.0)]),
        NewsCase("nda-05", "Jury selection is scheduled to begin the week of June 9.", EventDate(year: 2025, month: 5, day: 20), [Want(.date, "2025-06-09")]),
        NewsCase("nda-07", "The new rules took effect on 2 January 2024.", EventDate(year: 2024, month: 1, day: 10), [Want(.date, "2024-01-02")]),
        NewsCase("nda-09", "The final vote is set for Monday, Sept. 16.", EventDate(year: 2024, month: 9, day: 5), [Want(.date, "2024-09-16")]),
        NewsCase("nda-12", "Energy bills will fall on 1 April, the regulator confirmed.", EventDate(year: 2024, month: 2, day: 23), [Want(.date, "2024-04-01")]),
        NewsCase("nda-14", "Apollo 11 landed on the Moon on 20 July 1969.", EventDate(year: 2019, month: 7, day: 16), [Want(.date, "1969-07-20")]),
        NewsCase("nda-17", "Election Day falls on Nov. 5, 2024, and early voting has already begun.", EventDate(year: 2024, month: 10, day: 15), [Want(.date, "2024-11-05")]),
        NewsCase("ndr-01", "The ministry confirmed on Tuesday that the talks had collapsed.", EventDate(year: 2024, month: 3, day: 7), [Want(.date, "2024-03-05")]),
        NewsCase("ndr-08", "The court will deliver its verdict on Friday.", EventDate(year: 2023, month: 6, day: 13), [Want(.date, "2023-06-16")]),
        NewsCase("ndr-09", "The fire started last Thursday and is still burning.", EventDate(year: 2022, month: 10, day: 3), [Want(.date, "2022-09-29")]),
        NewsCase("ndr-10", "The city's last cinema closed a week ago.", EventDate(year: 2021, month: 8, day: 20), [Want(.date, "2021-08-13")]),
        NewsCase("ndr-13", "The company announced the job cuts two weeks ago.", EventDate(year: 2019, month: 4, day: 25), [Want(.date, "2019-04-11")]),
        NewsCase("ndr-15", "Protesters gathered outside parliament on Wednesday evening.", EventDate(year: 2024, month: 10, day: 4), [Want(.date, "2024-10-02")]),
        NewsCase("nag-01", "The 34-year-old was pronounced dead at the scene.", EventDate(year: 2024, month: 4, day: 2), [Want(.number, 34.0)]),
        NewsCase("nag-07", "A 16-year-old boy and his 15-year-old friend were arrested after the break-in.", EventDate(year: 2024, month: 3, day: 25), [Want(.number, 16.0), Want(.number, 15.0)]),
        NewsCase("nag-08", "A five-month-old baby was among the passengers rescued from the capsized boat.", EventDate(year: 2023, month: 2, day: 9), [Want(.number, 5.0, unit: "month")]),
        NewsCase("nag-09", "David Hughes, 47, of Harrogate, denied the charges.", EventDate(year: 2024, month: 5, day: 9), [Want(.number, 47.0)]),
        NewsCase("nag-10", "The senator, who turns 80 next month, said he would run again.", EventDate(year: 2023, month: 12, day: 4), [Want(.number, 80.0)]),
        NewsCase("nag-11", "She died peacefully at the age of 96, the palace said.", EventDate(year: 2022, month: 9, day: 9), [Want(.number, 96.0)]),
        NewsCase("nag-13", "Both teenagers, aged 17, were released on bail.", EventDate(year: 2023, month: 7, day: 27), [Want(.number, 17.0)]),
        NewsCase("nag-14", "The youngest victim was three years old, police said.", EventDate(year: 2024, month: 10, day: 21), [Want(.number, 3.0)]),
        NewsCase("nag-15", "Sean Murphy (52), from Cork, was fined €500 at the district court.", EventDate(year: 2023, month: 4, day: 20), [Want(.number, 52.0), Want(.money, 500.0, unit: "EUR")]),
        NewsCase("nag-16", "The 71-year-old's family said he had died peacefully at home.", EventDate(year: 2024, month: 2, day: 2), [Want(.number, 71.0)]),
        NewsCase("nnq-04", "The airline has ordered 20 Boeing 787 Dreamliners for its long-haul fleet.", EventDate(year: 2024, month: 1, day: 30), [Want(.number, 20.0)]),
        NewsCase("nnq-07", "Denmark will buy four more F-35 jets, the defence ministry said.", EventDate(year: 2023, month: 6, day: 27), [Want(.number, 4.0)]),
        NewsCase("nnq-12", "A crash closed two lanes of I-95 near Baltimore during the morning rush.", EventDate(year: 2024, month: 6, day: 4), [Want(.number, 2.0)]),
    ]

    static func found(_ want: Want, in mentions: [Mention]) -> Bool {
        mentions.contains { m in
            switch want.kind {
            case .date: return m.kind == .date && m.date?.iso == want.iso
            case .number, .money, .percent:
                let kinds: [Mention.Kind] = want.kind == .number ? [.number, .range] : want.kind == .money ? [.money] : [.percent]
                guard kinds.contains(m.kind), let v = want.value, let q = m.value else { return false }
                let close = { (x: Double?) in x.map { abs($0 - v) <= 1e-6 * max(1, abs(v)) } ?? false }
                return (close(q.low) || close(q.high)) && (want.unit == nil || q.unit == want.unit)
            }
        }
    }

    @Test(arguments: cases)
    func aNewsSentenceYieldsItsFigures(_ c: NewsCase) {
        let mentions = Fixture.extractor.analyse(text: c.text, reference: c.reference).mentions
        for want in c.wants {
            #expect(Self.found(want, in: mentions), "\(c.id): \(want.kind) \(want.value.map { String($0) } ?? want.iso ?? "") in \(mentions.map(\.text))")
        }
    }
}
