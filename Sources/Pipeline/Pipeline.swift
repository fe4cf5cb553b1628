import Compose
import Extract
import Foundation
import Ingest
import Model
import Reconcile
import Render

/// Where a build reads and writes, and how it links.
public struct BuildOptions: Sendable {
    public var input: URL
    public var output: URL
    public var templates: URL
    public var config: URL
    /// A base path such as `/report/`; nil or empty for relative links.
    public var baseURL: String?
    /// Markup added to every page (the preview server's reload script).
    public var injection: String
    /// Folder for the per-source cache; nil builds everything from scratch.
    public var cache: URL?
    /// Hears, once, that another build holds the output or cache lock and this one waits for it.
    public var waiting: @Sendable (String) -> Void = { _ in }
    /// Hears each stage's progress (done of total); silent by default.
    public var progress = BuildProgress.silent
    /// Cached values kept in memory between builds (`serve`); nil reads the cache folder only.
    public var memory: BuildMemory?

    public init(input: URL, output: URL, templates: URL, config: URL, baseURL: String? = nil, injection: String = "",
                cache: URL? = nil) {
        self.input = input
        self.output = output
        self.templates = templates
        self.config = config
        self.baseURL = baseURL
        self.injection = injection
        self.cache = cache
    }
}

/// What a build did, for the summary.
public struct BuildReport: Sendable {
    public var sources: Int
    public var claims: Int
    public var propositions: Int
    public var topics: Int
    public var pages: Int
    public var write: WriteReport
    public var notices: [Notice]
    /// Stage name and milliseconds, in pipeline order.
    public var timings: [(stage: String, milliseconds: Double)]
    public var totalMilliseconds: Double
}

/// Runs the stages in order: ingest → extract → reconcile → compose → render → write.
public enum Pipeline {
    /// Reads and analyses the input folder without writing anything.
    /// - Throws: `PipelineError` for a missing input folder or invalid config or `sources.yml`.
    public static func analyse(input: URL, config: Config, cache folder: URL? = nil, progress: BuildProgress = .silent,
                               memory: BuildMemory? = nil, timer: inout StageTimer) throws -> Analysis {
        try analyseKeyed(input: input, config: config, cache: folder, progress: progress, memory: memory, timer: &timer).analysis
    }

    /// The analysis with the digest of every source as refined (what extraction and its page read).
    /// Cost per stage: ingest reads each file and, on a hit, one cache look-up by the file's digest (the entry
    /// holds what refine reads of the source); refine is corpus-wide but tokenises only sources not cached
    /// (`RefineFacts`); each refined source is hashed (`DigestEncoder`, no JSON) when it is parsed, and again
    /// only if refine or its id changed it, to key its extraction, its shingles (`ReuseFacts`) and later its page; reconcile is corpus-wide (see `Reconciler.reconcile`),
    /// its text reuse tokenising only sources not cached.
    static func analyseKeyed(input: URL, config: Config, cache folder: URL?, progress: BuildProgress,
                             memory: BuildMemory?, timer: inout StageTimer) throws -> (analysis: Analysis, digests: SourceDigests) {
        let (files, readNotices) = try InputReader.files(in: input)
        let overrides = try InputReader.overrides(in: input, limits: config.limits)
        let cache = BuildCache(folder: folder, config: config, overrides: overrides, memory: memory)
        let ingester = Ingester(config: config, overrides: overrides)
        let ingested = progress.stage("ingest", total: files.count)
        // A parsed source is cached with what refine reads of it, so refine tokenises only new sources.
        let read = files.parallelMap { file in
            defer { ingested.tick() }
            let key = cache.ingestKey(file)
            if let cached = cache.value(ParsedSource.self, for: key) { return cached }
            let source = ingester.source(from: file)
            let parsed = ParsedSource(source: source, facts: ingester.refineFacts(of: source),
                                      digest: SourceDigests.digest(of: source))
            cache.store(parsed, for: key)
            return parsed
        }
        var parsed = read.map(\.source)
        let idNotices = SourceIDs.assign(&parsed)
        let (sources, refineNotices) = ingester.refine(parsed, facts: read.map(\.facts))
        let corpusNotices = idNotices + refineNotices
        timer.lap("ingest")
        let extractor = Extractor(config: config)
        let reconciler = Reconciler(config: config)
        let extracted = progress.stage("extract", total: sources.count)
        // A refined source's extraction is cached with its shingles for text reuse, by the source's digest.
        let keyed = Array(sources.indices).parallelMap { i in
            defer { extracted.tick() }
            let source = sources[i]
            // Most sources leave refine as they were parsed (same id, no block taken out): their digest is known.
            let digest = source == read[i].source ? read[i].digest : SourceDigests.digest(of: source)
            let key = cache.extractKey(digest)
            if let cached = cache.value(ExtractedSource.self, for: key) { return (cached, digest) }
            let extraction = source.isAnalysed ? extractor.extract(from: source) : Extraction(source: source.id, claims: [], events: [])
            let extracted = ExtractedSource(extraction: extraction, reuse: reconciler.reuseFacts(of: source))
            cache.store(extracted, for: key)
            return (extracted, digest)
        }
        let extractions = keyed.map(\.0.extraction)
        let digests = SourceDigests(sources: sources, digests: keyed.map(\.1))
        timer.lap("extract")
        _ = progress.stage("reconcile", total: 1)
        let reuse = Dictionary(zip(sources.map(\.id), keyed.map(\.0.reuse)), uniquingKeysWith: { first, _ in first })
        let digestOf = Dictionary(zip(sources.map(\.id), keyed.map(\.1)), uniquingKeysWith: { first, _ in first })
        // An undated copy dated by its family's window: extracted again against that date, cached by both.
        let redate: @Sendable (Source, EventDate) -> Extraction = { source, date in
            let key = cache.extractKey((digestOf[source.id] ?? SourceDigests.digest(of: source)) + "@" + date.iso)
            if let cached = cache.value(Extraction.self, for: key) { return cached }
            var dated = source
            dated.metadata.published = date
            let extraction = extractor.extract(from: dated)
            cache.store(extraction, for: key)
            return extraction
        }
        let analysis = reconciler.reconcile(sources: sources, extractions: extractions,
                                            notices: readNotices + corpusNotices, reuse: reuse, memo: memory?.reconcile, redate: redate)
        timer.lap("reconcile")
        return (analysis, digests)
    }

    /// Loads the config named in the options.
    public static func config(_ options: BuildOptions) throws -> Config {
        try ConfigLoader.load(from: options.config)
    }

    /// Everything a build would write, in memory, with the analysis behind it.
    public struct Site: Sendable {
        public var config: Config
        public var analysis: Analysis
        /// The site path of every page, in page order.
        public var pages: [String]
        public var files: [OutputFile]
    }

    /// Runs every stage except writing.
    /// - Throws: `PipelineError` naming the file and reason.
    public static func site(_ options: BuildOptions, timer: inout StageTimer) throws -> Site {
        options.memory?.beginBuild()
        let config = try ConfigLoader.load(from: options.config)
        let templates: Templates
        do {
            // A project without a templates folder gets the built-in look.
            templates = FileManager.default.fileExists(atPath: options.templates.path)
                ? try Templates(directory: options.templates) : Templates.builtIn()
        } catch let error as RenderError {
            throw PipelineError(.templatesInvalid, stage: "render", file: error.file, line: error.line, message: error.message)
        }
        timer.lap("config")
        let analysed = try analyseKeyed(input: options.input, config: config, cache: options.cache,
                                        progress: options.progress, memory: options.memory, timer: &timer)
        var analysis = analysed.analysis
        let digests = analysed.digests
        analysis.notices += templates.skippedLinks.map {
            Notice(.warning, file: $0, message: "a symbolic link in the templates folder: not copied (links are not followed)")
        }
        var composer = Composer(config: config, urls: SiteURL(base: options.baseURL))
        // The change log compares with what the previous build left in the output folder.
        composer.previous = previousBuild(options)
        let composition = composer.composition(for: analysis)
        let cache = PageCache(cache: options.cache, templates: templates.files, injection: options.injection,
                              memory: options.memory)
        let layout = composition.layout
        // A source page is keyed by its inputs before it is composed: a hit is neither composed nor rendered,
        // so after one more article only the pages it touches are. Other pages (a handful) are keyed by
        // their composed model. Cost of a hit: the page's context (a few strings, a row per claim) and one hash.
        let composed = options.progress.stage("compose", total: composition.count)
        let items: [PageWork] = Array(0..<composition.count).parallelMap { n in
            defer { composed.tick() }
            if cache.folder != nil, let source = composition.source(n), let context = composition.sourceContext(n) {
                let key = cache.key(source: digests.digest(of: source), context: context, layout: layout)
                if let html = cache.html(for: key) { return .rendered(OutputFile(path: Composer.sourcePath(source.id), data: html)) }
                return .compose(composition.page(n, context: context), key: key)
            }
            let page = composition.page(n)
            return .compose(page, key: nil)
        }
        timer.lap("compose")
        // A page whose model, templates and injection are unchanged since a cached build is not rendered again.
        // The exports (`claims.json`, `claims.csv`, the change log, feed and sitemap) are corpus-wide and
        // independent of the pages: they run first, beside the pages, so neither core waits for the other.
        let renderer = PageRenderer(templates: templates, injection: options.injection)
        let rendered = options.progress.stage("render", total: items.count)
        let paths = items.map(\.path)
        let exports = 3
        let (built, exporter, memo) = (analysis, composer, options.memory?.exports)
        // `serve` keeps each record's fragment in memory, the CLI in the cache, so only changed records are
        // encoded again.
        let stores = memo == nil ? options.cache.map { (json: FragmentStore(cache: $0, name: "json"), csv: FragmentStore(cache: $0, name: "csv")) } : nil
        @Sendable func export(_ store: FragmentStore?, _ make: (Export.Fragments) -> Data) -> Data {
            if let memo { return make(memo.fragment) }
            guard let store else { return make { $1() } }
            defer { store.save() }
            return make(store.fragment)
        }
        let made = Array(0..<(exports + items.count)).parallelMap { n -> [OutputFile] in
            switch n {
            case 0: return [OutputFile(path: "claims.json", data: export(stores?.json) { Export.json(built, fragment: $0) })]
            case 1: return [OutputFile(path: "claims.csv", data: export(stores?.csv) { Export.csvData(built, fragment: $0) })]
            case 2: return exporter.files(for: built, paths: paths).map { OutputFile(path: $0.path, data: $0.data) }
            default: break
            }
            defer { rendered.tick() }
            switch items[n - exports] {
            case .rendered(let file): return [file]
            case .compose(let page, let known):
                guard cache.folder != nil else { return [OutputFile(path: page.path, data: Data(renderer.html(for: page).utf8))] }
                let key = known ?? cache.key(for: page)
                if let html = cache.html(for: key) { return [OutputFile(path: page.path, data: html)] }
                let html = Data(renderer.html(for: page).utf8)
                cache.store(html, for: key)
                return [OutputFile(path: page.path, data: html)]
            }
        }
        // Pages first, then the exports, as the writer has always received them.
        var files = made[exports...].flatMap { $0 } + made[..<exports].flatMap { $0 }
        for (name, data) in templates.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: name, data: data))
        }
        timer.lap("render")
        return Site(config: config, analysis: analysis, pages: paths, files: files)
    }

    /// What the previous build left in the output folder, its `claims.json` read once. `serve` remembers the
    /// analysis behind the `claims.json` it wrote last (by the file's digest), so it reads that instead of
    /// parsing the file again.
    static func previousBuild(_ options: BuildOptions) -> PreviousBuild {
        let previous = PreviousBuild(
            claims: FileManager.default.contents(atPath: options.output.appendingPathComponent("claims.json").path),
            changes: FileManager.default.contents(atPath: options.output.appendingPathComponent("changes.json").path))
        if let memory = options.memory, let claims = previous.claims,
           let analysis = memory.value(Analysis.self, for: previousKey(WrittenFile.digest(of: claims))) {
            return previous.parsed(as: analysis)
        }
        // The CLI keeps the same reading in the cache, by the digest the writer recorded for the file (trusted
        // while its size and time are the ones recorded, as the writer trusts them).
        if let cache = options.cache, previous.claims != nil,
           let record = WrittenFile.read(from: cache, output: options.output)["claims.json"],
           let stamp = WrittenFile.stamp(of: options.output.appendingPathComponent("claims.json")),
           stamp.size == record.size, stamp.modified == record.modified,
           let data = FileManager.default.contents(atPath: snapshotURL(cache, claimsDigest: record.digest).path),
           let parsed = previous.parsed(snapshot: data) {
            return parsed
        }
        return previous.parsed()
    }

    /// Where the CLI keeps what the change log reads of the analysis that wrote a `claims.json` with this digest.
    static func snapshotURL(_ cache: URL, claimsDigest: String) -> URL {
        cache.appendingPathComponent("previous-" + claimsDigest + ".json")
    }

    /// Keeps the reading of the analysis behind the `claims.json` just written, and drops the one of the file
    /// it replaced; failures only cost speed.
    static func keepSnapshot(_ analysis: Analysis, claimsDigest: String, replacing old: String?, in cache: URL) {
        if let old, old != claimsDigest { try? FileManager.default.removeItem(at: snapshotURL(cache, claimsDigest: old)) }
        let url = snapshotURL(cache, claimsDigest: claimsDigest)
        guard !FileManager.default.fileExists(atPath: url.path) else { return }
        try? PreviousBuild.snapshot(of: analysis).write(to: url, options: .atomic)
    }

    /// The memory key of the analysis that wrote a `claims.json` with this digest.
    static func previousKey(_ claimsDigest: String) -> String { "analysis-behind-claims-" + claimsDigest }

    /// Builds the site. The previous output stays as it was if anything fails.
    /// - Throws: `PipelineError` naming the file and reason.
    public static func build(_ options: BuildOptions) throws -> BuildReport {
        var timer = StageTimer()
        // One build at a time per output folder and per cache: a second one waits here, never sharing
        // the staging folder with the first (locks are taken in this order, so two builds never deadlock).
        let outputLock = try BuildLock.acquire(BuildLock.url(forOutput: options.output), what: options.output.path,
                                               waiting: options.waiting)
        let cacheLock = try options.cache.map {
            try BuildLock.acquire(BuildLock.url(forCache: $0), what: "the cache " + $0.path, waiting: options.waiting)
        }
        defer { withExtendedLifetime((outputLock, cacheLock)) {} }
        // Holding the lock, any staging folder is a killed build's leftover: a whole copy of the site.
        let stale = SiteWriter(output: options.output).removeStaleStaging()
        var report = try lockedBuild(options, timer: &timer)
        if let stale {
            report.notices.append(Notice(.info, file: stale, message: "removed the staging folder an interrupted build left behind"))
        }
        return report
    }

    private static func lockedBuild(_ options: BuildOptions, timer: inout StageTimer) throws -> BuildReport {
        // With a cache, a rebuild whose inputs are byte-identical to the last one's does nothing.
        let digest = options.cache.map { _ in BuildStamp.digest(of: options) }
        if let cache = options.cache, let digest, let stamp = BuildStamp.read(from: cache, output: options.output.standardizedFileURL.path),
           stamp.digest == digest, stamp.output == options.output.standardizedFileURL.path,
           stamp.outputIsIntact(options.output, known: WrittenFile.read(from: cache, output: options.output)) {
            timer.lap("unchanged")
            let files = SiteWriter(output: options.output).manifest().count
            return BuildReport(sources: stamp.sources, claims: stamp.claims, propositions: stamp.propositions,
                               topics: stamp.topics, pages: stamp.pages,
                               write: WriteReport(written: 0, unchanged: files, removed: 0), notices: stamp.notices,
                               timings: timer.laps, totalMilliseconds: timer.total)
        }
        let site = try site(options, timer: &timer)
        _ = options.progress.stage("write", total: site.files.count)
        let known = options.cache.map { WrittenFile.read(from: $0, output: options.output) } ?? [:]
        let (write, records) = try SiteWriter(output: options.output).write(site.files, known: known)
        if let cache = options.cache { WrittenFile.write(records, to: cache, output: options.output) }
        if let cache = options.cache, options.memory == nil, let digest = records["claims.json"]?.digest {
            keepSnapshot(site.analysis, claimsDigest: digest, replacing: known["claims.json"]?.digest, in: cache)
        }
        if let memory = options.memory, let digest = records["claims.json"]?.digest {
            memory.store(site.analysis, for: previousKey(digest))
        }
        timer.lap("write")
        let analysis = site.analysis
        let notices = analysis.notices + analysis.sources.flatMap(\.notices)
        if let cache = options.cache, let digest {
            BuildStamp(digest: digest, output: options.output.standardizedFileURL.path, sources: analysis.sources.count,
                       claims: analysis.claims.count, propositions: analysis.propositions.count,
                       topics: site.config.topics.count, pages: site.pages.count, notices: notices,
                       outputDigest: BuildStamp.digest(ofOutput: site.files.map {
                           ($0.path, records[$0.path]?.digest ?? WrittenFile.digest(of: $0.data))
                       })).write(to: cache)
        }
        return BuildReport(sources: analysis.sources.count, claims: analysis.claims.count,
                           propositions: analysis.propositions.count, topics: site.config.topics.count,
                           pages: site.pages.count, write: write, notices: notices,
                           timings: timer.laps, totalMilliseconds: timer.total)
    }
}

/// A source as ingest parsed it, with what refine reads of it and its digest (both made from it alone): one
/// cache entry.
struct ParsedSource: Codable, Sendable {
    var source: Source
    var facts: RefineFacts
    /// `SourceDigests.digest(of: source)`.
    var digest: String
}

/// A refined source's extraction with its shingles for text reuse (made from it alone): one cache entry.
struct ExtractedSource: Codable, Sendable {
    var extraction: Extraction
    var reuse: ReuseFacts
}

/// One page between compose and render: already rendered (its inputs' key was in the cache), or composed
/// and waiting for render, with its key when that is known before composing.
private enum PageWork: Sendable {
    case rendered(OutputFile)
    case compose(Page, key: String?)

    var path: String {
        switch self {
        case .rendered(let file): file.path
        case .compose(let page, _): page.path
        }
    }
}

/// Measures each stage of a run.
public struct StageTimer: Sendable {
    private let start = DispatchTime.now().uptimeNanoseconds
    private var last = DispatchTime.now().uptimeNanoseconds
    public private(set) var laps: [(stage: String, milliseconds: Double)] = []

    public init() {}

    /// Ends the current stage.
    public mutating func lap(_ stage: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((stage, Double(now - last) / 1e6))
        last = now
    }

    /// Milliseconds since the timer started.
    public var total: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }
}
