import Model
@testable import Extract

/// A claim expected in a short article of wire copy: which figure, and what should be true of it.
/// Fields left nil are not checked; `speaker: ""` expects no speaker.
struct WireCase: CustomStringConvertible, Sendable {
    var text: String
    var figure: String
    var notation: String?
    var qualifier: Quantity.Qualifier?
    var measure: String??
    var term: String?
    var speaker: String?
    var eventDate: String??
    var derived: Bool?

    init(_ text: String, _ figure: String, _ notation: String? = nil, _ qualifier: Quantity.Qualifier? = nil,
         measure: String?? = nil, term: String? = nil, speaker: String? = nil, eventDate: String?? = nil, derived: Bool? = nil) {
        self.text = text; self.figure = figure; self.notation = notation; self.qualifier = qualifier
        self.measure = measure; self.term = term; self.speaker = speaker; self.eventDate = eventDate; self.derived = derived
    }

    var description: String { "\(figure) in \(text)" }

    /// The claims of the case's text, published on 13 March 2023.
    var claims: [TextClaim] { Fixture.claims(text) }

    /// Problems with the claim the case names; empty when it holds.
    func problems() -> [String] {
        let all = claims
        guard let c = all.first(where: { $0.value.text == figure }) else {
            return ["no claim \"\(figure)\"; claims: \(all.map(\.value.text))"]
        }
        var out: [String] = []
        if let notation, c.value.value?.notation != notation { out.append("notation \(c.value.value?.notation ?? "nil") ≠ \(notation)") }
        if let qualifier, c.value.value?.qualifier != qualifier { out.append("qualifier \(String(describing: c.value.value?.qualifier)) ≠ \(qualifier)") }
        if let measure, c.measure != measure { out.append("measure \(c.measure ?? "nil") ≠ \(measure ?? "nil")") }
        if let term, c.term != term { out.append("term \(c.term) ≠ \(term)") }
        if let speaker, (c.attribution?.key ?? "") != speaker { out.append("speaker \(c.attribution?.key ?? "nil") ≠ \(speaker)") }
        if let eventDate, c.eventDate?.iso != eventDate { out.append("eventDate \(c.eventDate?.iso ?? "nil") ≠ \(eventDate ?? "nil")") }
        if let derived, (c.derivedFrom != nil) != derived { out.append("derived \(c.derivedFrom != nil) ≠ \(derived)") }
        return out
    }
}
