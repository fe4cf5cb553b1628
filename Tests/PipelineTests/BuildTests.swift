import Foundation
import Model
import TestSupport
import Testing
@testable import Pipeline

/// Builds into temporary folders; never touches the repository's public/.
struct Builder {
    let input: URL
    let output: URL
    var templates = Fixtures.templates
    var config = Fixtures.config
    var baseURL: String?
    var cache: URL?

    init(input: URL = Fixtures.seeds, output: URL = Fixtures.temporaryFolder().appendingPathComponent("public")) {
        self.input = input
        self.output = output
    }

    var options: BuildOptions {
        BuildOptions(input: input, output: output, templates: templates, config: config, baseURL: baseURL, cache: cache)
    }

    @discardableResult
    func build() throws -> BuildReport { try Pipeline.build(options) }
}

@Suite(.serialized) struct BuildTests {
    @Test func seedsBuildIntoEveryPage() throws {
        let builder = Builder()
        let report = try builder.build()
        let files = Fixtures.tree(builder.output)
        for page in ["index.html", "fighters.html", "finances.html", "timeline.html", "sources/index.html",
                     "methodology.html", "style.css", "claims.json", "claims.csv"] {
            #expect(files[page] != nil, "missing \(page)")
        }
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds.path).filter { $0.hasSuffix(".txt") }
        #expect(report.sources == seeds.count)
        for seed in seeds {
            let stem = (seed as NSString).deletingPathExtension
            #expect(files["sources/\(stem).html"] != nil)
        }
        #expect(report.write.written == files.count - 1)  // every file but the manifest
        #expect(files[SiteWriter.manifestName] != nil)
    }

    @Test func everyInternalLinkAndAnchorResolves() throws {
        var timer = StageTimer()
        let site = try Pipeline.site(Builder().options, timer: &timer)
        #expect(LinkChecker.broken(in: site.files).isEmpty, "\(LinkChecker.broken(in: site.files).prefix(5))")
    }

    @Test func linksResolveUnderABaseURL() throws {
        var builder = Builder()
        builder.baseURL = "/report/"
        var timer = StageTimer()
        let site = try Pipeline.site(builder.options, timer: &timer)
        let index = String(decoding: site.files.first { $0.path == "index.html" }!.data, as: UTF8.self)
        #expect(index.contains("href=\"/report/style.css\""))
        #expect(LinkChecker.broken(in: site.files, base: "/report/").isEmpty)
    }

    @Test func topicPagesCiteSentenceAnchors() throws {
        let builder = Builder()
        try builder.build()
        let fighters = String(decoding: Fixtures.tree(builder.output)["fighters.html"]!, as: UTF8.self)
        #expect(fighters.contains("sources/"))
        #expect(fighters.range(of: #"href="sources/[^"]+\.html#s\d+""#, options: .regularExpression) != nil)
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = Builder(), second = Builder()
        try first.build()
        try second.build()
        #expect(Fixtures.tree(first.output) == Fixtures.tree(second.output))
    }

    @Test func aRebuildWritesNothingWhenNothingChanged() throws {
        let builder = Builder()
        try builder.build()
        let again = try builder.build()
        #expect(again.write.written == 0)
        #expect(again.write.removed == 0)
    }

    @Test func theCommittedPublicFolderEqualsAFreshBuild() throws {
        let builder = Builder()
        try builder.build()
        let fresh = Fixtures.tree(builder.output)
        let committed = Fixtures.tree(Fixtures.publicFolder)
        #expect(Set(fresh.keys) == Set(committed.keys), "public/ differs in its file list: run `make site` and commit")
        for (path, data) in fresh where committed[path] != data {
            Issue.record("public/\(path) differs from a fresh build: run `make site` and commit")
        }
    }

    @Test func aFailedBuildLeavesThePreviousSiteAsItWas() throws {
        var builder = Builder()
        try builder.build()
        let before = Fixtures.tree(builder.output)
        let broken = Fixtures.temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.templates.path) {
            try FileManager.default.copyItem(at: Fixtures.templates.appendingPathComponent(name), to: broken.appendingPathComponent(name))
        }
        Fixtures.write(["topic.mustache": "<article>{{#body}}unclosed section</article>"], into: broken)
        builder.templates = broken
        #expect(throws: PipelineError.self) { try builder.build() }
        do { try builder.build() } catch let error as PipelineError {
            #expect(error.file.hasSuffix("topic.mustache"))
            #expect(error.code == .templatesInvalid)
        }
        #expect(Fixtures.tree(builder.output) == before)
    }

    @Test func staleFilesGoButFilesTheBuildDidNotMakeStay() throws {
        let input = Fixtures.temporaryFolder()
        Fixtures.write(["one.txt": "First headline\n\nOfficials said on Monday that 300 fighters remain in Norland.",
                        "two.txt": "Second headline\n\nAnother report said 200 fighters remain."], into: input)
        let builder = Builder(input: input)
        try builder.build()
        Fixtures.write(["CNAME": "report.example.org\n", ".nojekyll": ""], into: builder.output)
        try FileManager.default.removeItem(at: input.appendingPathComponent("two.txt"))
        let report = try builder.build()
        let files = Fixtures.tree(builder.output)
        #expect(files["sources/two.html"] == nil)
        #expect(files["sources/one.html"] != nil)
        #expect(files["CNAME"] != nil)
        #expect(files[".nojekyll"] != nil)
        #expect(report.write.removed == 1)
        let index = String(decoding: files["sources/index.html"]!, as: UTF8.self)
        #expect(!index.contains("two.html"))
    }

    @Test func aMissingInputFolderNamesIt() {
        let builder = Builder(input: URL(fileURLWithPath: "/nonexistent/seeds"))
        #expect { try builder.build() } throws: { error in
            (error as? PipelineError)?.file == "/nonexistent/seeds"
        }
    }

    @Test func nothingFromAnArticleReachesTheHTMLUnescaped() throws {
        let input = Fixtures.temporaryFolder()
        Fixtures.write(["evil.txt": "Headline <script>alert(1)</script>\n\nHe said [click](javascript:alert(1)) and <img src=x onerror=alert(2)> that 300 fighters remain.\n\n*Not emphasis* and `not code`."], into: input)
        let builder = Builder(input: input)
        try builder.build()
        for (path, data) in Fixtures.tree(builder.output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("<img src=x"), "\(path)")
            #expect(!html.contains("href=\"javascript:"), "\(path)")
        }
    }
}

@Suite struct ConfigTests {
    @Test func theBuiltInDefaultIsItsDataFile() throws {
        let file = Fixtures.root.appendingPathComponent("Sources/Pipeline/DefaultConfig.yml")
        #expect(try String(contentsOf: file, encoding: .utf8) == ConfigLoader.defaultYAML)
        // With no crosscheck.yml a report has the timeline and topics generated from the corpus.
        #expect(ConfigLoader.defaults().topics.map(\.kind) == [.timeline])
    }

    @Test func theRepositoryConfigKeepsTheSeedsTopics() throws {
        let text = try String(contentsOf: Fixtures.config, encoding: .utf8)
        let config = try ConfigLoader.decode(text, file: "crosscheck.yml")
        #expect(config.topics.map(\.id) == ["fighters", "finances", "timeline"])
        #expect(config.topics.map(\.title) == ["Fighter estimates", "Finances", "Timeline"])
    }

    @Test func missingKeysTakeTheirDefaults() throws {
        let config = try ConfigLoader.decode("site:\n  title: My report\n", file: "x.yml")
        #expect(config.site.title == "My report")
        #expect(!config.measures.isEmpty)
        #expect(!config.places.isEmpty)
    }

    @Test func aUserAddsATopicWithoutSwift() throws {
        let yaml = """
        topics:
          - {id: casualties, title: Casualties, measures: [killed]}
        measures:
          - {id: killed, label: people killed, terms: [dead], cues: [killed]}
        """
        let config = try ConfigLoader.decode(yaml, file: "x.yml")
        #expect(config.topics.map(\.id) == ["casualties"])
    }

    @Test(arguments: [
        ("topics: [{id: x, measures: [nope]}]", "not defined"),
        ("unknown: 1", "unknown key"),
        ("site: [1, 2", "invalid YAML"),
        ("topics: [{id: index}]", "reserved"),
    ])
    func badConfigNamesTheProblem(_ yaml: String, _ expected: String) {
        #expect { try ConfigLoader.decode(yaml, file: "bad.yml") } throws: { error in
            guard let error = error as? PipelineError else { return false }
            return error.file == "bad.yml" && error.message.contains(expected)
        }
    }
}

@Suite struct CacheTests {
    @Test func aCachedBuildEqualsACleanBuild() throws {
        let cache = Fixtures.temporaryFolder("cache")
        var cached = Builder()
        cached.cache = cache
        try cached.build()           // fills the cache
        let warm = Builder(output: Fixtures.temporaryFolder().appendingPathComponent("public"))
        var second = warm
        second.cache = cache
        try second.build()           // reads it
        let clean = Builder()
        try clean.build()
        #expect(Fixtures.tree(second.output) == Fixtures.tree(clean.output))
        #expect(!Fixtures.tree(cache).isEmpty)
    }

    @Test func aChangedSourceIsNotServedFromTheCache() throws {
        let input = Fixtures.temporaryFolder()
        Fixtures.write(["a.txt": "Headline\n\nOfficials said 300 fighters remain in Norland."], into: input)
        var builder = Builder(input: input)
        builder.cache = Fixtures.temporaryFolder("cache")
        try builder.build()
        Fixtures.write(["a.txt": "Headline\n\nOfficials said 900 fighters remain in Norland."], into: input)
        try builder.build()
        let json = String(decoding: Fixtures.tree(builder.output)["claims.json"]!, as: UTF8.self)
        #expect(json.contains("900"))
        #expect(!json.contains("\"300\""))
    }
}

@Suite struct NoOpBuildTests {
    @Test func anUnchangedRebuildDoesNoWork() throws {
        var builder = Builder()
        builder.cache = Fixtures.temporaryFolder("cache")
        try builder.build()
        let again = try builder.build()
        #expect(again.timings.map(\.stage) == ["unchanged"])
        #expect(again.write.written == 0)
        #expect(again.sources == 5)
    }

    @Test func aChangedTemplateOrADeletedOutputFileRebuilds() throws {
        let templates = Fixtures.temporaryFolder("templates")
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.templates.path) {
            try FileManager.default.copyItem(at: Fixtures.templates.appendingPathComponent(name), to: templates.appendingPathComponent(name))
        }
        var builder = Builder()
        builder.templates = templates
        builder.cache = Fixtures.temporaryFolder("cache")
        try builder.build()
        let css = templates.appendingPathComponent("style.css")
        try (String(contentsOf: css, encoding: .utf8) + "\n/* edited */\n").write(to: css, atomically: true, encoding: .utf8)
        let edited = try builder.build()
        #expect(edited.write.written == 1)
        try FileManager.default.removeItem(at: builder.output.appendingPathComponent("timeline.html"))
        let repaired = try builder.build()
        #expect(repaired.write.written == 1)
        #expect(FileManager.default.fileExists(atPath: builder.output.appendingPathComponent("timeline.html").path))
    }
}

@Suite struct BuiltInTemplateTests {
    @Test func aProjectWithoutATemplatesFolderGetsTheBuiltInLook() throws {
        var withoutFolder = Builder()
        withoutFolder.templates = URL(fileURLWithPath: "/nonexistent/templates")
        try withoutFolder.build()
        let withFolder = Builder()
        try withFolder.build()
        #expect(Fixtures.tree(withoutFolder.output) == Fixtures.tree(withFolder.output))
    }
}
