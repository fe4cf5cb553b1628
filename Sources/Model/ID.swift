/// A typed identifier: `ID<Source>` and `ID<Claim>` cannot be mixed up.
public struct ID<Subject>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The identifier's text, stable across builds (e.g. a source's file stem).
    public let rawValue: String

    /// Creates an identifier from its text.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: ID, rhs: ID) -> Bool { lhs.rawValue < rhs.rawValue }
}
