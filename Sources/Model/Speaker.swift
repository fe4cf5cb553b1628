/// Who a claim is attributed to, normalised so one person or report is one speaker across articles.
public struct Speaker: Hashable, Sendable, Codable {
    /// What kind of origin speaks.
    public enum Kind: String, Sendable, Codable {
        case person, organization, report, unknown
    }

    /// A stable key: the same for "Gen Mohamadawi" and "Iraqi General Qais al-Mohamadawi".
    public var key: String
    /// The fullest name seen, for display.
    public var name: String
    public var kind: Kind

    public init(key: String, name: String, kind: Kind) {
        self.key = key
        self.name = name
        self.kind = kind
    }
}
