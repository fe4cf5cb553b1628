import Foundation
import Model
import TestSupport
import Testing
@testable import Pipeline

/// The default seeds read as a corpus, end to end through ingest, extract and reconcile.
@Suite struct SeedCorpusTests {
    static func analysis() throws -> Analysis {
        var timer = StageTimer()
        return try Pipeline.analyse(input: Fixtures.seeds, config: ConfigLoader.load(from: Fixtures.config), timer: &timer)
    }

    @Test func headlinesAreAnalysedLikeBodySentences() throws {
        let analysis = try SeedCorpusTests.analysis()
        // 004's headline: "Over 10,000 ISIS terrorists still in Iraq, Syria - experts".
        let headline = analysis.claims.filter { $0.source.rawValue.hasPrefix("004") && $0.sentence == 0 }
        #expect(headline.contains { $0.value.low == 10_000 && $0.value.qualifier == .atLeast && $0.measure == "fighters" })
        // Every headline with a figure is sentence 0 of its source and yields a claim.
        #expect(analysis.claims.filter { $0.sentence == 0 }.count >= 3)
    }

    @Test func nothingLeftOutOfTheAnalysisYieldsAClaimOrAnEvent() throws {
        let analysis = try SeedCorpusTests.analysis()
        let sources = Dictionary(uniqueKeysWithValues: analysis.sources.map { ($0.id, $0) })
        #expect(analysis.sources.contains { $0.blocks.contains { $0.role == .unrelated } }, "the appended story is detected")
        #expect(analysis.sources.contains { $0.blocks.contains { $0.role == .boilerplate } })
        for claim in analysis.claims {
            let source = sources[claim.source]!
            let sentence = source.sentences[claim.sentence].text
            let block = source.blocks.first { $0.sentences.contains(claim.sentence) }
            #expect(block?.role.isAnalysed == true, "claim \(claim.id) comes from left-out text: \(sentence)")
        }
        for event in analysis.events {
            let source = sources[event.source]!
            for block in source.blocks where !block.role.isAnalysed {
                #expect(!block.text.contains(event.summary), "event from left-out text: \(event.summary)")
            }
        }
    }

    @Test func everyClaimSpanIsTheTextItQuotes() throws {
        let analysis = try SeedCorpusTests.analysis()
        let sources = Dictionary(uniqueKeysWithValues: analysis.sources.map { ($0.id, $0) })
        for claim in analysis.claims where claim.derivedFrom == nil {
            let sentence = Array(sources[claim.source]!.sentences[claim.sentence].text)
            #expect(claim.span.end <= sentence.count)
            guard claim.span.end <= sentence.count else { continue }
            #expect(String(sentence[claim.span.start..<claim.span.end]) == claim.text, "\(claim.id)")
        }
    }

    @Test func wireRewritesAreOneOriginAndTheOlderArticleAnother() throws {
        let analysis = try SeedCorpusTests.analysis()
        // Four tellings of one story and one unrelated older article.
        #expect(analysis.families.map(\.sources.count).sorted() == [1, 4])
        let dated = analysis.sources.filter { $0.metadata.published != nil }
        #expect(Set(dated.compactMap { $0.metadata.published?.year }).count == 2)
    }

    @Test func olderEstimatesAreOutdatedAndNoneConflict() throws {
        let analysis = try SeedCorpusTests.analysis()
        #expect(analysis.propositions.contains { $0.status == .outdated })
        for proposition in analysis.propositions where proposition.status == .outdated {
            let later = analysis.propositions.first { $0.id == proposition.supersededBy }
            #expect(later != nil)
            #expect((later?.asOf?.year ?? 0) > (proposition.asOf?.year ?? 0))
        }
        #expect(!analysis.propositions.contains { $0.status == .conflicting })
    }

    @Test func membersAndSupportersAreNeverMergedWithFighters() throws {
        let analysis = try SeedCorpusTests.analysis()
        let claims = Dictionary(uniqueKeysWithValues: analysis.claims.map { ($0.id, $0) })
        for proposition in analysis.propositions {
            let measures = Set(proposition.members.compactMap { claims[$0]?.measure })
            #expect(measures == [proposition.measure])
        }
    }

    /// "a February 26 military operation that had killed 22", "After a military operation on February 26 killed 22",
    /// "an operation carried out on February 26 … 22 jihadists were killed during this intervention": every outlet
    /// that dates the operation dates its toll, the two undated copies by their family's dated ones.
    @Test func theOperationsTollIsDatedInEveryOutletThatDatesIt() throws {
        let analysis = try SeedCorpusTests.analysis()
        let killed = analysis.claims.filter { $0.measure == "killed" && $0.value.low == 22 }
        #expect(killed.count == 4)
        #expect(killed.allSatisfy { $0.eventDate?.iso == "2023-02-26" }, "\(killed.map { "\($0.id): \(String(describing: $0.eventDate))" })")
    }

    /// "US officials say they estimate ISIS non-battlefield strength in Iraq and Syria at 6,000 to 8,000": a frame
    /// with no counted noun after the figure still names what it counts, and who gives it.
    @Test func aStrengthPutAtARangeIsAClaim() throws {
        let analysis = try SeedCorpusTests.analysis()
        let strength = analysis.claims.first { $0.value.low == 6_000 && $0.value.high == 8_000 }
        #expect(strength?.measure == "strength")
        #expect(strength?.attribution?.name == "US officials")
    }

    /// "ended their territorial hold in Iraq in 2017 and Syria in 2019": a sentence with two dates keeps both.
    @Test func aSentenceWithTwoYearsPutsAnEventOnEach() throws {
        let timeline = try SeedCorpusTests.analysis().timeline
        let holds = timeline.filter { $0.summary.contains("territorial hold") }
        #expect(Set(holds.map(\.date.iso)) == ["2017", "2019"], "\(holds.map(\.date.iso))")
    }

    @Test func theTimelineRunsInDateOrderWithResolvedDates() throws {
        let timeline = try SeedCorpusTests.analysis().timeline
        #expect(!timeline.isEmpty)
        #expect(timeline.map(\.date) == timeline.map(\.date).sorted())
        let newest = try SeedCorpusTests.analysis().sources.compactMap(\.metadata.published).max()!
        #expect(timeline.allSatisfy { $0.date <= newest })
    }
}
