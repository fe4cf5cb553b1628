import Lexicon
import Model

/// A date found in a sentence, resolved when it can be.
struct DateMatch: Sendable {
    var tokens: Range<Int>
    /// nil when relative and the article has no date to resolve it against.
    var date: EventDate?
}

/// What a sentence's dates resolve against: the publication date and the date mentioned last.
struct DateContext: Sendable {
    var published: EventDate?
    /// The last day-precise date mentioned, for "a day earlier".
    var lastDay: EventDate?
}

/// Finds absolute and relative dates and resolves them against the article's date and tense.
enum DateResolver {
    static var yearPreps: Set<String> { WordLists.current.words(Lists.calendarYearPreps) }
    static var ofYearHeads: Set<String> { WordLists.current.words(Lists.calendarOfYearHeads) }
    static var pastVerbs: Set<String> { WordLists.current.words(Lists.calendarPastVerbs) }
    /// Heads of "the end of 2017", "the close of the year": the year's last month.
    static let yearEndHeads: Set<String> = ["end", "close", "turn"]
    /// Heads of "the start of 2018", "the beginning of the year": the year's first month.
    static let yearStartHeads: Set<String> = ["start", "beginning"]

    /// Dates in a sentence, in order; `isCount(j)` says whether a counted noun starts at token j.
    /// Cost: linear in the tokens (the tense before each token is read from one prefix pass).
    static func dates(in t: [Token], context: inout DateContext, isCount: (Int) -> Bool) -> [DateMatch] {
        var result: [DateMatch] = []
        let future = futureAround(t)
        let starts = Self.starts(WordLists.current), periodStarts = Self.periodStarts(WordLists.current)
        var i = 0
        while i < t.count {
            if periodStarts.contains(t[i].id) || t[i].lower.hasSuffix("-quarter"),
               let m = period(t, at: i, pub: context.published, future: future[i]) {
                result.append(m); i = m.tokens.upperBound
                continue
            }
            // A word that is no weekday, month or number word and has no hyphen starts no numeric, month-part,
            // weekday, absolute or year date, and no counted one ("three days ago") but after "a", "an" or "one".
            let plain = t[i].kind == .word && !starts.contains(t[i].id) && !t[i].lower.hasByte(0x2D)
            if let m = plain ? relative(t, at: i, context: context, valueWord: false, future: future[i])
                : match(t, at: i, context: context, future: future[i], isCount: isCount, after: result.last) {
                result.append(m)
                if let d = m.date, d.granularity == .day { context.lastDay = d }
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return daySpans(anchored(result, t), t)
    }

    /// "The dam failed on 3 March 2019, two days after inspectors visited on 1 March": a date printed without
    /// a year within a month of a full date in the same sentence takes that date's year (the nearest one),
    /// not the article's.
    static func anchored(_ matches: [DateMatch], _ t: [Token]) -> [DateMatch] {
        guard let anchor = matches.lazy.compactMap(\.date).first(where: { !$0.inferred && $0.day != nil }) else { return matches }
        return matches.map { m in
            guard let d = m.date, d.inferred, d.month != nil,
                  (m.tokens.lowerBound..<min(m.tokens.upperBound, m.tokens.lowerBound + 3)).contains(where: { self.month(t, at: $0) != nil })
            else { return m }
            let nearest = Self.nearest(d, to: anchor)
            guard abs(nearest.dayNumber - anchor.dayNumber) <= 31 else { return m }
            return DateMatch(tokens: m.tokens, date: nearest)
        }
    }

    /// The words a date other than a relative one may start with, as bits (`Token.id`): weekdays, months and
    /// number words.
    static func starts(_ lists: WordLists) -> WordBits {
        lists.derived("calendar.dateStarts") { lists in
            lists.bits(Lists.calendarWeekdays).union(lists.bits(Lists.calendarMonths))
                .union(lists.bits(Lists.numbersUnits)).union(lists.bits(Lists.numbersTens))
        }
    }

    private static func match(_ t: [Token], at i: Int, context: DateContext, future: Bool, isCount: (Int) -> Bool,
                              after previous: DateMatch?) -> DateMatch? {
        let pub = context.published
        let prev = i > 0 ? t[i - 1].lower : ""
        if let numeric = numeric(t, at: i) { return numeric }
        if let span = yearSpan(t, at: i) { return span }
        if let part = monthPart(t, at: i, pub: pub, future: future) { return part }
        // A weekday, possibly followed by a printed date ("Monday, March 13").
        if let wd = Lexicon.weekdays[t[i].lower], t[i].isCapitalized {
            let start = prev == "on" || prev == "last" || prev == "next" || prev == "this" ? i - 1 : i
            var k = i + 1
            if k < t.count, [",", "،"].contains(t[k].text) { k += 1 }
            if k < t.count, let abs = absolute(t, at: k, pub: pub, future: future) {
                // "Monday, 4 September" without a year: the year, of those either side of the article's, in which
                // that day is that weekday, nearest the article.
                if abs.yearInferred, let d = abs.date, d.day != nil, let p = pub,
                   let fit = sameWeekday(d, wd, near: p) {
                    return DateMatch(tokens: start..<abs.end, date: fit)
                }
                return DateMatch(tokens: start..<abs.end, date: abs.date)
            }
            // "called a meeting for Thursday": a day something is set for is ahead.
            let direction = prev == "next" || prev == "for" ? 1 : prev == "last" ? -1 : future ? 1 : -1
            // A weekday named in an article of that weekday is that day; "last Monday" and "next Monday" are not.
            let sameDay = prev != "last" && prev != "next"
            return DateMatch(tokens: start..<(i + 1), date: pub.flatMap { weekday(wd, from: $0, direction: direction, sameDay: sameDay) })
        }
        if let abs = absolute(t, at: i, pub: pub, future: future) {
            var start = i
            if ["last", "next", "this"].contains(prev), t[i].isWord { start = i - 1 }
            var date = abs.date
            let before2 = i > 1 ? t[i - 2].lower : ""
            // "adjourned until March 3"; "strikes planned for 3 June" (were they called off, or are they ahead?).
            let moved = prev == "to" && t[..<i].contains { WordLists.current.words(Lists.calendarRescheduleVerbs).contains($0.lower) }
            if abs.yearInferred, let d = date, let p = pub,
               moved || WordLists.current.words(Lists.calendarNearestBefore).contains(prev == "the" ? before2 : prev) {
                date = nearest(d, to: p)
                // "Customers have until 31 December to claim": a deadline told in the present is ahead.
                if prev == "until" || prev == "till", let near = date, near.dayNumber < p.dayNumber, !tellsOfThePast(t) {
                    let same = EventDate(year: p.year, month: d.month, day: d.day, inferred: true)
                    date = same.dayNumber >= p.dayNumber ? same : EventDate(year: p.year + 1, month: d.month, day: d.day, inferred: true)
                }
            }
            // "on 14 February last year", "by 30 June next year": the year said after a day and month.
            if abs.yearInferred, let d = date, d.day != nil, let p = pub, abs.end + 1 < t.count, t[abs.end + 1].lower == "year",
               let shift = ["last": -1, "next": 1, "this": 0][t[abs.end].lower] {
                date = EventDate(year: p.year + shift, month: d.month, day: d.day, inferred: true)
                return DateMatch(tokens: start..<(abs.end + 2), date: date)
            }
            // "holds its first hearing on 8 January" in a late-December article: with no past form in the sentence,
            // a day more than ten months back is read as the one weeks ahead.
            if abs.yearInferred, !future, start == i, let d = date, let p = pub, d.day != nil, let m = d.month,
               p.dayNumber - d.dayNumber > 300 {
                let next = EventDate(year: d.year + 1, month: m, day: d.day, inferred: true)
                if next.dayNumber - p.dayNumber <= 60, !tellsOfThePast(t) { date = next }
            }
            if start < i, let p = pub, let m = date?.month, abs.yearInferred {
                let y = prev == "last" ? (m < (p.month ?? 12) ? p.year : p.year - 1) : prev == "next" ? (m > (p.month ?? 1) ? p.year : p.year + 1) : p.year
                date = EventDate(year: y, month: m, day: date?.day, inferred: true)
            }
            return DateMatch(tokens: start..<abs.end, date: date)
        }
        if t[i].isNumber, let y = Int(t[i].text), t[i].text.count == 4, CivilCalendar.years.contains(y), !isCount(i + 1),
           i + 1 >= t.count || !(t[i + 1].isWord && !t[i + 1].spaceBefore) {
            let prevPrev = i > 1 ? t[i - 2].lower : ""
            let afterYear = previous.map { $0.tokens.upperBound == i - 1 } ?? false
            if prev == "of", ofYearHeads.contains(prevPrev) {
                let month = yearEndHeads.contains(prevPrev) ? 12 : yearStartHeads.contains(prevPrev) ? 1 : nil
                // "the first quarter of 2022", "the second half of 2023": the ordinal is part of the period.
                let start = i > 2 && Lexicon.ordinals.contains(t[i - 3].lower) ? i - 3 : i - 2
                return DateMatch(tokens: start..<(i + 1), date: EventDate(year: y, month: month))
            }
            if yearPreps.contains(prev) || (prev == "-" && prevPrev == "mid") || (["to", "and", "-", "–", "or"].contains(prev) && afterYear)
                || (prev == "by" && (i + 1 >= t.count || !t[i + 1].isWord || Lexicon.phraseStops.contains(t[i + 1].lower))) {
                return DateMatch(tokens: i..<(i + 1), date: EventDate(year: y))
            }
        }
        return relative(t, at: i, context: context, future: future)
    }

    /// "February 26", "Oct. 2", "June 23, 2014", "21 January 2018", "January 2018", "in February".
    static func absolute(_ t: [Token], at i: Int, pub: EventDate?, future: Bool) -> (date: EventDate?, end: Int, yearInferred: Bool)? {
        if let m = month(t, at: i) {
            var k = i + 1
            if k < t.count, t[k].text == ".", !t[k].spaceBefore, isAbbreviation(t[i]) { k += 1 }
            // "Oct-9", "June-2019".
            if k + 1 < t.count, t[k].text == "-", !t[k].spaceBefore, t[k + 1].isNumber, !t[k + 1].spaceBefore { k += 1 }
            if k < t.count, let d = day(t[k]), !(k + 1 < t.count && t[k + 1].text == ":") {
                var e = k + 1
                if e < t.count, ["st", "nd", "rd", "th"].contains(t[e].lower), !t[e].spaceBefore { e += 1 }
                var c = e
                if c < t.count, t[c].text == "," { c += 1 }
                if c < t.count, let y = year(t[c]), CivilCalendar.isValid(year: y, month: m, day: d) {
                    return (EventDate(year: y, month: m, day: d), c + 1, false)
                }
                return (pub.flatMap { inferYear(month: m, day: d, pub: $0, future: future) }, e, true)
            }
            if k < t.count, let y = year(t[k]) { return (EventDate(year: y, month: m), k + 1, false) }
            if k + 1 < t.count, t[k].lower == "of", let y = year(t[k + 1]) { return (EventDate(year: y, month: m), k + 2, false) }
            return (pub.flatMap { inferYear(month: m, day: nil, pub: $0, future: future) }, k, true)
        }
        if let d = day(t[i]), i + 1 < t.count {
            var k = i + 1
            if ["st", "nd", "rd", "th"].contains(t[k].lower), !t[k].spaceBefore { k += 1 }
            if k < t.count, t[k].lower == "of" { k += 1 }
            guard k < t.count, let m = month(t, at: k, strict: true) else { return nil }
            if k + 1 < t.count, t[k + 1].text == ".", !t[k + 1].spaceBefore, isAbbreviation(t[k]) { k += 1 }
            k += 1
            if k < t.count, let y = year(t[k]), CivilCalendar.isValid(year: y, month: m, day: d) {
                return (EventDate(year: y, month: m, day: d), k + 1, false)
            }
            return (pub.flatMap { inferYear(month: m, day: d, pub: $0, future: future) }, k, true)
        }
        return nil
    }

    /// A month name at i; abbreviations and "May" need a day, a year or a full stop to count.
    static func month(_ t: [Token], at i: Int, strict: Bool = false) -> Int? {
        guard i < t.count, t[i].isWord, t[i].isCapitalized, let m = Lexicon.months[t[i].lower] else { return nil }
        let next = i + 1 < t.count ? t[i + 1] : nil
        let followedByFigure = next.map { $0.isNumber || ($0.text == "." && !$0.spaceBefore)
            || ($0.text == "-" && !$0.spaceBefore && i + 2 < t.count && t[i + 2].isNumber && !t[i + 2].spaceBefore) } ?? false
        if strict { return m }
        if t[i].lower.count <= 4, t[i].lower != "june", t[i].lower != "july" {
            // "Oct. 2", "May 5"; a bare "May" after "in"/"last"/"since" is the month too.
            let prev = i > 0 ? t[i - 1].lower : ""
            if followedByFigure || (t[i].lower == "may" && WordLists.current.words(Lists.calendarMayMonthBefore).contains(prev)) {
                return m
            }
            return nil
        }
        return m
    }

    /// "Aug" and "Sept" keep their full stop ("Aug."); a full month name's stop ends the sentence.
    static func isAbbreviation(_ t: Token) -> Bool {
        t.lower.count <= 4 && !["june", "july", "may"].contains(t.lower)
    }

    private static func day(_ t: Token) -> Int? {
        guard t.isNumber, t.text.count <= 2, let d = Int(t.text), (1...31).contains(d) else { return nil }
        return d
    }

    private static func year(_ t: Token) -> Int? {
        guard t.isNumber, t.text.count == 4, let y = Int(t.text), CivilCalendar.years.contains(y) else { return nil }
        return y
    }

    /// The year of a month (and day) printed without one: the most recent in the past, else the next.
    static func inferYear(month: Int, day: Int?, pub: EventDate, future: Bool) -> EventDate {
        let pm = pub.month ?? 12, pd = pub.day ?? 31
        let notAfter = (month, day ?? 1) <= (pm, day == nil ? 1 : pd)
        let notBefore = (month, day ?? 31) >= (pm, day == nil ? 31 : pd)
        let year = future ? (notBefore ? pub.year : pub.year + 1) : (notAfter ? pub.year : pub.year - 1)
        return EventDate(year: year, month: month, day: day, inferred: true)
    }

    /// The reading of a date printed without a year that lies nearest the article's date, a year either side.
    static func nearest(_ d: EventDate, to pub: EventDate) -> EventDate {
        guard let month = d.month else { return d }
        return (pub.year - 1...pub.year + 1).map { EventDate(year: $0, month: month, day: d.day, inferred: true) }
            .min { abs($0.dayNumber - pub.dayNumber) < abs($1.dayNumber - pub.dayNumber) }!
    }

    /// The reading of a yearless day, a year either side of the article's, that falls on weekday `wd`, nearest
    /// the article; nil when none does (a misprint keeps the tense-based reading).
    static func sameWeekday(_ d: EventDate, _ wd: Int, near pub: EventDate) -> EventDate? {
        guard let month = d.month, let day = d.day else { return nil }
        return (pub.year - 1...pub.year + 1)
            .filter { CivilCalendar.isValid(year: $0, month: month, day: day) && CivilCalendar.weekday(CivilCalendar.days(year: $0, month: month, day: day)) == wd }
            .map { EventDate(year: $0, month: month, day: day, inferred: true) }
            .min { abs($0.dayNumber - pub.dayNumber) < abs($1.dayNumber - pub.dayNumber) }
    }

    /// The weekday before (direction −1, strictly) or on/after (+1) the publication day.
    static func weekday(_ wd: Int, from pub: EventDate, direction: Int, sameDay: Bool = true) -> EventDate? {
        guard let m = pub.month, let d = pub.day else { return nil }
        let days = CivilCalendar.days(year: pub.year, month: m, day: d)
        let today = CivilCalendar.weekday(days)
        if direction < 0 {
            var delta = (today - wd + 7) % 7
            if delta == 0, !sameDay { delta = 7 }
            return CivilCalendar.date(pub, plusDays: -delta)
        }
        var delta = (wd - today + 7) % 7
        if delta == 0, !sameDay { delta = 7 }
        return CivilCalendar.date(pub, plusDays: delta)
    }

    /// Whether the words before token i put the sentence in the future ("will meet ... on Wednesday").
    static func isFuture(_ t: [Token], before i: Int) -> Bool {
        futureBefore(t)[min(max(i, 0), t.count)]
    }

    /// Whether a sentence has a past form (`calendar.pastForms`, or a word in "-ed" after no form of "be" and no
    /// determiner) outside quotation marks and not before "by".
    static func tellsOfThePast(_ t: [Token]) -> Bool {
        let forms = WordLists.current.words(Lists.calendarPastForms), be = WordLists.current.words(Lists.attributionBeForms)
        let determiners = WordLists.current.words(Lists.speakersDeterminers)
        // "Applications close on Sept 30, the ministry said.": a credit closing the sentence tells when it was said, not
        // when the thing happens. Its clause (after the last comma, at most six words, with a reporting verb) is left out.
        let reporting = WordLists.current.words(Lists.attributionReportingVerbs)
        var end = t.count
        if let c = t.lastIndex(where: { $0.text == "," }), c > 0 {
            let clause = t[(c + 1)...].filter(\.isWord)
            if !clause.isEmpty, clause.count <= 6, clause.contains(where: { reporting.contains($0.lower) }),
               !t[(c + 1)...].contains(where: { $0.isNumber }) { end = c }
        }
        return t.indices.prefix(end).contains { k in
            let w = t[k].lower
            // "the inquiry led by Tomas Erlingsson": a participle before its agent tells no time.
            guard t[k].isWord, !t[k].inQuote, k + 1 >= t.count || t[k + 1].lower != "by" else { return false }
            // "a retired judge", "the injured": after a determiner, a word in "-ed" describes.
            return forms.contains(w) || w.count > 4 && w.hasSuffix("ed")
                && (k == 0 || !be.contains(t[k - 1].lower) && !determiners.contains(t[k - 1].lower))
        }
    }

    /// For every token position 0...t.count, whether the words before it put the sentence in the future:
    /// one pass, the last marker read deciding.
    /// `futureBefore`, and a date that opens its clause before a future verb: "On Friday, the ministers will meet",
    /// "(said on Sunday that) Wednesday's quarter-final would be postponed". Only when no past form stands between the
    /// clause's start ("that", a comma, a semicolon or the sentence's start) and the date, and none between the date
    /// and the future verb. Cost: one pass each way over the tokens.
    static func futureAround(_ t: [Token]) -> [Bool] {
        var result = futureBefore(t)
        let lists = WordLists.current
        let pastForms = lists.bits(Lists.calendarPastForms), pastVerbs = lists.bits(Lists.calendarPastVerbs)
        func isPast(_ k: Int) -> Bool {
            let w = t[k].lower
            return pastForms.contains(t[k].id) || pastVerbs.contains(t[k].id) || w.hasSuffix("ed") && w.utf8.count > 4
        }
        let past = t.indices.map { t[$0].isWord && isPast($0) }
        // ahead[k]: a future verb comes after token k before any past form or semicolon.
        var ahead = [Bool](repeating: false, count: t.count)
        var f = false
        for k in t.indices.reversed() {
            ahead[k] = f
            let w = t[k].lower
            if t[k].text == ";" || past[k] { f = false }
            else if ["will", "shall", "'ll", "’ll"].contains(w) { f = true }
            else if w == "would", !(k + 1 < t.count && ["have", "’ve", "'ve"].contains(t[k + 1].lower)) { f = true }
        }
        var pastInClause = false
        for k in t.indices {
            if [",", ";", ":"].contains(t[k].text) || t[k].lower == "that" { pastInClause = false }
            if !pastInClause, ahead[k] { result[k] = true }
            if past[k] { pastInClause = true }
        }
        return result
    }

    static func futureBefore(_ t: [Token]) -> [Bool] {
        let lists = WordLists.current
        let markers = lists.bits(Lists.calendarFutureMarkers), past = lists.bits(Lists.calendarPastVerbs)
        // "Housing starts fell in December": a past form after a present-tense marker shows the marker was a noun.
        let pastForms = lists.bits(Lists.calendarPastForms)
        let beforeTo = lists.bits(Lists.calendarFutureBeforeTo)
        // "take effect", "comes into force": each phrase's first word, to the rest of each phrase it starts.
        let phrases: [String: [[String]]] = lists.derived("calendar.futurePhrases") { lists in
            var byFirst: [String: [[String]]] = [:]
            for phrase in lists.words(Lists.calendarFuturePhrases) {
                let words = phrase.split(separator: " ").map(String.init)
                byFirst[words[0], default: []].append(Array(words.dropFirst()))
            }
            return byFirst
        }
        var result = [false]
        result.reserveCapacity(t.count + 1)
        var future = false
        for k in t.indices {
            let w = t[k].lower, id = t[k].id
            let initial = w.utf8.first  // compared first, so most words skip the comparisons below
            if markers.contains(id) { future = true }
            if initial == 0x69 || initial == 0x61, w == "is" || w == "are", k + 1 < t.count, t[k + 1].lower == "to" || beforeTo.contains(t[k + 1].id) { future = true }
            // "said they would meet on Tuesday": the future seen from the past; "would have met" is not.
            if initial == 0x77 || initial == 0xE2, w == "would" || w == "’d", k + 1 < t.count, !["have", "’ve", "'ve", "be"].contains(t[k + 1].lower) { future = true }
            // "must have left by 3 May": a duty already met looks back.
            if initial == 0x6D, w == "must", k + 1 < t.count, ["have", "’ve", "'ve"].contains(t[k + 1].lower) { future = false }
            if past.contains(id) || pastForms.contains(id) && k > 0 && markers.contains(t[k - 1].id) && t[k - 1].lower.hasSuffix("s") { future = false }
            if let rests = phrases[w], rests.contains(where: { rest in
                k + rest.count < t.count && rest.indices.allSatisfy { t[k + 1 + $0].lower == rest[$0] }
            }) { future = true }
            // "plans to march on 3 May", "due to start in September", "vowed to strike on Monday": a plan, not a past act.
            if beforeTo.contains(id), k + 1 < t.count, t[k + 1].lower == "to" { future = true }
            result.append(future)
        }
        return result
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let calendarFutureMarkers = ListName("calendar", "futureMarkers")
    static let calendarPastForms = ListName("calendar", "pastForms")
    static let attributionBeForms = ListName("attribution", "beForms")
    static let speakersDeterminers = ListName("speakers", "determiners")
    static let calendarMayMonthBefore = ListName("calendar", "mayMonthBefore")
    static let calendarMonths = ListName("calendar", "months")
    static let calendarWeekdays = ListName("calendar", "weekdays")
    static let numbersTens = ListName("numbers", "tens")
    static let numbersUnits = ListName("numbers", "units")
    static let calendarFutureBeforeTo = ListName("calendar", "futureBeforeTo")
    static let calendarFuturePhrases = ListName("calendar", "futurePhrases")
    static let calendarRescheduleVerbs = ListName("calendar", "rescheduleVerbs")
    static let attributionReportingVerbs = ListName("attribution", "reportingVerbs")
    static let calendarOfYearHeads = ListName("calendar", "ofYearHeads")
    static let calendarPastVerbs = ListName("calendar", "pastVerbs")
    static let calendarNearestBefore = ListName("calendar", "nearestBefore")
    static let calendarYearPreps = ListName("calendar", "yearPreps")
}
