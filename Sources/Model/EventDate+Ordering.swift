extension EventDate {
    /// Days since 1970-01-01 of the first day the date could be (proleptic Gregorian).
    public var dayNumber: Int { EventDate.days(year: year, month: month ?? 1, day: day ?? 1) }

    /// Days since 1970-01-01 for a civil date (see `CivilCalendar.days`).
    public static func days(year: Int, month: Int, day: Int) -> Int { CivilCalendar.days(year: year, month: month, day: day) }

    /// Whether this date is clearly after another: by at least `days` when both are known to the day,
    /// else at the coarser of the two precisions (a later month, a later year).
    public func isLater(than other: EventDate, byAtLeast days: Int = 2) -> Bool {
        switch (granularity, other.granularity) {
        case (.day, .day):
            return dayNumber - other.dayNumber >= days
        case (.year, _), (_, .year):
            return year > other.year
        default:
            return (year, month ?? 0) > (other.year, other.month ?? 0)
        }
    }
}
