import Model
@testable import Extract

/// Shared extractor and small accessors for table-driven tests.
enum Fixture {
    static let extractor = Extractor(config: ShippedConfig.standard)
    static let reference = EventDate(year: 2023, month: 3, day: 13)

    /// Figures (not dates) found in a text.
    static func figures(_ text: String, reference: EventDate? = Fixture.reference) -> [Mention] {
        extractor.analyse(text: text, reference: reference).mentions.filter { $0.kind != .date }
    }

    static func claims(_ text: String, reference: EventDate? = Fixture.reference) -> [TextClaim] {
        extractor.analyse(text: text, reference: reference).claims
    }

    static func dates(_ text: String, reference: EventDate?) -> [Mention] {
        extractor.analyse(text: text, reference: reference).mentions.filter { $0.kind == .date }
    }

    /// A one-source article from sentences, published on a date.
    static func source(_ sentences: [String], published: EventDate? = Fixture.reference, id: String = "t") -> Source {
        Source(id: ID(id), file: id + ".txt", format: .text, metadata: Metadata(published: published), blocks: [],
               sentences: sentences.enumerated().map { Sentence(index: $0.offset, text: $0.element) })
    }
}

/// An expected interval in Recognizers-Text notation with its qualifier: "[400,500] exact".
struct Expected: CustomStringConvertible, Sendable {
    var sentence: String
    var text: String
    var notation: String
    var qualifier: Quantity.Qualifier
    var unit: String?
    var per: String?

    init(_ sentence: String, _ text: String, _ notation: String, _ qualifier: Quantity.Qualifier, unit: String? = nil, per: String? = nil) {
        self.sentence = sentence
        self.text = text
        self.notation = notation
        self.qualifier = qualifier
        self.unit = unit
        self.per = per
    }

    var description: String { sentence }
}
