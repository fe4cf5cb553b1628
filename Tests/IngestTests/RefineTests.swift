import Foundation
import Testing
import Model
@testable import Ingest

/// Corpus-wide refinement: the same text twice, recurring furniture, topic shifts.
@Suite struct RefineTests {
    private let story = "Dam repairs begin\n\nEngineers began repairing the dam on Monday after inspectors found cracks in the spillway, the water authority said.\n"

    @Test func sameTextTwiceWarnsNamingBothFiles() {
        let a = Fixtures.ingest(story, path: "a.txt"), b = Fixtures.ingest(story, path: "b.txt")
        let refined = Ingester(config: Fixtures.config).refine([a, b])
        #expect(refined.notices.count == 1)
        #expect(refined.notices.first?.file == "b.txt")
        #expect(refined.notices.first?.message.contains("a.txt") == true)
        #expect(refined.notices.first?.severity == .warning)
    }

    @Test func linesRecurringAcrossSourcesBecomeBoilerplate() {
        let texts = [
            "Dam repairs begin\n\nEngineers began repairing the dam on Monday, the water authority said.\n\nDownload our app today\n",
            "Flood warning issued\n\nForecasters issued a flood warning for the valley on Tuesday after heavy rain.\n\nDownload our app today\n",
            "Schools reopen after storm\n\nSchools reopened on Wednesday after the storm, the education office said.\n\nDownload our app today\n",
        ]
        let sources = texts.enumerated().map { Fixtures.ingest($0.element, path: "\($0.offset).txt") }
        #expect(sources[0].analysedText.contains("Download our app"))
        let refined = Ingester(config: Fixtures.config).refine(sources).sources
        for source in refined {
            let block = source.blocks.first { $0.text == "Download our app today" }
            #expect(block?.role == .boilerplate)
            #expect(block?.reason == "recurs in 2 other sources: site furniture")
            #expect(source.bodySentences.count == 1)
        }
    }

    @Test func tailOnAnotherTopicIsUnrelated() {
        let river = "The river flooded the town after heavy rain, and the council said the flood barriers failed near the bridge. Residents were evacuated from homes near the river as water rose above the barriers."
        let others = (0..<3).map { n in
            Fixtures.ingest("Flood story \(n)\n\n\(river)\n\nThe council said repairs to the flood barriers near the bridge would begin after the water level fell.\n\nResidents criticised the council for failing to maintain the barriers along the river for \(n + 3) years.\n", path: "o\(n).txt")
        }
        let mixed = Fixtures.ingest("""
        Town flooded after barriers fail

        \(river)

        The council said the flood barriers near the bridge had not been inspected since the last flood, and residents blamed the council for the water damage along the river.

        Officials said evacuated residents could return once the river level fell below the barriers, but warned that more rain was expected.

        A celebrated violinist performed a new concerto at the opera house, delighting critics with a luminous interpretation of baroque melodies and orchestral colours, before an encore of folk songs arranged for string quartet.

        The orchestra's conductor praised the soloist's phrasing and dazzling technique, and tickets for the remaining concerts in the festival season sold out within hours of going on sale online, organisers announced proudly.
        """, path: "mixed.txt")
        let refined = Ingester(config: Fixtures.config).refine(others + [mixed]).sources
        let result = refined.last!
        #expect(result.blocks.filter { $0.role == .unrelated }.count == 2, "\(Fixtures.dump(result))")
        #expect(result.blocks.first { $0.role == .unrelated }?.reason?.contains("of its words occur in other sources") == true)
        #expect(!result.sentences.contains { $0.text.contains("violinist") })
        #expect(refined.dropLast().allSatisfy { !$0.blocks.contains { $0.role == .unrelated } })
    }

    /// Refine from facts kept by an earlier build (through the cache's JSON) equals refine from the texts, on
    /// a corpus with a duplicate, a recurring furniture line and an appended story; facts that do not describe
    /// a source's blocks are not used.
    @Test func refiningFromKeptFactsEqualsRefiningFromTheTexts() throws {
        let river = "The river flooded the town after heavy rain, and the council said the flood barriers failed near the bridge. Residents were evacuated from homes near the river as water rose above the barriers."
        let story = { (n: Int) in
            "Flood story \(n)\n\n\(river)\n\nThe council said repairs to the flood barriers near the bridge would begin after the water level fell.\n\nDownload our app today\n\nResidents criticised the council for failing to maintain the barriers along the river for \(n + 3) years.\n"
        }
        var sources = (0..<3).map { Fixtures.ingest(story($0), path: "o\($0).txt") }
        sources.append(Fixtures.ingest(story(0), path: "copy.txt"))
        sources.append(Fixtures.ingest("""
        Town flooded after barriers fail

        \(river)

        The council said the flood barriers near the bridge had not been inspected since the last flood, and residents blamed the council for the water damage along the river.

        Download our app today

        Officials said evacuated residents could return once the river level fell below the barriers, but warned that more rain was expected.

        A celebrated violinist performed a new concerto at the opera house, delighting critics with a luminous interpretation of baroque melodies and orchestral colours, before an encore of folk songs arranged for string quartet.

        The orchestra's conductor praised the soloist's phrasing and dazzling technique, and tickets for the remaining concerts in the festival season sold out within hours of going on sale online, organisers announced proudly.
        """, path: "mixed.txt"))
        let ingester = Ingester(config: Fixtures.config)
        let roundTrip = { (facts: RefineFacts) in try JSONDecoder().decode(RefineFacts.self, from: JSONEncoder().encode(facts)) }
        let kept = try sources.map { try roundTrip(ingester.refineFacts(of: $0)) }
        #expect(kept == sources.map(ingester.refineFacts(of:)))
        for text in ["", "Headline only\n", "Cafe\u{301} owners and the re\u{301}gion\u{301}\n\nThe cafe\u{301} owners of the re\u{301}gion met the mayor on Monday.\n"] {
            let facts = ingester.refineFacts(of: Fixtures.ingest(text, path: "short.txt"))
            #expect(try roundTrip(facts) == facts)
        }
        let fromTexts = ingester.refine(sources)
        #expect(fromTexts.notices.count == 1)
        #expect(fromTexts.sources.allSatisfy { source in
            source.blocks.contains { $0.role == .boilerplate && $0.text == "Download our app today" } == (source.file != "copy.txt")
        })
        #expect(fromTexts.sources.last?.blocks.contains { $0.role == .unrelated } == true, "\(Fixtures.dump(fromTexts.sources.last!))")
        let fromKept = ingester.refine(sources, facts: kept)
        #expect(fromKept.sources == fromTexts.sources)
        #expect(fromKept.notices == fromTexts.notices)
        let misfit = ingester.refineFacts(of: Fixtures.ingest("One line only.\n", path: "other.txt"))
        #expect(ingester.refine(sources, facts: [misfit] + kept.dropFirst()).sources == fromTexts.sources)
    }
}
