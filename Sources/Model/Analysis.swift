/// Sources that tell one story: wire copies, rewrites and translations of each other.
public struct Family: Hashable, Sendable, Codable, Identifiable {
    public var id: ID<Family>
    /// Members, earliest-dated first.
    public var sources: [ID<Source>]
    /// How the members were found to be related ("shared text 0.62", "shared claims").
    public var evidence: [String]
    /// The window of publication inferred for undated members from dated ones.
    public var window: ClosedRange<EventDate>?

    public init(id: ID<Family>, sources: [ID<Source>], evidence: [String] = [], window: ClosedRange<EventDate>? = nil) {
        self.id = id
        self.sources = sources
        self.evidence = evidence
        self.window = window
    }
}

/// A reference to one sentence of one source: the evidence behind a statement.
public struct Citation: Hashable, Sendable, Codable, Comparable {
    public var source: ID<Source>
    public var sentence: Int

    public init(source: ID<Source>, sentence: Int) {
        self.source = source
        self.sentence = sentence
    }

    public static func < (lhs: Citation, rhs: Citation) -> Bool {
        (lhs.source, lhs.sentence) < (rhs.source, rhs.sentence)
    }
}

/// Claims about one measure, scope, period and speaker, with a verdict from interval logic.
public struct Proposition: Hashable, Sendable, Codable, Identifiable {
    /// How the members' figures relate.
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Every telling gives the same interval.
        case agree
        /// Tellings differ but overlap or nest ("up to 500" and "400 to 500").
        case consistent
        /// Tellings are disjoint beyond tolerance.
        case conflicting
        /// A later estimate of the same measure and scope exists.
        case outdated
        /// Only one independent origin stands behind it.
        case singleOrigin

        /// The status in words, as the report shows it.
        public var words: String {
            switch self {
            case .agree: "Sources agree"
            case .consistent: "Consistent"
            case .conflicting: "Conflicting"
            case .outdated: "Outdated"
            case .singleOrigin: "Single origin"
            }
        }
    }

    public var id: ID<Proposition>
    public var topic: String
    public var measure: String
    public var scope: [String]
    /// The period the figure describes: the members' event date or publication date.
    public var asOf: EventDate?
    public var speaker: Speaker?
    public var members: [ID<Claim>]
    public var status: Status
    /// Distinct outlets (or sources, where no outlet is known) carrying it.
    public var outlets: [String]
    /// Number of independent origins (families) behind it.
    public var origins: Int
    /// The interval most tellings support.
    public var consensus: Quantity
    /// The later proposition that supersedes this one, when outdated.
    public var supersededBy: ID<Proposition>?
    /// The dispute this proposition is one side of, when another party gives an incompatible figure.
    public var dispute: ID<Dispute>?
    /// Whose figure it is, when the tellings say ("Dreyer" for her votes).
    public var holder: String?
    /// The figure is stated as fact: no party is named for it in any telling.
    public var isUnattributed: Bool { speaker == nil }

    public init(id: ID<Proposition>, topic: String, measure: String, scope: [String], asOf: EventDate?,
                speaker: Speaker?, members: [ID<Claim>], status: Status, outlets: [String], origins: Int,
                consensus: Quantity, supersededBy: ID<Proposition>? = nil) {
        self.id = id
        self.topic = topic
        self.measure = measure
        self.scope = scope
        self.asOf = asOf
        self.speaker = speaker
        self.members = members
        self.status = status
        self.outlets = outlets
        self.origins = origins
        self.consensus = consensus
        self.supersededBy = supersededBy
        checkInvariants()
    }

    /// A proposition never lists a claim twice and never has zero members.
    public func checkInvariants() {
        assert(!members.isEmpty, "proposition \(id) has no members")
        assert(Set(members).count == members.count, "proposition \(id) lists a claim twice")
    }
}

/// Named parties giving incompatible figures for one measure, place and moment ("organisers say 900,000,
/// police 150,000"): not an outlet's error, a disagreement the report shows side by side.
public struct Dispute: Hashable, Sendable, Codable, Identifiable {
    public var id: ID<Dispute>
    public var measure: String
    public var scope: [String]
    public var asOf: EventDate?
    /// One proposition per party, highest figure first.
    public var sides: [ID<Proposition>]
    /// The highest side's figure over the lowest's (1 when a side is open-ended or zero).
    public var ratio: Double

    public init(id: ID<Dispute>, measure: String, scope: [String], asOf: EventDate?, sides: [ID<Proposition>], ratio: Double) {
        self.id = id
        self.measure = measure
        self.scope = scope
        self.asOf = asOf
        self.sides = sides
        self.ratio = ratio
    }
}

/// A ratio an article states between two figures ("the ministry's toll is three times the figure the agency
/// gave on the first day"), computed from the corpus' own figures for the two sides when both exist.
public struct RatioCheck: Hashable, Sendable, Codable, Identifiable {
    public enum Verdict: String, Hashable, Sendable, Codable {
        /// Within the stated figure's precision (5 %, or 10 % when hedged: "nearly double").
        case fits
        /// Within a quarter of it ("three times" for 3.42).
        case loosely
        case doesNotFit
        /// The corpus lacks one side (or it is zero): nothing to compute.
        case unchecked

        public var words: String {
            switch self {
            case .fits: "fits"
            case .loosely: "fits loosely"
            case .doesNotFit: "does not fit"
            case .unchecked: "cannot be checked from these sources"
            }
        }
    }

    /// `r-<claim id>`.
    public var id: ID<RatioCheck>
    public var claim: ID<Claim>
    /// The measure of the two figures compared.
    public var measure: String
    /// The figure over which the ratio is stated, and the one it is stated against.
    public var numerator: ID<Proposition>?
    public var denominator: ID<Proposition>?
    /// numerator ÷ denominator from the two propositions' figures, nil when unchecked.
    public var computed: Double?
    public var verdict: Verdict

    public init(id: ID<RatioCheck>, claim: ID<Claim>, measure: String, numerator: ID<Proposition>?,
                denominator: ID<Proposition>?, computed: Double?, verdict: Verdict) {
        self.id = id
        self.claim = claim
        self.measure = measure
        self.numerator = numerator
        self.denominator = denominator
        self.computed = computed
        self.verdict = verdict
    }
}

/// One outlet's version of a statement that deviates from the majority of tellings.
public struct Drift: Hashable, Sendable, Codable, Identifiable {
    /// How a version deviates.
    public enum Kind: String, Sendable, Codable {
        case rangeTruncated, boundChanged, qualifierChanged, valueChanged, entityChanged, termChanged

        /// The kind in words.
        public var words: String {
            switch self {
            case .rangeTruncated: "range cut to one end"
            case .boundChanged: "bound changed"
            case .qualifierChanged: "qualifier changed"
            case .valueChanged: "figure changed"
            case .entityChanged: "place name changed"
            case .termChanged: "counted noun changed"
            }
        }
    }

    public var id: ID<Drift>
    public var kind: Kind
    /// What the majority of tellings say, in words ("$25 million to $50 million").
    public var majority: String
    /// What the deviating version says.
    public var deviation: String
    /// Sentences carrying the majority version.
    public var majorityCitations: [Citation]
    /// Sentences carrying the deviating version.
    public var deviatingCitations: [Citation]
    /// The outlets that carry the deviation; more than one is a copying signal.
    public var deviatingOutlets: [String]
    /// The proposition concerned, where the drift is in a figure.
    public var proposition: ID<Proposition>?
    /// Plain-words explanation.
    public var note: String

    public init(id: ID<Drift>, kind: Kind, majority: String, deviation: String, majorityCitations: [Citation],
                deviatingCitations: [Citation], deviatingOutlets: [String], proposition: ID<Proposition>?, note: String) {
        self.id = id
        self.kind = kind
        self.majority = majority
        self.deviation = deviation
        self.majorityCitations = majorityCitations
        self.deviatingCitations = deviatingCitations
        self.deviatingOutlets = deviatingOutlets
        self.proposition = proposition
        self.note = note
    }
}

/// One event on the timeline, merged across every source that reports it.
public struct TimelineEntry: Hashable, Sendable, Codable {
    public var date: EventDate
    public var summary: String
    public var citations: [Citation]

    public init(date: EventDate, summary: String, citations: [Citation]) {
        self.date = date
        self.summary = summary
        self.citations = citations
    }
}

/// Everything the report is made from: what ingest, extract and reconcile produced.
public struct Analysis: Hashable, Sendable, Codable {
    public var sources: [Source]
    public var claims: [Claim]
    public var events: [Event]
    public var families: [Family]
    public var propositions: [Proposition]
    /// Parties' incompatible figures for one quantity.
    public var disputes: [Dispute] = []
    /// Ratios stated in the articles, computed from the corpus' figures.
    public var ratioChecks: [RatioCheck] = []
    /// The report's topics: configured ones that hold something, then ones generated from the corpus.
    public var topics: [Config.Topic] = []
    /// Measures the corpus uses: configured ones, then ones named from counted nouns and frames.
    public var measures: [Config.Measure] = []
    public var drift: [Drift]
    public var timeline: [TimelineEntry]
    /// Notices about the corpus as a whole (e.g. the same text twice).
    public var notices: [Notice]

    public init(sources: [Source], claims: [Claim], events: [Event], families: [Family],
                propositions: [Proposition], drift: [Drift], timeline: [TimelineEntry], notices: [Notice] = [],
                disputes: [Dispute] = []) {
        self.disputes = disputes
        self.sources = sources
        self.claims = claims
        self.events = events
        self.families = families
        self.propositions = propositions
        self.drift = drift
        self.timeline = timeline
        self.notices = notices
    }
}
