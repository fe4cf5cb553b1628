import Testing
import Model
@testable import Ingest

/// Plain-text metadata: date lines, mastheads, bylines, boilerplate and second stories.
@Suite struct PlainTextTests {
    @Test(arguments: [
        ("Mon Mar 13 2023", "2023-03-13", nil),
        ("Updated 13 March 2023", "2023-03-13", "Updated"),
        ("Last Modified: Sunday\u{060C} 21 January 2018 12:37 PM", "2018-01-21", "Last Modified"),
        ("March 13, 2023", "2023-03-13", nil),
        ("Published: Monday, March 13th, 2023 at 9:40 am GMT", "2023-03-13", "Published"),
        ("13/03/2023", "2023-03-13", nil),
        ("03/13/2023", "2023-03-13", nil),
        ("2023-03-13T09:40:00Z", "2023-03-13", nil),
        ("Posted on 2023-03-13", "2023-03-13", "Posted on"),
        ("Sept. 4, 2022 | 10:05", "2022-09-04", nil),
        // The date as one segment of a line that also carries the byline or a reading time.
        ("18.03.2025, 07:45 | Author: Jan Wirski", "2025-03-18", nil),
        ("By Maria Lind | Published 3 May 2024", "2024-05-03", "Published"),
        ("Updated 14 April 2025 · 4 min read", "2025-04-14", "Updated"),
        ("Tuesday 18 March 2025 — Niamh Corra, on Ayle Island", "2025-03-18", nil),
        ("Friday, 6 June 2025 – By Ana Ruiz", "2025-06-06", nil),
    ] as [(String, String, String?)])
    func dateLines(line: String, iso: String, label: String?) {
        let parsed = DateLine.parse(line)
        #expect(parsed?.date.iso == iso, "\(line)")
        #expect(parsed?.label == label)
    }

    @Test(arguments: ["03/04/2023", "In March 13, 2023 the council met to discuss the budget for next year.",
                      "Home | News | Business | Subscribe", "Police said 4,000 marched | Video, 2 min",
                      "BAGHDAD: The group still has 500 fighters", "Up to 500 fighters still active", "31/02/2023",
                      "The fire – which began on 3 May 2024 – destroyed 40 homes."])
    func notDateLines(line: String) {
        #expect(DateLine.parse(line) == nil, "\(line)")
    }

    @Test(arguments: [
        ("The tribunal's ruling of 4 June cut the fine, and the regulator said on 9 June it would not appeal.", "2025-06-10"),
        ("The tribunal's ruling on June 4 cut the fine, and the regulator said on June 9 it would not appeal.", "2025-10-06"),
    ])
    func anAmbiguousDateLineIsReadInTheOrderTheArticleWritesDates(_ body: String, _ iso: String) {
        let source = Fixtures.ingest("Regulator drops appeal\n\nPosted by Hanna Lyse on 10/06/2025\n\n\(body)\n")
        #expect(source.metadata.published?.iso == iso, "\(String(describing: source.metadata.provenance["published"]))")
    }

    @Test func ambiguousDateIsNotUsedAndSaysSo() {
        let source = Fixtures.ingest("Market reopens after fire\n\n03/04/2023\n\nThe market reopened on Tuesday, two weeks after a fire destroyed 40 stalls, the city said.\n")
        #expect(source.metadata.published == nil)
        #expect(source.metadata.provenance["published"]?.contains("03/04/2023") == true)
        #expect(source.bodySentences.count == 1)
    }

    @Test(arguments: [
        ("World News - Local News - Examplepost", "Examplepost"),
        ("Home | Politics | The Daily Ledger", "The Daily Ledger"),
        ("KURIER DUNMERSKI - English edition", "KURIER DUNMERSKI"),
        ("The Vellmar Daily Post | Home | News | Subscribe", "The Vellmar Daily Post"),
        ("example-times.com - Region - Politics", "example-times.com"),
        ("Home › World › Middle East", nil),
        ("The Brannock Evening News - News - Travel", "The Brannock Evening News"),
        ("Radio Aldery News - Listen live - Podcasts", "Radio Aldery News"),
        ("Local News - Business News - Sport", nil),
    ] as [(String, String?)])
    func mastheadOutlet(line: String, outlet: String?) {
        #expect(Masthead.segments(line) != nil)
        #expect(Masthead.outlet(in: line) == outlet)
    }

    @Test(arguments: ["Over 10,000 fighters still in the region, Syria - experts", "Talks resume - officials",
                      "The talks - which began in May - resumed on Monday."])
    func headlinesAreNotMastheads(line: String) {
        #expect(Masthead.segments(line) == nil)
    }

    /// A bare publication name on the first line is the outlet, and the headline is the line after it.
    @Test(arguments: [
        ("Brackenford Evening Telegraph", "Commuters walk, cycle and queue as city's transit strike bites"),
        ("The Northern Ledger", "Brackenford strike ends, but union warns of more walkouts"),
        ("Radio Brackenford News", "One-day strike shuts Brackenford trams"),
    ])
    func aBarePublicationNameAboveTheHeadlineIsTheOutlet(_ outlet: String, _ headline: String) {
        let source = Fixtures.ingest("\(outlet)\n\n\(headline)\n\nThursday 9 October 2025\n\nThe strike ended on Wednesday after "
                                     + "two days, the union said. About 9,000 workers took part.\n\nContact | Cookie policy | Accessibility\n")
        #expect(source.metadata.outlet == outlet)
        #expect(source.metadata.title == headline)
    }

    /// A masthead in capitals with a section line, a headline that asks and answers, a standfirst, a byline and a
    /// date line: the story starts after them, and the outlet is the masthead in title case.
    @Test func aCapitalisedMastheadAndAQuestionHeadlineStartTheStory() {
        let text = "THE HARBOR CITY POST\nWorld | Europe\n\nHow many people marched in Lerin? It depends on whom you ask\n\n"
            + "Organizers, police and a private firm came up with wildly different numbers for last weekend's protest\n\n"
            + "By Dana Whitcombe\nSeptember 22, 2025\n\nLERIN — Everyone agrees that a lot of people marched through the "
            + "center of Lerin last Saturday. Almost nobody agrees on how many.\n\nOrganizers said 70,000 people took part. "
            + "Police said 12,000.\n"
        let source = Fixtures.ingest(text)
        #expect(source.metadata.outlet == "The Harbor City Post")
        #expect(source.metadata.title == "How many people marched in Lerin? It depends on whom you ask")
        #expect(source.metadata.published?.iso == "2025-09-22")
        #expect(!source.blocks.contains { $0.role == .unrelated }, "\(Fixtures.dump(source))")
        #expect(source.sentences.contains { $0.text.contains("70,000") })
    }

    @Test(arguments: ["Storm Daily", "Strike shuts port"])
    func aHeadlineAboveAnotherHeadlineIsNoOutlet(_ first: String) {
        // "Strike shuts port" ends in no publication word; a line ending in one is only a name when a headline follows.
        let source = Fixtures.ingest("\(first)\n\nThe port was shut on Monday after workers walked out, the union said.\n")
        #expect(source.metadata.title == first)
    }

    @Test func outletIsNilWhenNotPrinted() {
        let source = Fixtures.ingest("Bridge closed for repairs\n\nThe bridge over the river will close for three months from Monday, the transport ministry said.\n")
        #expect(source.metadata.outlet == nil)
        #expect(source.metadata.provenance["outlet"] == "not printed")
        #expect(source.metadata.provenance["published"] == "not printed")
    }

    /// A share strip between the date line and the first paragraph is no standfirst.
    @Test func aShareStripBeforeTheBodyIsLeftOut() {
        let source = Fixtures.ingest("Flights grounded at Brannock\n\n20 December 2024\n\nShare: Facebook | X | WhatsApp | Email | 2,976 shares\n\nThe airport said 3,000 people were stranded on Friday.\n")
        #expect(source.blocks.first { $0.text.hasPrefix("Share:") }?.role == .boilerplate)
        #expect(source.bodySentences.map(\.text) == ["The airport said 3,000 people were stranded on Friday."])
    }

    /// Short lines that open like a digest label but are the story's own text stay.
    @Test(arguments: ["More from the minister later.", "Also on Tuesday, 40 more flights were cancelled."])
    func aSentenceOpeningLikeADigestLabelIsNoLabel(line: String) {
        #expect(!Segmenter.isSectionLabel(line))
    }

    @Test func bylineGivesAuthors() {
        let source = Fixtures.ingest("Bridge closed for repairs\nBy Jane Roe and John Doe\n\nThe bridge over the river will close for three months from Monday, the ministry said.\n")
        #expect(source.metadata.authors == ["Jane Roe", "John Doe"])
        #expect(source.blocks[1].role == .masthead)
    }

    @Test(arguments: [
        ("icon-facebook icon-twitter icon-whatsapp", "boilerplate"),
        ("Facebook Twitter WhatsApp Email", "boilerplate"),
        ("Read Also: Storm closes schools across the north", "boilerplate"),
        ("Follow", "boilerplate"),
        ("Leave A Reply", "boilerplate"),
        ("A boat on the river at dawn. (AFP photo)", "caption"),
        ("Photo: Jane Doe", "caption"),
        ("Protesters gather outside parliament on Monday. REUTERS/John Smith", "caption"),
        ("© 2021 Example Media Group. All rights reserved.", "boilerplate"),
        ("Share on Facebook | Share on X | Share on LinkedIn | Email | 2,764 shares", "boilerplate"),
        ("Most shared this week: 2,764 shares | Tags: Calloway Mills, Dunmere, jobs", "boilerplate"),
        ("Tags: floods, Selna river | Share on Facebook | 312 comments", "boilerplate"),
        ("Most viewed: Dam operator fined | Read More: Council approves budget", "boilerplate"),
        ("Share: Facebook | X | WhatsApp | Email | 2,976 shares", "boilerplate"),
        ("f Share | X Post | WhatsApp | Copy link | 5,112 shares", "boilerplate"),
        ("Share: Facebook · X · WhatsApp · Email · 1,204 shares", "boilerplate"),
        ("Share this: Facebook | Email | Copy link     918 shares", "boilerplate"),
        ("Related: Ferry operator fined over late sailings", "boilerplate"),
        ("See also: Harbour master resigns after inquiry", "boilerplate"),
    ])
    func boilerplateLines(line: String, role: String) {
        let verdict = Boilerplate(phrases: Fixtures.config.boilerplate.phrases).verdict(line)
        switch verdict {
        case .caption: #expect(role == "caption", "\(line)")
        case .none: Issue.record("\(line) was kept as text")
        default: #expect(role == "boilerplate", "\(line)")
        }
    }

    @Test(arguments: ["Following the attack, the army said it had arrested 12 people in the city.",
                      "Follow-up talks are planned for next week, the foreign ministry said on Monday.",
                      "Related talks between the two unions broke down on Friday, the mediator said.",
                      "The report, published by AFP on Monday, said 20 people were hurt.",
                      "Turnout was 61% | the highest since 1998, officials said, and 2,764 ballots were spoiled."])
    func proseIsNotBoilerplate(line: String) {
        #expect(Boilerplate(phrases: Fixtures.config.boilerplate.phrases).verdict(line) == nil)
    }

    @Test func relatedListHeadlinesAreBoilerplate() {
        let text = "Rail strike called off\n\nUnions called off a planned rail strike on Friday after a late offer of 5 percent, the transport secretary said.\n\nRelated News\n\nBus fares to rise in April\n\nNew timetable starts next month\n"
        let source = Fixtures.ingest(text)
        #expect(source.bodySentences.count == 1)
        #expect(source.blocks.first { $0.text == "Bus fares to rise in April" }?.reason?.contains("Related News") == true)
    }

    @Test func hardWrappedParagraphsAreJoined() {
        let text = "Water rationing extended\n\nThe city will extend water rationing for another month after reservoir levels\nfell to 18 percent of capacity, the utility said on Wednesday, urging residents\nto cut their use by a fifth.\n"
        let source = Fixtures.ingest(text)
        #expect(source.bodySentences.count == 1)
        #expect(source.bodySentences.first?.text.contains("reservoir levels fell") == true)
    }

    @Test func secondStoryWithOwnDateLineIsUnrelated() {
        let text = """
        Storm closes schools in the north

        Updated 4 February 2024

        Schools across the north will stay closed on Monday after a storm brought down power lines, officials said.
        About 20,000 homes were without electricity on Sunday evening, the grid operator said.

        Football club appoints new coach

        Published 9 February 2024

        The club announced on Friday that its former captain would take over as head coach until the end of the season.
        """
        let source = Fixtures.ingest(text)
        #expect(source.metadata.published == EventDate(year: 2024, month: 2, day: 4))
        let unrelated = source.blocks.filter { $0.role == .unrelated }
        #expect(unrelated.count == 3)
        #expect(unrelated.first?.reason == "a second story (headline “Football club appoints new coach”, dated 9 February 2024) appended after the article")
        #expect(source.bodySentences.count == 2)
    }

    @Test(arguments: ["NEWS IN BRIEF", "ALSO IN BUSINESS", "IN OTHER NEWS", "In other news", "Also on OBC News", "More news"])
    func aDigestAfterTheStoryIsUnrelated(label: String) {
        let text = """
        Fever cases pass 700

        Updated 10 March 2025

        The health ministry said on Monday that 710 cases had been confirmed, up from 340 a week earlier.
        Hospitals in the province have opened 200 extra beds, officials said.

        \(label)

        Library restoration approved

        The council has approved €2.3 million to restore the public library, with work due to start in September.
        """
        let source = Fixtures.ingest(text)
        #expect(source.bodySentences.count == 2, "\(source.bodySentences.map(\.text))")
        #expect(source.blocks.first { $0.role == .unrelated }?.reason?.contains("Library restoration approved") == true)
    }

    @Test(arguments: ["This article was translated from the Sarvonian original by our editorial team.",
                      "Editor's note: this story has been corrected to give the mayor's full name.",
                      "This story has been updated with comments from the ministry."])
    func aNoteAboutTheArticleIsLeftOutAndTheHeadlineAfterItIsTheTitle(note: String) {
        let text = """
        KURIER DUNMERSKI - English edition

        \(note)

        Fever: ministry counts 1,150 infections, hospitals speak of 40 dead

        18.03.2025, 07:45 | Author: Jan Wirski

        The number of confirmed infections in the province has reached 1,150, the ministry said.
        The Association of Hospitals said no fewer than 40 people had died.
        """
        let source = Fixtures.ingest(text)
        #expect(source.metadata.title == "Fever: ministry counts 1,150 infections, hospitals speak of 40 dead")
        #expect(source.metadata.published == EventDate(year: 2025, month: 3, day: 18))
        #expect(source.bodySentences.count == 2, "\(source.bodySentences.map(\.text))")
        #expect(!source.blocks.contains { $0.role == .unrelated })
    }

    @Test func aCapitalisedCrossheadInsideTheStoryCutsNothing() {
        let text = """
        Fever cases pass 700

        The health ministry said on Monday that 710 cases had been confirmed, up from 340 a week earlier.
        Hospitals in the province have opened 200 extra beds, officials said.

        THE RESPONSE

        The ministry said 40 mobile teams had been sent to the villages.
        """
        #expect(Fixtures.ingest(text).bodySentences.count == 3)
    }

    @Test func datelinePrefixStaysInBody() {
        let source = Fixtures.ingest("Talks resume in capital\n\nGENEVA: Talks resumed on Monday between the two delegations, a spokesman said.\n")
        #expect(source.bodySentences.first?.text.hasPrefix("GENEVA: Talks resumed") == true)
    }

    @Test func overridesFromSourcesYmlWinAndAreRecorded() {
        let source = Fixtures.ingest("Talks resume in capital\n\nTalks resumed on Monday between the two delegations, a spokesman said.\n",
                                     path: "x/article.txt",
                                     overrides: ["article.txt": ["outlet": "Wire Service", "published": "2024-05-06", "authors": "A. Writer; B. Writer", "colour": "blue"]])
        #expect(source.metadata.outlet == "Wire Service")
        #expect(source.metadata.published == EventDate(year: 2024, month: 5, day: 6))
        #expect(source.metadata.authors == ["A. Writer", "B. Writer"])
        #expect(source.metadata.provenance["outlet"] == "sources.yml")
        #expect(source.notices.contains { $0.message.contains("colour") })
    }
}
