/// The one calendar every stage reads dates with (ingest's date lines and front matter, extraction's
/// resolver): proleptic Gregorian day arithmetic without Foundation's calendar, so the result is the same
/// on every platform, one range of years a written date may name, and ISO dates.
public enum CivilCalendar {
    /// Years a written date may name; a four-digit number outside them is no year ("2,500", "1650 troops").
    public static let years = 1800...2100

    /// Days since 1970-01-01 for a civil date (Hinnant's algorithm).
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day count since 1970-01-01.
    public static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
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

    /// The weekday of a day count, Sunday = 0.
    public static func weekday(_ days: Int) -> Int { ((days % 7) + 11) % 7 }

    /// 28 to 31.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        let next = month == 12 ? days(year: year + 1, month: 1, day: 1) : days(year: year, month: month + 1, day: 1)
        return next - days(year: year, month: month, day: 1)
    }

    /// Whether a month and day exist in a year (29 February only in leap years).
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysInMonth(year: year, month: month)
    }

    /// The date, when it exists and its year is one a written date may name.
    public static func date(year: Int, month: Int, day: Int) -> EventDate? {
        guard years.contains(year), isValid(year: year, month: month, day: day) else { return nil }
        return EventDate(year: year, month: month, day: day)
    }

    /// How a numeric date with its year last reads ("14/03/2021", "03/14/2021", "14.03.2021").
    public enum NumericReading: Hashable, Sendable {
        /// Only one reading is a date (or day and month are the same number).
        case date(EventDate)
        /// Day-first and month-first are both dates ("03/04/2021").
        case ambiguous
    }

    /// Day-first or month-first, whichever is the only possible reading of `a`/`b`/`year`; nil when neither
    /// is a date or the year is out of range.
    /// `dotted`: written with full stops ("11.09.2025"), the day-first style of continental Europe, Russia and Latin
    /// America; month-first dates use slashes, so a dotted date reads day first whenever it can.
    public static func dayMonth(_ a: Int, _ b: Int, year: Int, dotted: Bool = false) -> NumericReading? {
        if dotted, let dayFirst = date(year: year, month: b, day: a) { return .date(dayFirst) }
        switch (date(year: year, month: b, day: a), date(year: year, month: a, day: b)) {
        case (let dayFirst?, nil): return .date(dayFirst)
        case (nil, let monthFirst?): return .date(monthFirst)
        case (let both?, _?): return a == b ? .date(both) : .ambiguous
        case (nil, nil): return nil
        }
    }

    /// `2023-03-13`, `2023-03-13T10:00:00+03:00`, `2023-03-13 10:00`: the date as printed (a time and
    /// zone after it do not move it to another day).
    public static func iso(_ text: String) -> EventDate? {
        let chars = Array(text)
        guard chars.count >= 10, chars[4] == "-", chars[7] == "-",
              let year = Int(String(chars[0..<4])), let month = Int(String(chars[5..<7])),
              let day = Int(String(chars[8..<10])) else { return nil }
        if chars.count > 10, !"T ".contains(chars[10]) { return nil }
        return date(year: year, month: month, day: day)
    }

    /// A day-precision date shifted by some days.
    public static func date(_ date: EventDate, plusDays n: Int, inferred: Bool = true) -> EventDate {
        let d = civil(days(year: date.year, month: date.month ?? 1, day: date.day ?? 1) + n)
        return EventDate(year: d.year, month: d.month, day: d.day, inferred: inferred)
    }

    /// A month-precision date shifted by some months.
    public static func month(_ date: EventDate, plusMonths n: Int) -> EventDate {
        let index = date.year * 12 + (date.month ?? 1) - 1 + n
        return EventDate(year: index / 12, month: index % 12 + 1, inferred: true)
    }
}
