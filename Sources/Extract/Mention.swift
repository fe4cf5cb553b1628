import Model

/// A figure or date found in free text, claim or not.
public struct Mention: Hashable, Sendable, Codable {
    /// What a mention is.
    public enum Kind: String, Hashable, Sendable, Codable {
        case number, range, money, percent, date
        /// A length of time ("90 days", "a decade"); its `unit` is the time unit as written.
        case duration
    }

    /// What a figure measures when it is not a count, sum or share.
    public enum Role: String, Hashable, Sendable, Codable {
        /// Somebody's age ("a 42-year-old", "aged 45"); `unit` is its time unit.
        case age
    }

    public var kind: Kind
    /// The exact span as written, hedge words included ("up to 500", "$25 to $50 million").
    public var text: String
    /// Offset of the span in the analysed text, in characters.
    public var start: Int
    /// The figure as an interval; nil for dates.
    public var value: Quantity?
    /// The resolved date; nil for figures and for relative dates without a reference date.
    public var date: EventDate?
    /// `age` for an age; nil otherwise.
    public var role: Role?

    /// Creates a mention.
    public init(kind: Kind, text: String, start: Int, value: Quantity? = nil, date: EventDate? = nil, role: Role? = nil) {
        self.kind = kind
        self.text = text
        self.start = start
        self.value = value
        self.date = date
        self.role = role
    }

    private enum Keys: String, CodingKey {
        case kind, text, start, low, high, lowInclusive, highInclusive, qualifier, unit, per, date, granularity, role
    }

    /// Encodes the flat schema of `crosscheck extract --format json`, with explicit nulls.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(value?.low, forKey: .low)
        try c.encode(value?.high, forKey: .high)
        try c.encode(value?.lowInclusive ?? false, forKey: .lowInclusive)
        try c.encode(value?.highInclusive ?? false, forKey: .highInclusive)
        try c.encode(value?.qualifier, forKey: .qualifier)
        try c.encode(value?.unit, forKey: .unit)
        try c.encode(value?.per, forKey: .per)
        try c.encode(date?.iso, forKey: .date)
        try c.encode(date?.granularity, forKey: .granularity)
        try c.encode(role, forKey: .role)
    }

    /// Decodes the flat schema written by `encode(to:)`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        kind = try c.decode(Kind.self, forKey: .kind)
        text = try c.decode(String.self, forKey: .text)
        start = try c.decode(Int.self, forKey: .start)
        if kind == .date {
            value = nil
        } else {
            value = Quantity(low: try c.decodeIfPresent(Double.self, forKey: .low),
                             high: try c.decodeIfPresent(Double.self, forKey: .high),
                             lowInclusive: try c.decodeIfPresent(Bool.self, forKey: .lowInclusive) ?? false,
                             highInclusive: try c.decodeIfPresent(Bool.self, forKey: .highInclusive) ?? false,
                             qualifier: try c.decodeIfPresent(Quantity.Qualifier.self, forKey: .qualifier) ?? .exact,
                             unit: try c.decodeIfPresent(String.self, forKey: .unit),
                             per: try c.decodeIfPresent(String.self, forKey: .per))
        }
        date = try c.decodeIfPresent(String.self, forKey: .date).flatMap { EventDate(iso: $0) }
        role = try c.decodeIfPresent(Role.self, forKey: .role)
    }
}

/// A claim found in free text: the sentence it sits in and what it states.
public struct TextClaim: Hashable, Sendable, Encodable {
    /// The sentence, as written.
    public var sentence: String
    public var measure: String?
    public var term: String
    public var scope: [String]
    public var attribution: Speaker?
    /// The figure, with its span and offset in the analysed text.
    public var value: Mention
    public var eventDate: EventDate?
    public var topic: String?
    /// Index (into `TextAnalysis.claims`) of the claim a derived claim was computed from.
    public var derivedFrom: Int?
    /// For a ratio, the measure of the figures it compares.
    public var compares: String?

    /// Creates a claim found in free text.
    public init(sentence: String, measure: String?, term: String, scope: [String], attribution: Speaker?,
                value: Mention, eventDate: EventDate?, topic: String?, derivedFrom: Int? = nil) {
        self.sentence = sentence
        self.measure = measure
        self.term = term
        self.scope = scope
        self.attribution = attribution
        self.value = value
        self.eventDate = eventDate
        self.topic = topic
        self.derivedFrom = derivedFrom
    }

    private enum Keys: String, CodingKey {
        case sentence, measure, term, scope, attribution, value, eventDate, topic
    }

    /// Encodes the schema of `crosscheck extract --format json`; the attribution is the speaker's name.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(measure, forKey: .measure)
        try c.encode(term, forKey: .term)
        try c.encode(scope, forKey: .scope)
        try c.encode(attribution?.name, forKey: .attribution)
        try c.encode(value, forKey: .value)
        try c.encode(eventDate?.iso, forKey: .eventDate)
        try c.encode(topic, forKey: .topic)
    }
}

/// Everything `crosscheck extract` finds in one text.
public struct TextAnalysis: Hashable, Sendable, Encodable {
    /// Every figure and date, in text order.
    public var mentions: [Mention]
    /// The figures that are checkable claims, in text order.
    public var claims: [TextClaim]

    /// Creates an analysis.
    public init(mentions: [Mention], claims: [TextClaim]) {
        self.mentions = mentions
        self.claims = claims
    }
}
