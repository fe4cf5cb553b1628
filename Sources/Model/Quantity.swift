/// A figure as an interval that keeps its qualifier: `[400,500]`, `(,500]`, `[10000,)`.
public struct Quantity: Hashable, Sendable, Codable {
    /// How the outlet hedged the figure. Never dropped.
    public enum Qualifier: String, Sendable, Codable, CaseIterable {
        case exact, approx, upTo, atLeast, notExceeding, vague
    }

    /// The lower end; nil when open ("up to 500").
    public var low: Double?
    /// The upper end; nil when open ("more than 10,000").
    public var high: Double?
    public var lowInclusive: Bool
    public var highInclusive: Bool
    public var qualifier: Qualifier
    /// What is counted or paid: `people` for counts of persons, an ISO currency code, `percent`, or nil.
    public var unit: String?
    /// The period of a rate: `month`, `year`, `week`, `day`; nil for a stock.
    public var per: String?

    /// The unit of a difference of percentages ("rose by two percentage points"), apart from a level ("to 23%").
    public static let percentagePoints = "percentage points"

    public init(low: Double?, high: Double?, lowInclusive: Bool = true, highInclusive: Bool = true,
                qualifier: Qualifier = .exact, unit: String? = nil, per: String? = nil) {
        self.low = low
        self.high = high
        self.lowInclusive = low == nil ? false : lowInclusive
        self.highInclusive = high == nil ? false : highInclusive
        self.qualifier = qualifier
        self.unit = unit
        self.per = per
    }

    /// One exact value.
    public static func exactly(_ value: Double, unit: String? = nil) -> Quantity {
        Quantity(low: value, high: value, unit: unit)
    }

    /// Recognizers-Text notation: `[400,500]`, `(,500]`, `[10000,)`.
    public var notation: String {
        let open = low == nil ? "(" : (lowInclusive ? "[" : "(")
        let close = high == nil ? ")" : (highInclusive ? "]" : ")")
        return open + (low.map(Quantity.format) ?? "") + "," + (high.map(Quantity.format) ?? "") + close
    }

    /// True when both ends are known and equal.
    public var isPoint: Bool { low != nil && low == high }

    /// An amount of money: its unit is an ISO 4217 code ("EUR", "USD").
    public var isMoney: Bool { unit.map(Quantity.isCurrencyCode) ?? false }

    /// Whether a unit is an ISO 4217 code: three capital letters.
    public static func isCurrencyCode(_ unit: String) -> Bool { unit.count == 3 && unit == unit.uppercased() }

    /// The largest known end, for sorting and charts.
    public var magnitude: Double { high ?? low ?? 0 }

    /// Whether two intervals share any value (open ends reach to infinity).
    public func overlaps(_ other: Quantity) -> Bool {
        let aLow = low ?? -.infinity, aHigh = high ?? .infinity
        let bLow = other.low ?? -.infinity, bHigh = other.high ?? .infinity
        return aLow <= bHigh && bLow <= aHigh
    }

    /// Whether this interval lies inside another.
    public func isWithin(_ other: Quantity) -> Bool {
        let aLow = low ?? -.infinity, aHigh = high ?? .infinity
        let bLow = other.low ?? -.infinity, bHigh = other.high ?? .infinity
        return aLow >= bLow && aHigh <= bHigh
    }

    /// A number without a needless ".0": 500, 2.5, 1000000.
    public static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
