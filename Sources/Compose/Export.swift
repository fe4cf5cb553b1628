import Foundation
import Model

/// The machine-readable exports: `claims.json` and `claims.csv`. Field names are a stable contract
/// documented in the README.
public enum Export {
    /// Version of the JSON layout; bumped on any incompatible change.
    public static let schemaVersion = 1

    /// `claims.json`: sources, claims, propositions, families, drift and timeline, keys sorted.
    public static func json(_ analysis: Analysis) -> Data {
        json(analysis) { $1() }
    }

    /// `claims.csv`: one row per claim, RFC 4180 quoting.
    public static func csv(_ analysis: Analysis) -> String {
        String(decoding: csvData(analysis) { $1() }, as: UTF8.self)
    }

    static let csvHeader = ["claim", "source", "sentence", "anchor", "start", "length", "text", "term", "measure", "topic",
                            "scope", "interval", "low", "high", "qualifier", "unit", "per", "speaker", "speaker_key",
                            "event_date", "derived_from", "proposition", "status"]

    /// The fields of a claim's row, before quoting.
    static func row(_ key: RowKey) -> [String] {
        let claim = key.claim
        return [
            claim.id.rawValue, claim.source.rawValue, String(claim.sentence),
            Catalog.sourcePath(claim.source) + "#s\(claim.sentence)", String(claim.span.start),
            String(claim.span.length), claim.text, claim.term, claim.measure ?? "", claim.topic ?? "",
            claim.scope.joined(separator: "; "), claim.value.notation,
            claim.value.low.map(Quantity.format) ?? "", claim.value.high.map(Quantity.format) ?? "",
            claim.value.qualifier.rawValue, claim.value.unit ?? "", claim.value.per ?? "",
            claim.attribution?.name ?? "", claim.attribution?.key ?? "", claim.eventDate?.iso ?? "",
            claim.derivedFrom?.rawValue ?? "", key.proposition, key.status,
        ]
    }

    static func quote(_ field: String) -> String {
        var field = field
        // A cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(…)", "+1+1") starts with a
        // quote mark instead (OWASP's advice); plain numbers such as "-5" and "-0.5" stay numbers.
        if let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(field) == nil {
            field = "'" + field
        }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension Export {
    struct Document: Encodable {
        let generator = "crosscheck"
        let schemaVersion = Export.schemaVersion
        let sources: [SourceRecord]
        let claims: [ClaimRecord]
        let propositions: [PropositionRecord]
        let families: [FamilyRecord]
        let drift: [DriftRecord]
        let timeline: [TimelineRecord]
        let disputes: [DisputeRecord]
        let ratioChecks: [RatioCheckRecord]

        init(_ analysis: Analysis) {
            var familyOf: [ID<Source>: String] = [:]
            for family in analysis.families { for member in family.sources { familyOf[member] = family.id.rawValue } }
            sources = analysis.sources.map { SourceRecord($0, family: familyOf[$0.id]) }
            claims = analysis.claims.map(ClaimRecord.init)
            propositions = analysis.propositions.map(PropositionRecord.init)
            families = analysis.families.map(FamilyRecord.init)
            drift = analysis.drift.map(DriftRecord.init)
            timeline = analysis.timeline.map(TimelineRecord.init)
            let byID = Dictionary(analysis.propositions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            disputes = analysis.disputes.map { DisputeRecord($0, propositions: byID) }
            let claimOf = Dictionary(analysis.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            ratioChecks = analysis.ratioChecks.compactMap { check in
                claimOf[check.claim].map { RatioCheckRecord(check, claim: $0, propositions: byID) }
            }
        }
    }

    struct DateRecord: Encodable, Hashable {
        let date: String, granularity: String, inferred: Bool
        init(_ date: EventDate) {
            self.date = date.iso
            granularity = date.granularity.rawValue
            inferred = date.inferred
        }
    }

    struct ValueRecord: Encodable, Hashable {
        let interval: String, low: Double?, high: Double?, lowInclusive: Bool, highInclusive: Bool
        let qualifier: String, unit: String?, per: String?, words: String
        init(_ q: Quantity) {
            interval = q.notation
            low = q.low
            high = q.high
            lowInclusive = q.lowInclusive
            highInclusive = q.highInclusive
            qualifier = q.qualifier.rawValue
            unit = q.unit
            per = q.per
            words = Wording.quantity(q)
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(interval, forKey: .interval)
            try c.encode(low, forKey: .low)
            try c.encode(high, forKey: .high)
            try c.encode(lowInclusive, forKey: .lowInclusive)
            try c.encode(highInclusive, forKey: .highInclusive)
            try c.encode(qualifier, forKey: .qualifier)
            try c.encode(unit, forKey: .unit)
            try c.encode(per, forKey: .per)
            try c.encode(words, forKey: .words)
        }
        enum CodingKeys: String, CodingKey { case interval, low, high, lowInclusive, highInclusive, qualifier, unit, per, words }
    }

    struct CitationRecord: Encodable, Hashable {
        let source: String, sentence: Int, anchor: String
        init(_ c: Citation) {
            source = c.source.rawValue
            sentence = c.sentence
            anchor = Catalog.sourcePath(c.source) + "#s\(c.sentence)"
        }
    }

    struct SourceRecord: Encodable, Hashable {
        let id: String, file: String, page: String, format: String, title: String?, outlet: String?, url: String?
        let published: DateRecord?, publishedText: String?, language: String?, authors: [String]
        let provenance: [String: String], family: String?, sentences: Int, notices: [String]
        init(_ s: Source, family: String?) {
            id = s.id.rawValue
            file = s.file
            page = Catalog.sourcePath(s.id)
            format = s.format.rawValue
            title = s.metadata.title
            outlet = s.metadata.outlet
            url = s.metadata.url
            published = s.metadata.published.map(DateRecord.init)
            publishedText = s.metadata.publishedText
            language = s.metadata.language
            authors = s.metadata.authors
            provenance = s.metadata.provenance
            self.family = family
            sentences = s.sentences.count
            notices = s.notices.map(\.formatted)
        }
    }

    struct ClaimRecord: Encodable, Hashable {
        let id: String, source: String, sentence: Int, anchor: String, start: Int, length: Int, text: String
        let term: String, measure: String?, topic: String?, scope: [String], value: ValueRecord
        let attribution: Speaker?, eventDate: DateRecord?, derivedFrom: String?, equivalentTo: String?, holder: String?
        let compares: String?
        /// Present (true) when the sentence retells the figure as one given before ("it first disclosed").
        let earlier: Bool?
        init(_ c: Claim) {
            compares = c.compares
            earlier = c.earlier == true ? true : nil
            equivalentTo = c.equivalentTo?.rawValue
            holder = c.holder
            id = c.id.rawValue
            source = c.source.rawValue
            sentence = c.sentence
            anchor = Catalog.sourcePath(c.source) + "#s\(c.sentence)"
            start = c.span.start
            length = c.span.length
            text = c.text
            term = c.term
            measure = c.measure
            topic = c.topic
            scope = c.scope
            value = ValueRecord(c.value)
            attribution = c.attribution
            eventDate = c.eventDate.map(DateRecord.init)
            derivedFrom = c.derivedFrom?.rawValue
        }
    }

    struct PropositionRecord: Encodable, Hashable {
        let id: String, topic: String, measure: String, scope: [String], asOf: DateRecord?, speaker: Speaker?
        let members: [String], status: String, outlets: [String], origins: Int, consensus: ValueRecord
        let supersededBy: String?, dispute: String?, unattributed: Bool, holder: String?
        init(_ p: Proposition) {
            holder = p.holder
            dispute = p.dispute?.rawValue
            unattributed = p.isUnattributed
            id = p.id.rawValue
            topic = p.topic
            measure = p.measure
            scope = p.scope
            asOf = p.asOf.map(DateRecord.init)
            speaker = p.speaker
            members = p.members.map(\.rawValue)
            status = p.status.rawValue
            outlets = p.outlets
            origins = p.origins
            consensus = ValueRecord(p.consensus)
            supersededBy = p.supersededBy?.rawValue
        }
    }

    /// A stated ratio and what the corpus' figures give: `numerator` ÷ `denominator` = `computed`.
    struct RatioCheckRecord: Encodable, Hashable {
        struct Side: Encodable, Hashable {
            let proposition: String, party: String?, value: ValueRecord, asOf: DateRecord?
        }
        let id: String, claim: String, text: String, stated: ValueRecord, measure: String
        let numerator: Side?, denominator: Side?, computed: Double?, verdict: String, words: String
        init(_ r: RatioCheck, claim: Claim, propositions: [ID<Proposition>: Proposition]) {
            func side(_ id: ID<Proposition>?) -> Side? {
                id.flatMap { propositions[$0] }.map {
                    Side(proposition: $0.id.rawValue, party: $0.speaker?.name, value: ValueRecord($0.consensus), asOf: $0.asOf.map(DateRecord.init))
                }
            }
            id = r.id.rawValue
            self.claim = r.claim.rawValue
            text = claim.text
            stated = ValueRecord(claim.value)
            measure = r.measure
            numerator = side(r.numerator)
            denominator = side(r.denominator)
            computed = r.computed.map { ($0 * 100).rounded() / 100 }
            verdict = r.verdict.rawValue
            words = r.verdict.words
        }
    }

    struct DisputeRecord: Encodable, Hashable {
        struct Side: Encodable, Hashable {
            let proposition: String, party: String?, partyKey: String?, value: ValueRecord, outlets: [String], origins: Int, status: String
        }
        let id: String, measure: String, scope: [String], asOf: DateRecord?, ratio: Double, sides: [Side]
        init(_ d: Dispute, propositions: [ID<Proposition>: Proposition]) {
            id = d.id.rawValue
            measure = d.measure
            scope = d.scope
            asOf = d.asOf.map(DateRecord.init)
            ratio = (d.ratio * 100).rounded() / 100
            sides = d.sides.compactMap { propositions[$0] }.map {
                Side(proposition: $0.id.rawValue, party: $0.speaker?.name, partyKey: $0.speaker?.key, value: ValueRecord($0.consensus),
                     outlets: $0.outlets, origins: $0.origins, status: $0.status.rawValue)
            }
        }
    }

    struct FamilyRecord: Encodable, Hashable {
        let id: String, sources: [String], evidence: [String], windowStart: String?, windowEnd: String?
        init(_ f: Family) {
            id = f.id.rawValue
            sources = f.sources.map(\.rawValue)
            evidence = f.evidence
            windowStart = f.window?.lowerBound.iso
            windowEnd = f.window?.upperBound.iso
        }
    }

    struct DriftRecord: Encodable, Hashable {
        let id: String, kind: String, majority: String, deviation: String, majorityCitations: [CitationRecord]
        let deviatingCitations: [CitationRecord], deviatingOutlets: [String], proposition: String?, note: String
        init(_ d: Drift) {
            id = d.id.rawValue
            kind = d.kind.rawValue
            majority = d.majority
            deviation = d.deviation
            majorityCitations = d.majorityCitations.map(CitationRecord.init)
            deviatingCitations = d.deviatingCitations.map(CitationRecord.init)
            deviatingOutlets = d.deviatingOutlets
            proposition = d.proposition?.rawValue
            note = d.note
        }
    }

    struct TimelineRecord: Encodable, Hashable {
        let date: DateRecord, summary: String, citations: [CitationRecord]
        init(_ t: TimelineEntry) {
            date = DateRecord(t.date)
            summary = t.summary
            citations = t.citations.map(CitationRecord.init)
        }
    }
}
