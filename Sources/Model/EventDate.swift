/// A calendar date known to a day, a month or a year.
public struct EventDate: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// How precisely a date is known.
    public enum Granularity: String, Sendable, Codable {
        case day, month, year
    }

    public var year: Int
    public var month: Int?
    public var day: Int?
    /// True when the date was resolved from relative words ("on Sunday", "last month") or inferred
    /// from other sources rather than printed in full.
    public var inferred: Bool

    public init(year: Int, month: Int? = nil, day: Int? = nil, inferred: Bool = false) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
        self.inferred = inferred
    }

    public var granularity: Granularity {
        day != nil ? .day : month != nil ? .month : .year
    }

    /// ISO 8601 at the date's own precision: `2023-03-12`, `2023-03` or `2023`.
    public var iso: String {
        var text = EventDate.pad(year, 4)
        if let month { text += "-" + EventDate.pad(month, 2) }
        if let day { text += "-" + EventDate.pad(day, 2) }
        return text
    }

    public var description: String { iso }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(iso: String, inferred: Bool = false) {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        let values = parts.compactMap { $0 }
        guard values[0] > 0 else { return nil }
        if values.count > 1, !(1...12).contains(values[1]) { return nil }
        if values.count > 2, !(1...31).contains(values[2]) { return nil }
        self.init(year: values[0], month: values.count > 1 ? values[1] : nil,
                  day: values.count > 2 ? values[2] : nil, inferred: inferred)
    }

    /// Orders by the earliest day each date could be; a coarser date sorts before a finer one that
    /// starts on the same day, and a printed date before the same date inferred. Equality compares
    /// `inferred` too, so the order must: otherwise sorting is not a strict order and output depends on
    /// the order sources happened to arrive in.
    public static func < (lhs: EventDate, rhs: EventDate) -> Bool {
        let l = (lhs.year, lhs.month ?? 0, lhs.day ?? 0, lhs.inferred ? 1 : 0)
        let r = (rhs.year, rhs.month ?? 0, rhs.day ?? 0, rhs.inferred ? 1 : 0)
        return l < r
    }

    /// Human wording: "12 March 2023", "March 2023", "2023".
    public var display: String {
        guard let month else { return String(year) }
        let name = EventDate.monthNames[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }

    /// English month names, January first.
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]
}
