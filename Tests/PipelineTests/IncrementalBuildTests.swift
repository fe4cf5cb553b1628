import Compose
import Foundation
import Model
import TestSupport
import Testing
@testable import Pipeline

/// A cached build equals a clean one byte for byte on a generated corpus large enough to have families,
/// drift and shared propositions, and after one more article it renders only the pages that article changes.
@Suite(.serialized) struct IncrementalBuildTests {
    /// `Benchmarks/generate.py` with `count` articles (and one extra) in a temporary folder.
    static func generatedCorpus(count: Int) throws -> URL? {
        let out = Fixtures.temporaryFolder("generated-corpus")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Fixtures.root.appendingPathComponent("Benchmarks/generate.py").path,
                             "--count", String(count), "--seed", "7", "--out", out.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? out : nil
    }

    /// A generated corpus of `count` articles, its configuration and its analysis (no cache); nil, with an
    /// issue recorded, when the generator fails.
    static func analysedCorpus(count: Int) throws -> (config: Config, analysis: Analysis)? {
        guard let corpus = try generatedCorpus(count: count) else {
            Issue.record("python3 Benchmarks/generate.py failed")
            return nil
        }
        let config = try ConfigLoader.load(from: corpus.appendingPathComponent("crosscheck.yml"))
        var timer = StageTimer()
        return (config, try Pipeline.analyse(input: corpus.appendingPathComponent("txt"), config: config, timer: &timer))
    }

    static func options(_ corpus: URL, output: URL, cache: URL?) -> BuildOptions {
        BuildOptions(input: corpus.appendingPathComponent("txt"), output: output, templates: Fixtures.templates,
                     config: corpus.appendingPathComponent("crosscheck.yml"), cache: cache)
    }

    static func differences(_ a: URL, _ b: URL) -> [String] {
        let x = Fixtures.tree(a), y = Fixtures.tree(b)
        return Set(x.keys).union(y.keys).filter { x[$0] != y[$0] }.sorted()
    }

    static func copy(_ from: URL, to: URL) throws {
        try? FileManager.default.removeItem(at: to)
        try FileManager.default.copyItem(at: from, to: to)
    }

    static func cachedPages(_ cache: URL) -> Int {
        Fixtures.tree(cache.appendingPathComponent("pages")).count
    }

    @Test func aCachedBuildEqualsACleanOneBeforeAndAfterOneMoreArticle() throws {
        guard let corpus = try Self.generatedCorpus(count: 240) else {
            Issue.record("python3 Benchmarks/generate.py failed")
            return
        }
        let project = Fixtures.temporaryFolder("incremental")
        let cached = project.appendingPathComponent("cached"), clean = project.appendingPathComponent("clean")
        let cache = project.appendingPathComponent(".crosscheck-cache")
        let first = try Pipeline.build(Self.options(corpus, output: cached, cache: cache))
        _ = try Pipeline.build(Self.options(corpus, output: clean, cache: nil))
        #expect(Self.differences(cached, clean) == [])
        #expect(first.sources == 240)
        let pagesBefore = Self.cachedPages(cache)
        #expect(pagesBefore == first.pages)

        // One more article: the clean build starts from the same previous output (the change log compares with it).
        let extra = try FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("extra").path)
        for name in extra {
            try FileManager.default.copyItem(at: corpus.appendingPathComponent("extra").appendingPathComponent(name),
                                             to: corpus.appendingPathComponent("txt").appendingPathComponent(name))
        }
        try Self.copy(cached, to: clean)
        let before = Fixtures.tree(cached)
        let second = try Pipeline.build(Self.options(corpus, output: cached, cache: cache))
        _ = try Pipeline.build(Self.options(corpus, output: clean, cache: nil))
        #expect(Self.differences(cached, clean) == [])
        #expect(second.sources == 241)
        // Only the pages the article touches were rendered again: its own, its story's (each lists the family),
        // the report pages. Every page rendered again changed, and the writer rewrote only what changed.
        let after = Fixtures.tree(cached)
        let changed = after.keys.filter { before[$0] != after[$0] && $0.hasSuffix(".html") }.count
        let rendered = Self.cachedPages(cache) - pagesBefore
        #expect(rendered >= changed && rendered <= changed + 2, "\(rendered) pages rendered again, \(changed) changed")
        #expect(rendered * 2 < second.pages, "\(rendered) of \(second.pages) pages rendered again")
        #expect(second.write.written == after.keys.filter { before[$0] != after[$0] && $0 != SiteWriter.manifestName }.count)
        // Read through the cache (parsed sources with what refine reads of them, extractions with their shingles),
        // refine and text reuse tokenise nothing, and the analysis equals one made from the texts.
        let config = try ConfigLoader.load(from: corpus.appendingPathComponent("crosscheck.yml"))
        var timer = StageTimer()
        let viaCache = try Pipeline.analyse(input: corpus.appendingPathComponent("txt"), config: config, cache: cache, timer: &timer)
        let fromTexts = try Pipeline.analyse(input: corpus.appendingPathComponent("txt"), config: config, timer: &timer)
        #expect(viaCache == fromTexts)
        #expect(viaCache.families.contains { $0.sources.count > 2 })
    }

    /// What `serve` does: builds sharing one `BuildMemory` (and the cache folder), after an edited article,
    /// one more article and a removed one (which shifts every later source's label, so their pages' inputs
    /// change), each equal byte for byte to a clean build that starts from the same previous output.
    @Test func buildsKeptInMemoryEqualCleanOnesAfterEditsAdditionsAndRemovals() throws {
        guard let corpus = try Self.generatedCorpus(count: 120) else {
            Issue.record("python3 Benchmarks/generate.py failed")
            return
        }
        let project = Fixtures.temporaryFolder("memory")
        let served = project.appendingPathComponent("served"), clean = project.appendingPathComponent("clean")
        var options = Self.options(corpus, output: served, cache: project.appendingPathComponent(".crosscheck-cache"))
        options.memory = BuildMemory()
        let fm = FileManager.default
        let txt = corpus.appendingPathComponent("txt"), extra = corpus.appendingPathComponent("extra")
        let names = try fm.contentsOfDirectory(atPath: txt.path).sorted()
        let steps: [(String, () throws -> Void)] = [
            ("the first build", {}),
            ("an edited article", {
                let url = txt.appendingPathComponent(names[0])
                let text = try String(contentsOf: url, encoding: .utf8)
                try Data((text + "\nOfficials said on Sunday that 412 more fighters had surrendered.\n").utf8).write(to: url)
            }),
            ("one more article", {
                for name in try fm.contentsOfDirectory(atPath: extra.path) {
                    try fm.copyItem(at: extra.appendingPathComponent(name), to: txt.appendingPathComponent(name))
                }
            }),
            ("a removed article", { try fm.removeItem(at: txt.appendingPathComponent(names[1])) }),
            ("nothing changed", {}),
        ]
        for (what, change) in steps {
            try change()
            if fm.fileExists(atPath: served.path) { try Self.copy(served, to: clean) }
            _ = try Pipeline.build(options)
            _ = try Pipeline.build(Self.options(corpus, output: clean, cache: nil))
            #expect(Self.differences(served, clean) == [], "after \(what)")
        }
    }

    @Test func composingOnEveryCoreEqualsComposingSerially() throws {
        guard let (config, analysis) = try Self.analysedCorpus(count: 120) else { return }
        let composer = Composer(config: config)
        let serial = composer.pages(for: analysis)
        let parallel = composer.pages(for: analysis) { count, page in Array(0..<count).parallelMap(page) }
        #expect(serial.count == analysis.sources.count + analysis.topics.count + 5)
        #expect(serial == parallel)
    }

    @Test func theWriterTrustsItsRecordsOnlyWhileSizeAndTimeMatch() throws {
        let project = Fixtures.temporaryFolder("records")
        let output = project.appendingPathComponent("out")
        let writer = SiteWriter(output: output)
        let files = (0..<40).map { OutputFile(path: "sources/p\($0).html", data: Data("page \($0)".utf8)) }
        let (first, records) = try writer.write(files, known: [:])
        #expect(first.written == 40 && records.count == 40)
        let (again, _) = try writer.write(files, known: records)
        #expect(again.written == 0 && again.unchanged == 40)
        // A file edited behind the build's back (other size) is rewritten although its record matches the new bytes.
        try Data("edited by hand".utf8).write(to: output.appendingPathComponent("sources/p3.html"))
        let (repaired, _) = try writer.write(files, known: records)
        #expect(repaired.written == 1)
        #expect(Fixtures.tree(output)["sources/p3.html"] == Data("page 3".utf8))
    }
}
