import Testing
import Model
@testable import Ingest

/// The five seed articles: headline, outlet, date, what is left out, and what is still analysed.
@Suite struct SeedTests {
    @Test(arguments: [
        ("000", "‘Up to 500 IS Fighters Still Active in Iraq’", nil, "2023-03-13"),
        ("001", "Between 400 and 500 IS jihadists still active in Iraq", nil, nil),
        ("002", "Up to 500 Daesh fighters still active in Iraq: military", nil, "2023-03-13"),
        ("003", nil, nil, nil),
        ("004", "Over 10,000 ISIS terrorists still in Iraq, Syria - experts", "Baghdadpost", "2018-01-21"),
    ] as [(String, String?, String?, String?)])
    func seedMetadata(prefix: String, title: String?, outlet: String?, published: String?) {
        let source = Fixtures.seed(prefix)
        #expect(source.metadata.title == title, "\(Fixtures.dump(source))")
        #expect(source.metadata.outlet == outlet)
        #expect(source.metadata.published?.iso == published)
        #expect(source.metadata.language == "en")
        #expect(source.notices.isEmpty)
        if published == nil { #expect(source.metadata.provenance["published"] == "not printed") }
    }

    @Test func sentencesAreNumberedInOrderAndOnlyFromAnalysedBlocks() {
        for prefix in ["000", "001", "002", "003", "004"] {
            let source = Fixtures.seed(prefix)
            #expect(source.sentences.enumerated().allSatisfy { $0.offset == $0.element.index })
            let fromBlocks = source.blocks.flatMap(\.sentences)
            #expect(fromBlocks == Array(source.sentences.indices))
            for block in source.blocks where !block.role.isAnalysed {
                #expect(block.sentences.isEmpty)
                #expect(block.reason != nil, "left-out block without a reason: \(block.text)")
            }
        }
    }

    @Test func shareDebrisAndDateLineAreLeftOut() {
        let source = Fixtures.seed("000")
        let debris = source.blocks.filter { $0.text.hasPrefix("icon-facebook") }
        #expect(debris.count == 2)
        #expect(debris.allSatisfy { $0.role == .boilerplate })
        #expect(source.blocks.first { $0.text == "Mon Mar 13 2023" }?.role == .dateline)
        #expect(source.metadata.provenance["published"] == "date line 3")
    }

    @Test func crossheadStaysAndKurillaParagraphIsAnalysed() {
        let source = Fixtures.seed("000")
        #expect(source.blocks.first { $0.text == "US commander warns against IS fighters" }?.role == .subheadline)
        #expect(source.sentences.contains { $0.text.contains("Kurilla") })
        #expect(source.sentences.contains { $0.text.hasPrefix("ISLAMABAD/BAGHDAD: Iraqi General Qais al-Mohamadawi") })
    }

    @Test func readAlsoRelatedAndCommentFormAreBoilerplate() {
        let source = Fixtures.seed("001")
        for start in ["Read Also", "Recent Articles", "Related News", "Leave A Reply", "Please enter your comment!", "Please enter your name here"] {
            let block = source.blocks.first { $0.text.hasPrefix(start) }
            #expect(block?.role == .boilerplate, "\(start)")
        }
        #expect(!source.sentences.contains { $0.text.contains("volcanic") })
        #expect(source.sentences.contains { $0.text.contains("Mohamadawi") })
    }

    @Test func appendedStoryIsUnrelatedWithItsHeadlineAndDate() {
        let source = Fixtures.seed("002")
        let unrelated = source.blocks.filter { $0.role == .unrelated }
        #expect(unrelated.first?.text == "Syrian leader to meet Putin, Russia seeks deal on military bases")
        #expect(unrelated.first?.reason?.contains("dated 28 January 2026") == true)
        #expect(unrelated.contains { $0.text.hasPrefix("MOSCOW:") })
        #expect(!source.sentences.contains { $0.text.contains("Putin") })
        #expect(source.sentences.contains { $0.text.contains("Kurilla") })
        #expect(source.metadata.published == EventDate(year: 2023, month: 3, day: 13))
    }

    @Test func captionUrlFollowAndRepeatedHeadlineAreLeftOut() {
        let source = Fixtures.seed("002")
        #expect(source.blocks.first { $0.text.hasSuffix("(Reuters file photo)") }?.role == .caption)
        #expect(source.blocks.first { $0.text == "Short Url" }?.role == .boilerplate)
        #expect(source.blocks.first { $0.text == "Follow" }?.role == .boilerplate)
        let repeats = source.blocks.filter { $0.text == source.metadata.title }
        #expect(repeats.map(\.role) == [.headline, .boilerplate])
        #expect(repeats.last?.reason == "repeats the headline")
        #expect(source.sentences.contains { $0.text.hasPrefix("BAGHDAD: The Daesh group") })
    }

    @Test func bulletSummaryIsSubheadline() {
        let source = Fixtures.seed("002")
        let bullets = source.blocks.filter { $0.text.hasPrefix("But Daesh, now based") || $0.text.hasPrefix("UN report last month") }
        #expect(bullets.count == 2)
        #expect(bullets.allSatisfy { $0.role == .subheadline && !$0.text.hasPrefix("•") })
    }

    @Test func articleWithoutHeadlineKeepsItsFirstParagraph() {
        let source = Fixtures.seed("003")
        #expect(source.blocks.first?.role == .body)
        #expect(source.sentences.first?.text.hasPrefix("Scattered attacks") == true)
        #expect(source.sentences.contains { $0.text.contains("Kurilla") })
    }

    @Test func mastheadGivesOutletAndArabicCommaDateLineParses() {
        let source = Fixtures.seed("004")
        #expect(source.blocks.first?.role == .masthead)
        #expect(source.metadata.provenance["outlet"] == "masthead line 1")
        #expect(source.blocks.last?.role == .dateline)
        #expect(source.metadata.publishedText?.hasPrefix("Last Modified") == true)
        #expect(source.blocks.first { $0.text.hasPrefix("There are many more") }?.role == .subheadline)
    }

    @Test func refiningTheSeedsChangesNoAnalysedText() {
        let sources = ["000", "001", "002", "003", "004"].map(Fixtures.seed)
        let refined = Ingester(config: Fixtures.config).refine(sources)
        #expect(refined.notices.isEmpty)
        #expect(refined.sources.map(\.analysedText) == sources.map(\.analysedText))
    }
}
