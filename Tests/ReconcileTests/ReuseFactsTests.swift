import Foundation
import Model
import TestSupport
import Testing
@testable import Reconcile

/// Families found from shingles kept by an earlier build (through the cache's JSON) equal those found
/// from the texts, and a source without kept shingles gets them made.
@Suite struct ReuseFactsTests {
    @Test func keptShinglesFindTheSameFamilies() throws {
        let reconciler = Reconciler(config: SyntheticCorpus.config)
        let kept = try Dictionary(uniqueKeysWithValues: SyntheticCorpus.sources.map { source in
            (source.id, try JSONDecoder().decode(ReuseFacts.self, from: JSONEncoder().encode(reconciler.reuseFacts(of: source))))
        })
        let fromTexts = reconciler.reconcile(sources: SyntheticCorpus.sources, extractions: SyntheticCorpus.claims())
        let fromKept = reconciler.reconcile(sources: SyntheticCorpus.sources, extractions: SyntheticCorpus.claims(), reuse: kept)
        #expect(fromKept == fromTexts)
        let some = kept.filter { $0.key != ID("a") && $0.key != ID("d") }
        #expect(reconciler.reconcile(sources: SyntheticCorpus.sources, extractions: SyntheticCorpus.claims(), reuse: some) == fromTexts)
        #expect(fromTexts.families.contains { $0.sources.count == 4 })
    }
}
