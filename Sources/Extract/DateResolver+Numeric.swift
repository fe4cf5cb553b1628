import Model

extension DateResolver {
    /// "2021-03-14", "14/03/2021", "03/14/2021", "14.03.2021": a day when only one reading is possible,
    /// else the year alone ("03/04/2021" may be March or April).
    static func numeric(_ t: [Token], at i: Int) -> DateMatch? {
        guard t[i].isNumber else { return nil }
        // "14.03.2021" is one token.
        let dotted = t[i].text.split(separator: ".", omittingEmptySubsequences: false)
        if dotted.count == 3, dotted[0].count <= 2, dotted[1].count <= 2, dotted[2].count == 4,
           let a = Int(dotted[0]), let b = Int(dotted[1]), let y = Int(dotted[2]) {
            return dayMonth(a, b, year: y, tokens: i..<(i + 1), dotted: true)
        }
        guard i + 4 < t.count, ["-", "/", "."].contains(t[i + 1].text), t[i + 3].text == t[i + 1].text,
              (1...4).allSatisfy({ !t[i + $0].spaceBefore }), t[i + 2].isNumber, t[i + 4].isNumber,
              let a = Int(t[i].text), let b = Int(t[i + 2].text), let c = Int(t[i + 4].text) else { return nil }
        // A fourth group makes it a code or a phone number.
        if i + 6 < t.count, t[i + 5].text == t[i + 1].text, !t[i + 5].spaceBefore, t[i + 6].isNumber { return nil }
        let tokens = i..<(i + 5)
        if t[i].text.count == 4, t[i + 2].text.count <= 2, t[i + 4].text.count <= 2, CivilCalendar.years.contains(a) {
            guard let date = CivilCalendar.date(year: a, month: b, day: c) else { return nil }
            return DateMatch(tokens: tokens, date: date)
        }
        guard t[i].text.count <= 2, t[i + 2].text.count <= 2, t[i + 4].text.count == 4, CivilCalendar.years.contains(c) else { return nil }
        return dayMonth(a, b, year: c, tokens: tokens, dotted: t[i + 1].text == ".")
    }

    private static func dayMonth(_ a: Int, _ b: Int, year: Int, tokens: Range<Int>, dotted: Bool) -> DateMatch? {
        switch CivilCalendar.dayMonth(a, b, year: year, dotted: dotted) {
        case .date(let date): return DateMatch(tokens: tokens, date: date)
        case .ambiguous: return DateMatch(tokens: tokens, date: EventDate(year: year))
        case nil: return nil
        }
    }

    /// "mid-June", "early-March 2019", "late-Oct": part of a month, read as the month.
    static func monthPart(_ t: [Token], at i: Int, pub: EventDate?, future: Bool) -> DateMatch? {
        guard t[i].isWord, t[i].lower.hasByte(0x2D) else { return nil }
        let parts = t[i].text.split(separator: "-").map(String.init)
        guard parts.count == 2, ["mid", "early", "late", "end"].contains(parts[0].lowercased()),
              parts[1].first?.isCapital == true, let m = Lexicon.months[parts[1].lowercased()] else { return nil }
        if i + 1 < t.count, t[i + 1].isNumber, t[i + 1].text.count == 4, let y = Int(t[i + 1].text), CivilCalendar.years.contains(y) {
            return DateMatch(tokens: i..<(i + 2), date: EventDate(year: y, month: m))
        }
        let date = pub.map { inferYear(month: m, day: nil, pub: $0, future: future) }
        return DateMatch(tokens: i..<(i + 1), date: date)
    }
}
