/// Words a project adds to the built-in lexicon from `crosscheck.yml`'s `lexicon:` key: area → list →
/// entries, e.g. `{currencies: {names: {bitcoin: XBT}}, attribution: {reportingVerbs: [briefed]}}`.
public struct LexiconAdditions: Hashable, Sendable, Codable {
    /// Entries added to one list: words for a set, word → value for a table.
    public enum Entries: Hashable, Sendable, Codable {
        case words([String])
        case table([String: String])

        public init(from decoder: any Decoder) throws {
            let single = try decoder.singleValueContainer()
            if let words = try? single.decode([String].self) {
                self = .words(words)
            } else {
                self = .table(try single.decode([String: String].self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var single = encoder.singleValueContainer()
            switch self {
            case .words(let words): try single.encode(words)
            case .table(let table): try single.encode(table)
            }
        }
    }

    public var lists: [String: [String: Entries]]

    public init(_ lists: [String: [String: Entries]] = [:]) {
        self.lists = lists
    }

    public init(from decoder: any Decoder) throws {
        lists = try decoder.singleValueContainer().decode([String: [String: Entries]].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var single = encoder.singleValueContainer()
        try single.encode(lists)
    }
}
