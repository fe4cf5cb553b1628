@testable import Compose
import Foundation
import Model
import TestSupport
import Testing
@testable import Pipeline

/// What compose and the change log reuse instead of making again equals what they would make: a source page's
/// context from its family's pieces (made once per family), and the previous build's reading kept in the
/// cache beside the `claims.json` it wrote.
@Suite(.serialized) struct ComposeReuseTests {
    @Test func aSourcePageContextFromItsFamilysPiecesEqualsOneMadeAlone() throws {
        guard let (config, analysis) = try IncrementalBuildTests.analysedCorpus(count: 150) else { return }
        #expect(analysis.families.contains { $0.sources.count > 2 })
        let composer = Composer(config: config)
        let catalog = Catalog(analysis: analysis, config: config)
        let anchors = composer.propositionAnchors(catalog)
        let origins = composer.originPieces(catalog)
        for source in analysis.sources {
            #expect(composer.sourceContext(source, catalog, anchors: anchors, origins: origins)
                    == composer.sourceContext(source, catalog, anchors: anchors))
        }
    }

    @Test func evidenceThatCouldJoinAcrossLinesIsLabelledWhole() throws {
        guard let (config, analysis) = try IncrementalBuildTests.analysedCorpus(count: 60) else { return }
        var changed = analysis
        guard let i = changed.families.firstIndex(where: { $0.sources.count > 1 }) else { Issue.record("no family"); return }
        let members = changed.families[i].sources.map(\.rawValue)
        changed.families[i].evidence = ["\u{301}" + members.joined(separator: " "), "é " + members[0], members[1] + " é"]
        let composer = Composer(config: config)
        let catalog = Catalog(analysis: changed, config: config)
        let anchors = composer.propositionAnchors(catalog)
        let origins = composer.originPieces(catalog)
        #expect(origins[changed.families[i].sources[0]]?.labelled == nil)
        for source in changed.sources {
            #expect(composer.sourceContext(source, catalog, anchors: anchors, origins: origins)
                    == composer.sourceContext(source, catalog, anchors: anchors))
        }
    }

    @Test func theCLIReadsThePreviousBuildFromTheCacheWhileClaimsJSONIsAsWritten() throws {
        let corpus = try #require(try IncrementalBuildTests.generatedCorpus(count: 40), "python3 Benchmarks/generate.py failed")
        let project = Fixtures.temporaryFolder("previous-build")
        let (output, cache) = (project.appendingPathComponent("site"), project.appendingPathComponent(".crosscheck-cache"))
        let options = IncrementalBuildTests.options(corpus, output: output, cache: cache)
        _ = try Pipeline.build(options)
        let claimsURL = output.appendingPathComponent("claims.json")
        let claims = try Data(contentsOf: claimsURL)
        let kept = Pipeline.snapshotURL(cache, claimsDigest: WrittenFile.digest(of: claims))
        #expect(FileManager.default.fileExists(atPath: kept.path))
        let fromFile = PreviousBuild(claims: claims, changes: FileManager.default.contents(atPath: output.appendingPathComponent("changes.json").path)).parsed()
        #expect(Pipeline.previousBuild(options) == fromFile)

        // A kept reading is what is read while the file's size and time are the recorded ones (planted here: another
        // analysis's), and the file itself once they are not.
        try PreviousBuild.snapshot(of: Analysis(sources: [], claims: [], events: [], families: [], propositions: [], drift: [], timeline: []))
            .write(to: kept)
        #expect(Pipeline.previousBuild(options) != fromFile)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: claimsURL.path)
        #expect(Pipeline.previousBuild(options) == fromFile)

        // The next build keeps the reading of its own claims.json and drops the one of the file it replaced.
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("extra").path) {
            try FileManager.default.copyItem(at: corpus.appendingPathComponent("extra").appendingPathComponent(name),
                                             to: corpus.appendingPathComponent("txt").appendingPathComponent(name))
        }
        _ = try Pipeline.build(options)
        let next = Pipeline.snapshotURL(cache, claimsDigest: WrittenFile.digest(of: try Data(contentsOf: claimsURL)))
        #expect(next != kept)
        #expect(FileManager.default.fileExists(atPath: next.path))
        #expect(!FileManager.default.fileExists(atPath: kept.path))
    }
}
