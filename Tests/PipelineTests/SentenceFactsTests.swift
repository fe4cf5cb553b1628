import Extract
import Foundation
import Model
import Reconcile
import TestSupport
import Testing
@testable import Pipeline

/// Sentence alignment, place drift and the timeline read each sentence's content words and places from the
/// facts an earlier build kept (through the cache's JSON); the analysis equals one made from the texts.
@Suite(.serialized) struct SentenceFactsTests {
    @Test func keptSentenceFactsGiveTheAnalysisTheTextsGive() throws {
        guard let (config, analysed) = try IncrementalBuildTests.analysedCorpus(count: 150) else { return }
        let extractor = Extractor(config: config), reconciler = Reconciler(config: config)
        let sources = analysed.sources
        let extractions = sources.map { $0.isAnalysed ? extractor.extract(from: $0) : Extraction(source: $0.id, claims: [], events: []) }
        let kept = try Dictionary(uniqueKeysWithValues: sources.map { source in
            (source.id, try JSONDecoder().decode(ReuseFacts.self, from: JSONEncoder().encode(reconciler.reuseFacts(of: source))))
        })
        let fromTexts = reconciler.reconcile(sources: sources, extractions: extractions)
        let fromKept = reconciler.reconcile(sources: sources, extractions: extractions, reuse: kept)
        #expect(fromKept == fromTexts)
        // The corpus exercises all three readers.
        #expect(fromTexts.drift.contains { $0.kind == .entityChanged })
        #expect(fromTexts.timeline.contains { $0.citations.count > 1 })
        #expect(fromTexts.families.contains { $0.sources.count > 2 })

        // Clusters kept between builds (`serve`): after a member of a large family is removed and put back, each
        // build equals one made without them.
        let memo = ReconcileMemo()
        let gone = try #require(fromTexts.families.first { $0.sources.count > 3 }?.sources[1])
        let fewer = (sources.filter { $0.id != gone }, extractions.filter { $0.source != gone })
        for (someSources, someExtractions) in [(sources, extractions), fewer, (sources, extractions), (sources, extractions)] {
            memo.beginBuild()
            #expect(reconciler.reconcile(sources: someSources, extractions: someExtractions, reuse: kept, memo: memo)
                    == reconciler.reconcile(sources: someSources, extractions: someExtractions, reuse: kept))
        }
    }
}
