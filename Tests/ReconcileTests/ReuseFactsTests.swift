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

    /// Each sentence's kept words and places are what the texts give; facts that do not describe their source
    /// (another source's sentences) are not read.
    @Test func keptSentenceFactsAreTheTextsAndOnlyTheirOwnSourceReadsThem() throws {
        let reconciler = Reconciler(config: SyntheticCorpus.config)
        let sources = SyntheticCorpus.sources
        let kept = try Dictionary(uniqueKeysWithValues: sources.map { source in
            (source.id, try JSONDecoder().decode(ReuseFacts.self, from: JSONEncoder().encode(reconciler.reuseFacts(of: source))))
        })
        let byID = Dictionary(uniqueKeysWithValues: sources.map { ($0.id, $0) })
        let lookup = SentenceLookup(sources: byID, reuse: kept)
        for source in sources {
            #expect(kept[source.id]?.sentences?.describe(source) == true)
            for (n, sentence) in source.sentences.enumerated() {
                #expect(lookup.words(source.id, n, text: sentence.text) == ArraySlice(Words.contentWordHashes(sentence.text)))
                let citation = Citation(source: source.id, sentence: n)
                #expect(reconciler.lists.withLists { lookup.places(citation, finder: reconciler.placeFinder) }
                        == reconciler.lists.withLists { reconciler.placeFinder.places(in: sentence.text) })
            }
        }
        // Another source's sentences under this source's shingles: the texts are read.
        var swapped = kept
        for (a, b) in zip(sources, sources.reversed()) where a.sentences != b.sentences {
            swapped[a.id]?.sentences = kept[b.id]?.sentences
            #expect(kept[b.id]?.sentences?.describe(a) == false)
        }
        #expect(reconciler.reconcile(sources: sources, extractions: SyntheticCorpus.claims(), reuse: swapped)
                == reconciler.reconcile(sources: sources, extractions: SyntheticCorpus.claims()))
    }
}
