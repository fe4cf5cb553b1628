import Model

extension DateResolver {
    /// Words joining the two days of a span of dates ("3 to 5 June", "between 12 and 15 May", "June 3-5").
    private static func isDayJoiner(_ t: Token) -> Bool {
        ["to", "-", "–", "—", "and", "through", "until", "till"].contains(t.lower)
    }

    /// A span of days in one month told once: "from 3 to 5 June", "between 12 and 15 May", "on the night of 12 to 13
    /// May", "3-5 June" (the first day before the dated one) and "June 3-5", "May 12 to 14" (the last day after it).
    /// The other day is a date of its own in the same month, never a count. "and" joins days only after "between".
    /// Cost: a look at the tokens on either side of each day-precise date.
    static func daySpans(_ matches: [DateMatch], _ t: [Token]) -> [DateMatch] {
        var result: [DateMatch] = []
        var taken = Set<Int>()
        for m in matches { taken.formUnion(m.tokens) }
        for m in matches {
            guard let d = m.date, let day = d.day, let month = d.month else { result.append(m); continue }
            let s = m.tokens.lowerBound, e = m.tokens.upperBound
            // "3 to 5 June": the dated match starts with its day number.
            if s >= 2, t[s].isNumber, Int(t[s].text) == day, isDayJoiner(t[s - 1]), t[s - 2].isNumber, !taken.contains(s - 2),
               t[s - 2].text.count <= 2, let first = Int(t[s - 2].text), (1..<day).contains(first),
               t[s - 1].lower != "and" || s >= 3 && t[s - 3].lower == "between",
               s < 3 || !(t[s - 3].isNumber || [",", ".", "/", "-"].contains(t[s - 3].text) && !t[s - 2].spaceBefore) {
                result.append(DateMatch(tokens: (s - 2)..<(s - 1), date: EventDate(year: d.year, month: month, day: first, inferred: d.inferred)))
                taken.insert(s - 2)
            }
            result.append(m)
            // "June 3-5": the match ends with its day number.
            if e + 1 < t.count, t[e - 1].isNumber, Int(t[e - 1].text) == day, isDayJoiner(t[e]), t[e].lower != "and",
               t[e + 1].isNumber, !taken.contains(e + 1), t[e + 1].text.count <= 2, let last = Int(t[e + 1].text),
               last > day, CivilCalendar.isValid(year: d.year, month: month, day: last),
               !continuesFigure(t, at: e + 2) {
                result.append(DateMatch(tokens: (e + 1)..<(e + 2), date: EventDate(year: d.year, month: month, day: last, inferred: d.inferred)))
                taken.insert(e + 1)
            }
        }
        return result
    }

    /// Whether token i goes on with the figure before it ("5.2", "5/6", "5:30", "5th"), so that figure is no day.
    private static func continuesFigure(_ t: [Token], at i: Int) -> Bool {
        guard i < t.count, !t[i].spaceBefore else { return false }
        if t[i].isNumber || t[i].isWord { return true }
        return ["/", ":", "-", ".", ","].contains(t[i].text) && i + 1 < t.count && t[i + 1].isNumber && !t[i + 1].spaceBefore
    }

    /// "the 2022-23 season", "fiscal 2024/25", "in 2019–20": a span of two years with the second written short; the
    /// whole span is the first year's date, and the short year no figure.
    static func yearSpan(_ t: [Token], at i: Int) -> DateMatch? {
        guard t[i].isNumber, t[i].text.count == 4, let y = Int(t[i].text), CivilCalendar.years.contains(y), i + 2 < t.count,
              ["-", "–", "/"].contains(t[i + 1].text), !t[i + 1].spaceBefore, !t[i + 2].spaceBefore, t[i + 2].isNumber,
              t[i + 2].text.count == 2, let short = Int(t[i + 2].text), short == (y + 1) % 100 else { return nil }
        // A third group ("2022-23-45") is a code.
        if i + 4 < t.count, ["-", "/", "."].contains(t[i + 3].text), !t[i + 3].spaceBefore, t[i + 4].isNumber { return nil }
        return DateMatch(tokens: i..<(i + 3), date: EventDate(year: y))
    }
}
