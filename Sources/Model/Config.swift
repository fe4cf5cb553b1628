import Lexicon

/// Everything a user tunes without touching Swift: site, topics, measures, places, boilerplate, limits, lexicon.
/// Loaded from `crosscheck.yml`; every field has a documented default.
public struct Config: Hashable, Sendable, Codable {
    public var site: Site
    public var topics: [Topic]
    public var measures: [Measure]
    public var places: [Place]
    public var boilerplate: Boilerplate
    public var limits: Limits
    /// Words added to the built-in lexicon's lists (`lexicon: {currencies: {names: {bitcoin: XBT}}}`).
    public var lexicon: LexiconAdditions

    public init(site: Site = Site(), topics: [Topic] = [], measures: [Measure] = [], places: [Place] = [],
                boilerplate: Boilerplate = Boilerplate(), limits: Limits = Limits(), lexicon: LexiconAdditions = LexiconAdditions()) {
        self.site = site
        self.topics = topics
        self.measures = measures
        self.places = places
        self.boilerplate = boilerplate
        self.limits = limits
        self.lexicon = lexicon
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        site = try c.decodeIfPresent(Site.self, forKey: .site) ?? Site()
        topics = try c.decodeIfPresent([Topic].self, forKey: .topics) ?? []
        measures = try c.decodeIfPresent([Measure].self, forKey: .measures) ?? []
        places = try c.decodeIfPresent([Place].self, forKey: .places) ?? []
        boilerplate = try c.decodeIfPresent(Boilerplate.self, forKey: .boilerplate) ?? Boilerplate()
        limits = try c.decodeIfPresent(Limits.self, forKey: .limits) ?? Limits()
        lexicon = try c.decodeIfPresent(LexiconAdditions.self, forKey: .lexicon) ?? LexiconAdditions()
    }

    /// The built-in lexicon with this configuration's additions (the built-in one when they do not apply;
    /// `ConfigLoader` rejects additions that do not apply before any stage runs).
    public var wordLists: WordLists { (try? WordLists.english.adding(lexicon)) ?? .english }

    /// The measure with an id, if configured.
    public func measure(_ id: String) -> Measure? { measures.first { $0.id == id } }

    /// The topic a measure belongs to.
    public func topic(forMeasure id: String) -> Topic? { topics.first { $0.measures.contains(id) } }

    /// Whether a measure is one any more specific measure beats: a catch-all, the one counting plain "people",
    /// or money nothing names (no terms, no cues).
    public static func isGeneric(_ measure: Measure) -> Bool {
        measure.catchAll || measure.terms.contains { $0.lowercased() == "people" }
            || measure.unit == "money" && measure.terms.isEmpty && measure.cues.isEmpty
    }

    /// Whether a measure is a configured catch-all (see `Measure.catchAll`).
    public func isCatchAll(_ id: String) -> Bool { measure(id)?.catchAll ?? false }

    /// The topic that lists dated events, if any.
    public var timelineTopic: Topic? { topics.first { $0.kind == .timeline } }

    /// The report's title, subtitle and language.
    public struct Site: Hashable, Sendable, Codable {
        public var title: String
        public var description: String
        public var language: String

        public init(title: String = "Crosscheck report", description: String = "", language: String = "en") {
            self.title = title
            self.description = description
            self.language = language
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            title = try c.decodeIfPresent(String.self, forKey: .title) ?? "Crosscheck report"
            description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
            language = try c.decodeIfPresent(String.self, forKey: .language) ?? "en"
        }
    }

    /// A page of the report: figures for some measures, or the timeline of events.
    public struct Topic: Hashable, Sendable, Codable {
        /// What a topic page lists.
        public enum Kind: String, Sendable, Codable {
            case figures, timeline
        }

        /// The page's file stem: `fighters` → `fighters.html`.
        public var id: String
        public var title: String
        public var summary: String
        public var kind: Kind
        /// Measure ids shown on this page (figures pages).
        public var measures: [String]

        public init(id: String, title: String, summary: String = "", kind: Kind = .figures, measures: [String] = []) {
            self.id = id
            self.title = title
            self.summary = summary
            self.kind = kind
            self.measures = measures
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            title = try c.decodeIfPresent(String.self, forKey: .title) ?? id
            summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
            kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .figures
            measures = try c.decodeIfPresent([String].self, forKey: .measures) ?? []
        }
    }

    /// Something counted or paid, with the words outlets use for it.
    public struct Measure: Hashable, Sendable, Codable {
        public var id: String
        /// Display label ("fighters", "cash reserves").
        public var label: String
        /// `people`, `money` or `count`: what kind of number it takes.
        public var unit: String
        /// Counted nouns that name this measure when they follow a figure ("fighters", "jihadists").
        public var terms: [String]
        /// Words that name this measure when they come just before a figure ("cells of", "killed").
        public var cues: [String]
        /// A catch-all ("people (other counts)"): its figures count unrelated things, kept apart by the noun the
        /// outlet used and never compared with each other, and no topic page is generated for it.
        public var catchAll: Bool

        public init(id: String, label: String, unit: String = "people", terms: [String] = [], cues: [String] = [],
                    catchAll: Bool = false) {
            self.catchAll = catchAll
            self.id = id
            self.label = label
            self.unit = unit
            self.terms = terms
            self.cues = cues
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            label = try c.decodeIfPresent(String.self, forKey: .label) ?? id
            unit = try c.decodeIfPresent(String.self, forKey: .unit) ?? "people"
            terms = try c.decodeIfPresent([String].self, forKey: .terms) ?? []
            cues = try c.decodeIfPresent([String].self, forKey: .cues) ?? []
            catchAll = try c.decodeIfPresent(Bool.self, forKey: .catchAll) ?? false
        }
    }

    /// A gazetteer entry: a canonical place name and the other words that mean it.
    public struct Place: Hashable, Sendable, Codable {
        public var name: String
        /// `country`, `province`, `city`, `region`.
        public var kind: String
        /// Other spellings and adjectives ("Iraqi", "Al-Anbar").
        public var aliases: [String]
        /// Places this one contains or groups ("Iraq and Syria" → ["Iraq", "Syria"]).
        public var includes: [String]

        public init(name: String, kind: String = "country", aliases: [String] = [], includes: [String] = []) {
            self.name = name
            self.kind = kind
            self.aliases = aliases
            self.includes = includes
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            kind = try c.decodeIfPresent(String.self, forKey: .kind) ?? "country"
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
            includes = try c.decodeIfPresent([String].self, forKey: .includes) ?? []
        }
    }

    /// Default phrases that mark boilerplate lines, on top of the general signals.
    public struct Boilerplate: Hashable, Sendable, Codable {
        /// A line that starts with one of these (case-insensitive) is boilerplate.
        public var phrases: [String]

        public init(phrases: [String] = []) { self.phrases = phrases }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            phrases = try c.decodeIfPresent([String].self, forKey: .phrases) ?? []
        }
    }

    /// Input limits: what a hostile or broken file may cost. Each is documented in the README.
    public struct Limits: Hashable, Sendable, Codable {
        /// Files larger than this are skipped with an error notice.
        public var maxFileBytes: Int
        /// Longer sentences are split at white space (or, without any, at this length) so that
        /// every stage's work per sentence stays bounded.
        public var maxSentenceCharacters: Int
        /// YAML texts (front matter, `sources.yml`) larger than this are refused.
        public var maxYAMLBytes: Int
        /// YAML with more aliases (`*name`) than this is refused.
        public var maxYAMLAliases: Int
        /// YAML whose values, aliases expanded, number more than this is refused.
        public var maxYAMLNodes: Int
        /// YAML nested deeper than this is refused.
        public var maxYAMLDepth: Int

        public init(maxFileBytes: Int = 5_000_000, maxSentenceCharacters: Int = 1_000, maxYAMLBytes: Int = 1_000_000,
                    maxYAMLAliases: Int = 100, maxYAMLNodes: Int = 200_000, maxYAMLDepth: Int = 64) {
            self.maxFileBytes = maxFileBytes
            self.maxSentenceCharacters = maxSentenceCharacters
            self.maxYAMLBytes = maxYAMLBytes
            self.maxYAMLAliases = maxYAMLAliases
            self.maxYAMLNodes = maxYAMLNodes
            self.maxYAMLDepth = maxYAMLDepth
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let d = Limits()
            maxFileBytes = try c.decodeIfPresent(Int.self, forKey: .maxFileBytes) ?? d.maxFileBytes
            maxSentenceCharacters = try c.decodeIfPresent(Int.self, forKey: .maxSentenceCharacters) ?? d.maxSentenceCharacters
            maxYAMLBytes = try c.decodeIfPresent(Int.self, forKey: .maxYAMLBytes) ?? d.maxYAMLBytes
            maxYAMLAliases = try c.decodeIfPresent(Int.self, forKey: .maxYAMLAliases) ?? d.maxYAMLAliases
            maxYAMLNodes = try c.decodeIfPresent(Int.self, forKey: .maxYAMLNodes) ?? d.maxYAMLNodes
            maxYAMLDepth = try c.decodeIfPresent(Int.self, forKey: .maxYAMLDepth) ?? d.maxYAMLDepth
        }
    }
}
