import Foundation
import Model
import TestSupport
import Testing
@testable import Compose
@testable import Pipeline

/// `claims.json` and `claims.csv` put together from one fragment per record equal one `JSONEncoder` pass over
/// the whole document, with empty arrays anywhere, and fragments kept by one build (`serve`) give the next
/// build the bytes it would make from scratch.
@Suite(.serialized) struct ExportFragmentTests {
    static func wholeDocument(_ analysis: Analysis) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Export.Document(analysis)) + Data("\n".utf8)
    }

    @Test func fragmentsMakeTheBytesOfTheWholeDocument() throws {
        guard let (_, analysis) = try IncrementalBuildTests.analysedCorpus(count: 120) else { return }
        #expect(!analysis.drift.isEmpty && !analysis.timeline.isEmpty && !analysis.families.isEmpty)
        #expect(Export.json(analysis) == (try Self.wholeDocument(analysis)))
        var emptied = analysis
        emptied.disputes = []
        emptied.ratioChecks = []
        emptied.drift = []
        #expect(Export.json(emptied) == (try Self.wholeDocument(emptied)))
        let nothing = Analysis(sources: [], claims: [], events: [], families: [], propositions: [], drift: [], timeline: [], notices: [])
        #expect(Export.json(nothing) == (try Self.wholeDocument(nothing)))

        // Kept fragments: one build, then one with a source, its claims and a proposition fewer, then the first again.
        let memo = FragmentMemo()
        var fewer = analysis
        let gone = fewer.sources.removeFirst().id
        fewer.claims.removeAll { $0.source == gone }
        fewer.propositions.removeFirst()
        for step in [analysis, fewer, analysis, analysis] {
            memo.beginBuild()
            #expect(Export.json(step) { memo.fragment($0, $1) } == Export.json(step))
            #expect(Export.csvData(step) { memo.fragment($0, $1) } == Data(Export.csv(step).utf8))
        }
    }
}
