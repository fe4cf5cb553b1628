/// Data handed to a page's Mustache template: strings (escaped by the template), flags, lists and maps.
public indirect enum TemplateData: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    case string(String)
    case bool(Bool)
    case int(Int)
    case list([TemplateData])
    case map([String: TemplateData])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: TemplateData...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateData)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }

    /// An optional string: missing values become `false`, so `{{#x}}` sections skip them.
    public static func optional(_ value: String?) -> TemplateData {
        value.map(TemplateData.string) ?? .bool(false)
    }

    /// The value as plain Swift values for the template engine.
    public var plain: Any {
        switch self {
        case .string(let s): s
        case .bool(let b): b
        case .int(let i): i
        case .list(let l): l.map(\.plain)
        case .map(let m): m.mapValues(\.plain)
        }
    }
}
