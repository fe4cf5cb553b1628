import Model
@testable import Extract

/// One table row of the grammar tests: a sentence, the span expected as a mention, and its value.
struct GrammarCase: CustomStringConvertible, Sendable {
    var sentence: String
    var span: String
    var notation: String
    var kind: Mention.Kind
    var unit: String?
    var per: String?
    var qualifier: Quantity.Qualifier?
    var role: Mention.Role?

    init(_ sentence: String, _ span: String, _ notation: String, _ kind: Mention.Kind = .number, unit: String? = nil,
         per: String? = nil, _ qualifier: Quantity.Qualifier? = nil, role: Mention.Role? = nil) {
        self.sentence = sentence
        self.span = span
        self.notation = notation
        self.kind = kind
        self.unit = unit
        self.per = per
        self.qualifier = qualifier
        self.role = role
    }

    var description: String { sentence }

    /// Every mention of the sentence (dates included), dated against 13 March 2023.
    var mentions: [Mention] { Fixture.extractor.analyse(text: sentence, reference: Fixture.reference).mentions }

    /// Checks the mention with the expected span; returns a message for each difference.
    func problems() -> [String] {
        let found = mentions
        guard let m = found.first(where: { $0.text == span }) else {
            return ["no mention “\(span)”; found \(found.map { "“\($0.text)” \($0.kind.rawValue) \($0.value?.notation ?? "")" })"]
        }
        var out: [String] = []
        if m.kind != kind { out.append("kind \(m.kind.rawValue), expected \(kind.rawValue)") }
        if let v = m.value {
            if v.notation != notation { out.append("value \(v.notation), expected \(notation)") }
            // A count's unit may be "people" (from the measure it counts); only other units are checked.
            if v.unit != unit, !(unit == nil && v.unit == "people") { out.append("unit \(v.unit ?? "nil"), expected \(unit ?? "nil")") }
            if v.per != per { out.append("per \(v.per ?? "nil"), expected \(per ?? "nil")") }
            if let qualifier, v.qualifier != qualifier { out.append("qualifier \(v.qualifier.rawValue), expected \(qualifier.rawValue)") }
        } else {
            out.append("no value")
        }
        if m.role != role { out.append("role \(m.role?.rawValue ?? "nil"), expected \(role?.rawValue ?? "nil")") }
        return out
    }
}
