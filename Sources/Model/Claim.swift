/// A checkable statement found in one sentence: a figure with what it counts, where, when and who said it.
public struct Claim: Hashable, Sendable, Codable, Identifiable {
    /// `<source id>-s<sentence>-<n>`.
    public var id: ID<Claim>
    public var source: ID<Source>
    /// Index of the sentence in its source.
    public var sentence: Int
    /// The exact span of the figure in the sentence (character offsets), with the noun it counts when that noun
    /// follows the figure ("three towns", "8,000 to 9,000 individuals"), as a reader quotes it.
    public var span: Span
    /// The text of that span.
    public var text: String
    /// The measure id from config (`fighters`, `members`, `cash-reserves`), nil when unknown.
    public var measure: String?
    /// The counted noun phrase as the outlet wrote it ("jihadists", "members and supporters").
    public var term: String
    /// Places the figure applies to, canonical names from the gazetteer.
    public var scope: [String]
    /// The topic id from config this claim belongs to.
    public var topic: String?
    public var attribution: Speaker?
    public var value: Quantity
    /// When the figure applies or the event happened, when the sentence says.
    public var eventDate: EventDate?
    /// The claim a derived claim was computed from ("roughly half of whom are fighters").
    public var derivedFrom: ID<Claim>?
    /// The same amount told first in another currency in this sentence ("€30 million (about $32 million)").
    public var equivalentTo: ID<Claim>?
    /// Whose figure it is when the sentence says ("Dreyer took 47,612 votes", "Ashe won 39,801"): different
    /// holders' figures are different quantities, never a conflict.
    public var holder: String?
    /// For a ratio ("three times the figure the agency gave"): the measure of the two figures it compares.
    public var compares: String?
    /// True when the sentence dates the figure as another, earlier occasion's ("up from 57.9% at the last election,
    /// in 2021", "the €58 million paid under a 2020 ruling"): a later figure is that occasion's successor, not an update.
    public var otherOccasion: Bool?
    /// True when the sentence tells the figure as one given before ("Larkspur initially said about 2 million", "the
    /// 2 million it first disclosed"): a retelling of an old figure, which does not make it current.
    public var earlier: Bool?

    public init(id: ID<Claim>, source: ID<Source>, sentence: Int, span: Span, text: String,
                measure: String?, term: String, scope: [String], topic: String?,
                attribution: Speaker?, value: Quantity, eventDate: EventDate?,
                derivedFrom: ID<Claim>? = nil, equivalentTo: ID<Claim>? = nil, holder: String? = nil) {
        self.equivalentTo = equivalentTo
        self.holder = holder
        self.id = id
        self.source = source
        self.sentence = sentence
        self.span = span
        self.text = text
        self.measure = measure
        self.term = term
        self.scope = scope
        self.topic = topic
        self.attribution = attribution
        self.value = value
        self.eventDate = eventDate
        self.derivedFrom = derivedFrom
    }
}

/// A half-open range of character offsets within a sentence.
public struct Span: Hashable, Sendable, Codable {
    public var start: Int
    public var length: Int

    public init(start: Int, length: Int) {
        self.start = start
        self.length = length
    }

    public var end: Int { start + length }
}

/// Something that happened on a date, as one sentence reports it.
public struct Event: Hashable, Sendable, Codable {
    public var source: ID<Source>
    public var sentence: Int
    public var date: EventDate
    /// The words that gave the date ("on Sunday", "February 26").
    public var dateText: String
    /// The sentence text, as a short description of the event.
    public var summary: String
    public var attribution: Speaker?

    public init(source: ID<Source>, sentence: Int, date: EventDate, dateText: String, summary: String,
                attribution: Speaker? = nil) {
        self.source = source
        self.sentence = sentence
        self.date = date
        self.dateText = dateText
        self.summary = summary
        self.attribution = attribution
    }
}

/// What extraction found in one source.
public struct Extraction: Hashable, Sendable, Codable {
    public var source: ID<Source>
    public var claims: [Claim]
    public var events: [Event]

    public init(source: ID<Source>, claims: [Claim], events: [Event]) {
        self.source = source
        self.claims = claims
        self.events = events
    }
}
