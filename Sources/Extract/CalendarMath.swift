import Model

/// Proleptic Gregorian day arithmetic without Foundation's calendar (deterministic on every platform).
enum CalendarMath {
    /// Days since 1970-01-01 for a civil date.
    static func days(year: Int, month: Int, day: Int) -> Int { EventDate.days(year: year, month: month, day: day) }

    /// The civil date of a day count since 1970-01-01.
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Sunday = 0.
    static func weekday(_ days: Int) -> Int { ((days % 7) + 11) % 7 }

    static func daysInMonth(year: Int, month: Int) -> Int {
        let next = month == 12 ? days(year: year + 1, month: 1, day: 1) : days(year: year, month: month + 1, day: 1)
        return next - days(year: year, month: month, day: 1)
    }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysInMonth(year: year, month: month)
    }

    /// A day-precision date shifted by some days.
    static func date(_ date: EventDate, plusDays n: Int, inferred: Bool = true) -> EventDate {
        let d = civil(days(year: date.year, month: date.month ?? 1, day: date.day ?? 1) + n)
        return EventDate(year: d.year, month: d.month, day: d.day, inferred: inferred)
    }

    /// A month-precision date shifted by some months.
    static func month(_ date: EventDate, plusMonths n: Int) -> EventDate {
        let index = date.year * 12 + (date.month ?? 1) - 1 + n
        return EventDate(year: index / 12, month: index % 12 + 1, inferred: true)
    }
}
