import Lexicon
import Model

extension DateResolver {
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]

    /// "yesterday", "last month", "this week", "three days ago", "a day earlier", "the following day"; a day
    /// counted from the date just mentioned, else from the publication date.
    /// `valueWord: false` says token i is no spelled number ("seven", "twenty-two"), so `count` need not ask.
    static func relative(_ t: [Token], at i: Int, context: DateContext, valueWord: Bool = true, future: Bool = false) -> DateMatch? {
        let w = t[i].lower
        // Every word read below ("yesterday", "today", "tomorrow", "tonight", "last", "this", "next", "past",
        // "a", "an", "one", "the") starts with one of these letters; any other word starts no relative date
        // unless it is a spelled number.
        if !valueWord, t[i].isWord {
            switch w.utf8.first {  // a, l, n, o, p, t, y
            case 0x61, 0x6C, 0x6E, 0x6F, 0x70, 0x74, 0x79: break
            default: return nil
            }
        }
        let pub = context.published
        let next = i + 1 < t.count ? t[i + 1].lower : ""
        switch w {
        case "the" where i + 3 < t.count && next == "day" && (t[i + 2].lower == "before" && t[i + 3].lower == "yesterday"
                                                          || t[i + 2].lower == "after" && t[i + 3].lower == "tomorrow"):
            // "the day before yesterday", "the day after tomorrow".
            return DateMatch(tokens: i..<(i + 4), date: pub.flatMap { shift($0, days: t[i + 2].lower == "before" ? -2 : 2) })
        case "yesterday": return DateMatch(tokens: i..<(i + 1), date: pub.flatMap { shift($0, days: -1) })
        case "today": return DateMatch(tokens: i..<(i + 1), date: pub.flatMap { shift($0, days: 0) })
        case "tomorrow": return DateMatch(tokens: i..<(i + 1), date: pub.flatMap { shift($0, days: 1) })
        case "tonight": return DateMatch(tokens: i..<(i + 1), date: pub.flatMap { shift($0, days: 0) })
        case "the" where i >= 2 && (next == "year" || next == "month") && t[i - 1].lower == "of" && ofYearHeads.contains(t[i - 2].lower):
            // "by the end of the year", "the start of the month": the article's own year or month; its end or close
            // is its last month, its start or beginning its first, as "the end of 2017" is.
            guard let p = pub else { return DateMatch(tokens: (i - 2)..<(i + 2), date: nil) }
            let head = t[i - 2].lower
            if next == "month" {
                guard let m = p.month else { return nil }
                return DateMatch(tokens: (i - 2)..<(i + 2), date: EventDate(year: p.year, month: m, inferred: true))
            }
            let month = Self.yearEndHeads.contains(head) ? 12 : Self.yearStartHeads.contains(head) ? 1 : nil
            return DateMatch(tokens: (i - 2)..<(i + 2), date: EventDate(year: p.year, month: month, inferred: true))
        case "last", "this", "next", "past":
            let step = w == "last" || w == "past" ? -1 : w == "next" ? 1 : 0
            var start = i
            if i > 0, ["earlier", "later"].contains(t[i - 1].lower), w == "this" { start = i - 1 }
            // "this afternoon", "this morning", "last night", "last evening".
            if Self.partsOfDay.contains(next), w == "this" || (w == "last" && ["night", "evening"].contains(next)) {
                return DateMatch(tokens: start..<(i + 2), date: pub.flatMap { shift($0, days: w == "last" ? -1 : 0) })
            }
            guard let p = pub else {
                return ["week", "month", "year"].contains(next) ? DateMatch(tokens: start..<(i + 2), date: nil) : nil
            }
            switch next {
            case "week":
                let anchor = shift(p, days: 7 * step)
                return DateMatch(tokens: start..<(i + 2), date: anchor.map { EventDate(year: $0.year, month: $0.month, inferred: true) })
            case "month":
                guard p.month != nil else { return nil }
                return DateMatch(tokens: start..<(i + 2), date: CivilCalendar.month(p, plusMonths: step))
            case "year":
                return DateMatch(tokens: start..<(i + 2), date: EventDate(year: p.year + step, inferred: true))
            default: return nil
            }
        default: break
        }
        // "three days ago", "a week ago", "two years ago".
        if let (n, unit, end) = count(t, at: i, valueWord: valueWord), end < t.count {
            let after = t[end].lower
            if after == "ago", let p = pub {
                return DateMatch(tokens: i..<(end + 1), date: offset(p, n: -n, unit: unit))
            }
            if ["earlier", "later", "before"].contains(after) {
                let sign = after == "later" ? 1 : -1
                let date = (context.lastDay ?? pub).flatMap { offset($0, n: sign * n, unit: unit) }
                if after == "before", end + 1 < t.count, t[end + 1].isWord, !Lexicon.phraseStops.contains(t[end + 1].lower) { return nil }
                return DateMatch(tokens: i..<(end + 1), date: date)
            }
        }
        // "the day before", "the previous day", "the next day", "the following day".
        if w == "the", i + 2 < t.count {
            let a = t[i + 1].lower, b = t[i + 2].lower
            var delta: Int?
            if a == "day", b == "before", i + 3 >= t.count || !t[i + 3].isWord || Lexicon.phraseStops.contains(t[i + 3].lower) { delta = -1 }
            if ["previous", "preceding"].contains(a), b == "day" { delta = -1 }
            if ["next", "following"].contains(a), b == "day" { delta = 1 }
            if let delta {
                return DateMatch(tokens: i..<(i + 3), date: (context.lastDay ?? pub).flatMap { shift($0, days: delta) })
            }
            if let day = dayOfMonth(t, at: i, pub: pub, future: future) { return day }
        }
        return nil
    }

    /// "on the 14th", "by the 3rd": a day of the month printed with no month is one of the article's month, the
    /// last such day before it (or the next, in a future sentence). "The 14th of June" is `absolute`'s.
    private static func dayOfMonth(_ t: [Token], at i: Int, pub: EventDate?, future: Bool) -> DateMatch? {
        guard i > 0, WordLists.current.words(Lists.calendarDayOfMonthBefore).contains(t[i - 1].lower), i + 2 < t.count,
              t[i + 1].isNumber, t[i + 1].text.count <= 2, let d = Int(t[i + 1].text), (1...31).contains(d),
              WordLists.current.words(Lists.calendarOrdinalSuffixes).contains(t[i + 2].lower), !t[i + 2].spaceBefore else { return nil }
        let end = i + 3
        var k = end
        if k < t.count, t[k].lower == "of" { k += 1 }
        if k < t.count, month(t, at: k, strict: true) != nil { return nil }
        if end < t.count, t[end].isWord, !Lexicon.phraseStops.contains(t[end].lower) { return nil }  // "the 14th century", "the 3rd round"
        guard let p = pub, let pm = p.month, let pd = p.day else { return DateMatch(tokens: (i - 1)..<end, date: nil) }
        var date = EventDate(year: p.year, month: pm, inferred: true)
        if !future, d > pd { date = CivilCalendar.month(date, plusMonths: -1) ?? date }
        if future, d < pd { date = CivilCalendar.month(date, plusMonths: 1) ?? date }
        guard let month = date.month, CivilCalendar.isValid(year: date.year, month: month, day: d) else { return nil }
        return DateMatch(tokens: (i - 1)..<end, date: EventDate(year: date.year, month: month, day: d, inferred: true))
    }

    /// "a day", "three days", "2 weeks": a count and a calendar unit.
    private static func count(_ t: [Token], at i: Int, valueWord: Bool) -> (Int, String, Int)? {
        var n: Int?
        var k = i
        if t[i].lower == "a" || t[i].lower == "an" || t[i].lower == "one" { n = 1; k = i + 1 }
        else if t[i].isNumber, let v = Int(t[i].text), v < 1000 { n = v; k = i + 1 }
        else if valueWord, let v = NumberParser.wordValue(t[i].lower) { n = Int(v); k = i + 1 }
        guard let n, k < t.count else { return nil }
        // Any calendar unit of `durations.durationUnits` at least a day long ("a fortnight ago", "a decade ago").
        guard t[k].isWord, let unit = Lexicon.durationUnits[t[k].lower], !Lexicon.attachedOnlyDurations.contains(t[k].lower),
              (WordLists.current.numbers(Lists.durationsClockUnitSeconds)[unit] ?? 0) >= 86_400
                || WordLists.current.numbers(Lists.durationsCalendarUnitMonths)[unit] != nil else { return nil }
        return (n, unit, k + 1)
    }

    /// `n` units from `p`: days (`durations.clockUnitSeconds`) to the day, months to the month, whole years to the year.
    private static func offset(_ p: EventDate, n: Int, unit: String) -> EventDate? {
        let lists = WordLists.current
        if let seconds = lists.numbers(Lists.durationsClockUnitSeconds)[unit] {
            return shift(p, days: Int(seconds / 86_400) * n)
        }
        guard let months = lists.numbers(Lists.durationsCalendarUnitMonths)[unit].map(Int.init) else { return nil }
        if months % 12 == 0 { return EventDate(year: p.year + n * months / 12, inferred: true) }
        return p.month == nil ? nil : CivilCalendar.month(p, plusMonths: n * months)
    }

    /// A day-precise date moved by some days; nil when the anchor is not known to the day.
    static func shift(_ d: EventDate, days: Int) -> EventDate? {
        guard d.day != nil else { return nil }
        return CivilCalendar.date(d, plusDays: days)
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let durationsClockUnitSeconds = ListName("durations", "clockUnitSeconds")
    static let durationsCalendarUnitMonths = ListName("durations", "calendarUnitMonths")
    static let calendarDayOfMonthBefore = ListName("calendar", "dayOfMonthBefore")
    static let calendarOrdinalSuffixes = ListName("calendar", "ordinalSuffixes")
}
