import Lexicon
import Model

/// Durations ("90 days", "a decade", "a 10-year sentence") and ages ("a 42-year-old", "aged 45", "Maria, 7").
extension FigureScanner {
    /// The unit of a time word, and whether it makes an age: "years" → year, "year-old" → year (age),
    /// "month-long" → month.
    static func timeUnit(_ word: String) -> (unit: String, isAge: Bool)? {
        if let u = Lexicon.durationUnits[word] { return (u, false) }
        let parts = word.split(separator: "-").map(String.init)
        guard parts.count >= 2, let u = Lexicon.durationUnits[parts[0]],
              parts.dropFirst().allSatisfy({ $0 == "old" || $0 == "long" }) else { return nil }
        return (u, parts.contains("old"))
    }

    /// A time unit written at token j after a figure ("days", "5h"), and where it ends.
    static func timeUnitAt(_ t: [Token], _ j: Int) -> (unit: (unit: String, isAge: Bool), end: Int)? {
        guard j < t.count, t[j].isWord, let u = timeUnit(t[j].lower) else { return nil }
        if Lexicon.attachedOnlyDurations.contains(t[j].lower), t[j].spaceBefore { return nil }
        return (u, j + 1)
    }

    /// "a decade", "an hour", "half a day": one (or half) of a time unit with no number written.
    static func articleAmount(_ t: [Token], at i: Int) -> Amount? {
        let w = t[i].lower
        var k = i
        var value = 1.0
        if w == "half", i + 1 < t.count, ["a", "an"].contains(t[i + 1].lower) { value = 0.5; k = i + 1 }
        else if w != "a" && w != "an" { return nil }
        guard k + 1 < t.count, let u = timeUnit(t[k + 1].lower), !u.isAge || value == 1,
              !Lexicon.attachedOnlyDurations.contains(t[k + 1].lower), t[k + 1].lower != "second",
              !t[k + 1].lower.hasSuffix("s") || t[k + 1].lower.contains("-") else { return nil }
        if i > 0, WordLists.current.words(Lists.figuresFrequencyWords).contains(t[i - 1].lower) || t[i - 1].isNumber { return nil }
        var a = Amount(low: value, high: value, tokens: i..<(k + 1), raw: value)
        a.isWords = true
        return a
    }

    /// A number word joined to a time unit or "strong": "seven-year-old", "two-week", "half-hour", "ten-strong".
    static func compoundWord(_ t: [Token], at i: Int) -> Figure? {
        let token = t[i]
        guard token.isWord, token.lower.hasByte(0x2D), NumberParser.wordValue(token.lower) == nil else { return nil }
        let parts = token.lower.split(separator: "-").map(String.init)
        // "the decade-long civil war", "a year-long inquiry" ("a" is read with its unit), "week-long protests": one unit.
        if parts.count == 2, parts[1] == "long", let u = Lexicon.durationUnits[parts[0]], !parts[0].hasSuffix("s"),
           i == 0 || !t[i - 1].isNumber && !["a", "an"].contains(t[i - 1].lower) {
            return Figure(tokens: i..<(i + 1), quantity: Quantity(low: 1, high: 1, unit: u), kind: .duration)
        }
        for p in 1..<parts.count {
            let prefix = parts[0..<p].joined(separator: "-")
            // "a thousand-strong crowd": a magnitude after "a" counts one of it.
            let one = i > 0 && ["a", "an"].contains(t[i - 1].lower) && parts[p...].joined(separator: "-") == "strong"
                ? Lexicon.magnitudes[prefix].flatMap { $0 >= 100 ? $0 : nil } : nil
            guard var value = NumberParser.wordValue(prefix) ?? one ?? (prefix == "half" ? 0.5 : nil) else { continue }
            var rest = parts[p...].joined(separator: "-")
            // "five-and-a-half years".
            if rest.hasPrefix("and-a-half-") { value += 0.5; rest.removeFirst("and-a-half-".count) }
            var q = Quantity(low: value, high: value)
            var figure: Figure
            if rest == "and-a-half", let (u, e) = timeUnitAt(t, i + 1), !u.isAge {
                // "five-and-a-half years".
                q = Quantity(low: value + 0.5, high: value + 0.5, unit: u.unit)
                figure = Figure(tokens: i..<e, quantity: q, kind: .duration)
            } else if let u = timeUnit(rest) {
                q.unit = u.unit
                figure = Figure(tokens: i..<(i + 1), quantity: q, kind: u.isAge ? .number : .duration)
                figure.isAge = u.isAge
            } else if rest == "strong" {
                figure = Figure(tokens: i..<(i + 1), quantity: q, kind: .number)
            } else {
                return nil
            }
            if let (b, s) = Bound.prefix(t, before: i) {
                let unit = figure.quantity.unit
                figure.quantity = b.quantity(low: value, high: value); figure.quantity.unit = unit
                figure.tokens = s..<(i + 1)
            }
            return figure
        }
        return nil
    }

    /// A digit figure joined by a hyphen to a word ("6.4-magnitude", "2,000-strong", "10-year", "42-year-old"),
    /// the word and where the compound ends; nil for codes ("19-cv-4582") and names ("3-D").
    static func adjective(_ t: [Token], _ a: Amount) -> (String, Int)? {
        let end = a.tokens.upperBound
        guard !a.isWords, !a.isVague, end + 1 < t.count, t[end].text == "-", !t[end].spaceBefore, t[end + 1].isWord,
              !t[end + 1].spaceBefore else { return nil }
        let word = t[end + 1].lower
        guard word == t[end + 1].text, !["plus", "odd", "ish"].contains(word), Lexicon.magnitudes[word] == nil,
              word.count >= 3 || timeUnit(word) != nil else { return nil }
        if end + 3 < t.count, t[end + 2].text == "-", !t[end + 2].spaceBefore, t[end + 3].isNumber { return nil }
        return (word, end + 2)
    }

    /// "two hours and 15 minutes", "two years and three months": a second, smaller unit of the same table of
    /// lengths joined by "and"; the total in the smaller unit and where it ends.
    static func joinedDuration(_ t: [Token], value: Double, unit: String, at j: Int) -> (Double, String, Int)? {
        guard j + 2 < t.count, t[j].lower == "and", let b = NumberParser.amount(t, at: j + 1), !b.isVague, b.low == b.high,
              let (u, e) = timeUnitAt(t, b.tokens.upperBound), !u.isAge else { return nil }
        for table in [Lists.durationsClockUnitSeconds, Lists.durationsCalendarUnitMonths] {
            let lengths = WordLists.current.numbers(table)
            guard let big = lengths[unit], let small = lengths[u.unit], small < big else { continue }
            return (value * big / small + b.low, u.unit, e)
        }
        return nil
    }

    /// "in his 40s", "in her twenties", "in their early thirties", "a man in his mid-50s": an age as a span of
    /// years, starting at the owner word (token i, after "in").
    static func decadeAge(_ t: [Token], at i: Int) -> Figure? {
        guard i > 0, i + 1 < t.count, t[i - 1].lower == "in", WordLists.current.words(Lists.agesDecadeOwners).contains(t[i].lower)
        else { return nil }
        var k = i + 1
        let parts = WordLists.current.numbers(Lists.agesDecadePartStarts)
        var part: Double?
        if let p = parts[t[k].lower] {
            part = p; k += 1
            if k < t.count, t[k].text == "-", !t[k].spaceBefore { k += 1 }
        } else if t[k].lower.hasByte(0x2D), let p = parts[String(t[k].lower.split(separator: "-")[0])] {
            // "mid-fifties" as one word.
            part = p
        }
        guard k < t.count else { return nil }
        var start: Double?, end = k + 1
        let word = part != nil && t[k].lower.hasByte(0x2D) ? String(t[k].lower.split(separator: "-").last!) : t[k].lower
        if let w = WordLists.current.numbers(Lists.agesDecadeWords)[word] {
            start = w
        } else if t[k].isNumber, t[k].text.count == 2, let d = Double(t[k].text), d.truncatingRemainder(dividingBy: 10) == 0, d >= 10,
                  k + 1 < t.count, t[k + 1].lower == "s", !t[k + 1].spaceBefore {
            start = d; end = k + 2
        } else if t[k].lower.count == 3, t[k].lower.hasSuffix("s"), let d = Double(t[k].lower.dropLast()), d >= 10,
                  d.truncatingRemainder(dividingBy: 10) == 0 {
            start = d
        }
        guard let first = start else { return nil }
        let decadeEnd = first == 13 ? 19.0 : first + 9
        var low = first, high = decadeEnd
        if let p = part {
            low = first == 13 ? (p == 0 ? 13 : p == 3 ? 15 : 17) : first + p
            high = min(decadeEnd, first == 13 ? low + 2 : low + 3)
        }
        var figure = Figure(tokens: i..<end, quantity: Quantity(low: low, high: high, qualifier: .approx, unit: "year"), kind: .range)
        figure.isAge = true
        return figure
    }

    /// Whether a plain figure is somebody's age: after "aged", continuing an age list ("aged 23 and 31"),
    /// in apposition ("Johnson, 54, said", "the suspect, 28,") or closing "who is 71".
    static func isAgeContext(_ t: [Token], _ a: Amount, start: Int, end: Int, lastAgeEnd: Int, plain: Bool) -> Bool {
        guard a.currency == nil, a.magnitude == nil, !a.isFraction, !a.isVague, !a.isYearLike,
              a.low == a.high, a.low.rounded() == a.low, a.low >= 0, a.low <= 120, start > 0 else { return false }
        let prev = t[start - 1]
        if Lexicon.agePrefixes.contains(prev.lower) { return true }
        if lastAgeEnd == start - 1, ["and", "or", ","].contains(prev.lower) { return true }
        if lastAgeEnd == start - 2, prev.lower == "and", t[start - 2].text == "," { return true }
        guard plain, !a.isWords, a.tokens.count == 1 else { return false }
        let closes = end >= t.count || [",", ".", ";", ")", "—", "–"].contains(t[end].text)
            || ["when", "and"].contains(t[end].lower)
        guard closes, start >= 2 else { return false }
        let before = t[start - 2]
        if Lexicon.ageVerbs.contains(prev.lower) { return Lexicon.ageSubjects.contains(before.lower) }
        guard prev.text == "," || (prev.text == "(" && end < t.count && t[end].text == ")"), before.isWord else { return false }
        if Lexicon.personNouns.contains(before.lower) { return true }
        // "In Paris, 25, and in Lyon, 30": a place after a preposition, not a person.
        if start >= 3, WordLists.current.words(Lists.figuresPlacePrepositions).contains(t[start - 3].lower) { return false }
        return before.isCapitalized && Lexicon.months[before.lower] == nil && Lexicon.weekdays[before.lower] == nil
            && !Lexicon.notNames.contains(before.lower) && Lexicon.currencyNames[before.lower] == nil
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let figuresFrequencyWords = ListName("figures", "frequencyWords")
    static let figuresPlacePrepositions = ListName("figures", "placePrepositions")
    static let agesDecadeOwners = ListName("ages", "decadeOwners")
    static let agesDecadeWords = ListName("ages", "decadeWords")
    static let agesDecadePartStarts = ListName("ages", "decadePartStarts")
    static let durationsClockUnitSeconds = ListName("durations", "clockUnitSeconds")
    static let durationsCalendarUnitMonths = ListName("durations", "calendarUnitMonths")
}
