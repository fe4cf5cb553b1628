import Lexicon
import Model

/// A line that is (almost) nothing but a date, as newsrooms print them: "Mon Mar 13 2023",
/// "Updated 13 March 2023", "Last Modified: Sunday، 21 January 2018 12:37 PM", "2023-03-13T09:00Z".
struct DateLine: Hashable {
    var date: EventDate
    /// The words before the date ("Updated", "Last Modified"), nil when none.
    var label: String?

    /// Whether the label says this is a later revision rather than first publication.
    var isRevision: Bool {
        guard let label = label?.lowercased() else { return false }
        return label.contains("updat") || label.contains("modif") || label.contains("edit")
    }

    /// Parses a short line that is a date with at most a label, weekday, time and zone around it.
    static func parse(_ line: String) -> DateLine? {
        // Most lines are paragraphs: count the pieces before making strings of them.
        guard DateParser.hasPieces(line, atMost: 14) else { return nil }
        // Every date `find` reads has ASCII digits (an ISO date, a numeric date, a day or a year read by
        // `Int`): a short line without one (a headline, a byline, a label) is no date line.
        guard line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let tokens = DateParser.tokens(line)
        guard !tokens.isEmpty, tokens.count <= 14, let found = DateParser.find(in: tokens),
              case .date(let date) = found.match else { return nil }
        var leftover = 0
        for (i, token) in tokens.enumerated() where !found.indexes.contains(i) {
            if !isFiller(token) { leftover += 1 }
        }
        guard leftover <= 1 else {
            // "18.03.2025, 07:45 | Author: Jan Wirski", "Published 3 May 2024 · 4 min read", "Tuesday 18 March 2025 —
            // Niamh Corra, on Ayle Island": the date is one segment.
            let segments = line.split(whereSeparator: { "|•·—–".contains($0) })
            guard segments.count > 1 else { return nil }
            return segments.lazy.compactMap { parse(String($0)) }.first
        }
        let before = tokens[..<(found.indexes.min() ?? 0)].filter { labelWords.contains($0.lowercased()) }
        return DateLine(date: date, label: before.isEmpty ? nil : before.joined(separator: " "))
    }

    /// Whether a line is shaped like a date line but its day and month cannot be told apart ("03/04/2023").
    static func isAmbiguous(_ line: String) -> Bool {
        let tokens = DateParser.tokens(line)
        guard tokens.count <= 14, let found = DateParser.find(in: tokens), case .ambiguous = found.match else { return false }
        return true
    }

    static var labelWords: Set<String> { WordLists.current.words(Lists.datelinesLabelWords) }
    private static var zones: Set<String> { WordLists.current.words(Lists.datelinesZones) }

    private static func isFiller(_ token: String) -> Bool {
        let lower = token.lowercased()
        if labelWords.contains(lower) || zones.contains(lower) || DateParser.weekday(lower) { return true }
        if lower.allSatisfy({ "|-–—•·/:()+".contains($0) }) { return true }
        if lower.contains(":"), lower.allSatisfy({ $0.isWordDigit || ":.+apm".contains($0) }) { return true }
        if lower.hasPrefix("+") || lower.hasPrefix("gmt") || lower.hasPrefix("utc") { return true }
        return false
    }
}

/// Finds one calendar date among a line's tokens; numeric dates only when day and month are clear.
enum DateParser {
    enum Match: Hashable { case date(EventDate), ambiguous }

    static var months: [String: Int] { WordLists.current.integers(Lists.calendarMonths) }

    private static var weekdays: Dictionary<String, Int>.Keys { WordLists.current.integers(Lists.calendarWeekdays).keys }

    static func weekday(_ token: String) -> Bool {
        let lower = token.lowercased()
        return weekdays.contains(lower) || (lower.count >= 3 && weekdays.contains { $0.hasPrefix(lower) } && lower.count <= 4)
    }

    /// Tokens of a line with commas (Latin and Arabic) and trailing full stops and colons removed.
    /// Cost: one pass over the line's characters, one string per token.
    static func tokens(_ line: String) -> [String] {
        pieces(line).map { token in
            var t = Substring(token)
            while let last = t.last, ".:".contains(last), t.count > 1 { t = t.dropLast() }
            return String(t)
        }.filter { !$0.isEmpty }
    }

    /// The line split at white space and at commas (Latin and Arabic) and semicolons.
    static func pieces(_ line: String) -> [Substring] {
        Words.split(line, byte: isSeparator, character: isSeparator)
    }

    /// White space, commas (Latin and Arabic) and semicolons, as a byte and as a character.
    static func isSeparator(_ b: UInt8) -> Bool { CharacterScan.isSpace(b) || b == 0x2C || b == 0x3B }
    static func isSeparator(_ c: Character) -> Bool { c.isSpace || c == "," || c == "،" || c == ";" }

    /// Whether `pieces(line)` has at most `limit` pieces, reading no further than the piece after the limit.
    static func hasPieces(_ line: String, atMost limit: Int) -> Bool {
        Words.hasPieces(line, atMost: limit, byte: isSeparator, character: isSeparator)
    }

    /// The first date in free text, e.g. a meta tag's content.
    static func date(in text: String) -> EventDate? {
        if let iso = iso(text.trimmingWhitespace()) { return iso }
        guard let found = find(in: tokens(text)), case .date(let date) = found.match else { return nil }
        return date
    }

    /// "Posted on 10/06/2025", read in the order the article writes its other dates: day first (`dayFirst`) or month
    /// first. Nil when the line holds no such date.
    static func resolve(_ line: String, dayFirst: Bool) -> EventDate? {
        for token in tokens(line) where token.first?.isWordDigit == true {
            for separator in ["/", "-"] {
                let parts = token.split(separator: Character(separator), omittingEmptySubsequences: false).compactMap { Int($0) }
                guard parts.count == 3, token.hasSuffix(String(parts[2])), String(parts[2]).count == 4 else { continue }
                return dayFirst ? valid(year: parts[2], month: parts[1], day: parts[0]) : valid(year: parts[2], month: parts[0], day: parts[1])
            }
        }
        return nil
    }

    /// Whether texts write a day before its month name ("4 June": true) or after it ("June 4": false), by the commoner
    /// order; nil when neither is written or both equally. Cost: one pass over the texts' tokens.
    static func writesDayFirst(_ texts: [String]) -> Bool? {
        var dayFirst = 0, monthFirst = 0
        for text in texts {
            let words = tokens(text)
            for (i, word) in words.enumerated() where word.first?.isUppercase == true && months[word.lowercased()] != nil {
                if i > 0, dayNumber(words[i - 1]) != nil { dayFirst += 1 }
                else if i + 1 < words.count, dayNumber(words[i + 1]) != nil { monthFirst += 1 }
            }
        }
        return dayFirst == monthFirst ? nil : dayFirst > monthFirst
    }

    /// `2023-03-13`, `2023-03-13T10:00:00+03:00`, `2023-03-13 10:00`.
    static func iso(_ token: String) -> EventDate? { CivilCalendar.iso(token) }

    static func find(in tokens: [String]) -> (match: Match, indexes: Set<Int>)? {
        for (i, token) in tokens.enumerated() {
            if token.utf8.count >= 10, let date = iso(token) { return (.date(date), [i]) }  // ISO needs ten characters
            if let match = numeric(token) { return (match, [i]) }
            guard let month = months[token.lowercased()] else { continue }
            // "March 13 2023", "Mar 13th, 2023"
            if i + 2 < tokens.count, let day = dayNumber(tokens[i + 1]), let year = yearNumber(tokens[i + 2]),
               let date = valid(year: year, month: month, day: day) {
                return (.date(date), [i, i + 1, i + 2])
            }
            // "13 March 2023"
            if i >= 1, i + 1 < tokens.count, let day = dayNumber(tokens[i - 1]), let year = yearNumber(tokens[i + 1]),
               let date = valid(year: year, month: month, day: day) {
                return (.date(date), [i - 1, i, i + 1])
            }
            // "March 2023" (full month names only, so "may 2023" in prose is rarer)
            if token.count > 3, i + 1 < tokens.count, let year = yearNumber(tokens[i + 1]) {
                return (.date(EventDate(year: year, month: month)), [i, i + 1])
            }
        }
        return nil
    }

    /// `13/03/2023`, `13.03.2023`, `2023/03/13`: day-first or month-first only when one part exceeds 12; with full
    /// stops, day first.
    private static func numeric(_ token: String) -> Match? {
        // Every form starts with a digit: most tokens are words and are not split at all.
        guard token.first?.isWordDigit == true else { return nil }
        for separator in ["/", ".", "-"] {
            let parts = token.split(separator: Character(separator), omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isWordDigit) }) else { continue }
            let numbers = parts.compactMap { Int($0) }
            guard numbers.count == 3 else { return nil }
            if parts[0].count == 4 {
                return valid(year: numbers[0], month: numbers[1], day: numbers[2]).map(Match.date)
            }
            guard parts[2].count == 4 else { return nil }
            switch CivilCalendar.dayMonth(numbers[0], numbers[1], year: numbers[2], dotted: separator == ".") {
            case .date(let date): return .date(date)
            case .ambiguous: return .ambiguous
            case nil: return nil
            }
        }
        return nil
    }

    private static func dayNumber(_ token: String) -> Int? {
        var t = token.lowercased()
        for suffix in ["st", "nd", "rd", "th"] where t.hasSuffix(suffix) { t.removeLast(2) }
        guard t.count <= 2, let day = Int(t), (1...31).contains(day) else { return nil }
        return day
    }

    private static func yearNumber(_ token: String) -> Int? {
        guard token.count == 4, let year = Int(token), CivilCalendar.years.contains(year) else { return nil }
        return year
    }

    static func valid(year: Int, month: Int, day: Int) -> EventDate? { CivilCalendar.date(year: year, month: month, day: day) }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let calendarMonths = ListName("calendar", "months")
    static let calendarWeekdays = ListName("calendar", "weekdays")
    static let datelinesLabelWords = ListName("datelines", "labelWords")
    static let datelinesZones = ListName("datelines", "zones")
}
