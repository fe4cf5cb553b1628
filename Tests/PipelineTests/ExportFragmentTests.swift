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

    /// The CLI's store: fragments read back from the cache file give the bytes made from scratch, across a build
    /// with a source, its claims and a proposition fewer and back; another tool's (or a torn) file is not read.
    @Test func fragmentsKeptInTheCacheMakeTheBytesMadeFromScratch() throws {
        guard let (_, analysis) = try IncrementalBuildTests.analysedCorpus(count: 80) else { return }
        let cache = Fixtures.temporaryFolder("fragment-store")
        var fewer = analysis
        let gone = fewer.sources.removeFirst().id
        fewer.claims.removeAll { $0.source == gone }
        fewer.propositions.removeFirst()
        var made = [Int]()
        for step in [analysis, fewer, analysis, analysis] {
            let json = FragmentStore(cache: cache, name: "json"), csv = FragmentStore(cache: cache, name: "csv")
            var count = 0
            #expect(Export.json(step) { key, make in json.fragment(key) { count += 1; return make() } } == Export.json(step))
            #expect(Export.csvData(step) { key, make in csv.fragment(key) { count += 1; return make() } } == Data(Export.csv(step).utf8))
            json.save()
            csv.save()
            made.append(count)
        }
        // The first build makes every fragment, the next only the changed ones (none: a source fewer removes
        // records), the third the records of the source back, the fourth none.
        #expect(made[0] > 0 && made[1] < made[0] / 10 && made[2] < made[0] / 4 && made[3] == 0, "\(made)")

        for garbage in [Data("crosscheck fragments 1 another-tool\n".utf8) + Data(repeating: 7, count: 99),
                        try Data(contentsOf: cache.appendingPathComponent("fragments-json.bin")).dropLast(3)] {
            try garbage.write(to: cache.appendingPathComponent("fragments-json.bin"))
            let json = FragmentStore(cache: cache, name: "json")
            var count = 0
            #expect(Export.json(fewer) { key, make in json.fragment(key) { count += 1; return make() } } == Export.json(fewer))
            #expect(count > 0)
        }
    }
}
