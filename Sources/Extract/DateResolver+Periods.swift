import Lexicon
import Model

/// Seasons and quarters without a year: "last summer", "this spring", "in the first quarter", "Q3", "third-quarter
/// profit". Each resolves to the year it falls in, read from the article's date and the sentence's tense; a season
/// or quarter printed with its year ("summer 2022", "the third quarter of 2023", "Q3 2024") is the year's, found
/// by the year rules.
extension DateResolver {
    /// The words a period date may start with, as bits: seasons, quarter ordinals and names, "last", "this",
    /// "next", "the".
    static func periodStarts(_ lists: WordLists) -> WordBits {
        lists.derived("calendar.periodStarts") { lists in
            WordBits(Array(lists.numbers(PeriodLists.seasons).keys) + Array(lists.numbers(PeriodLists.quarterOrdinals).keys)
                     + Array(lists.numbers(PeriodLists.quarterNames).keys) + ["last", "this", "next", "the"])
        }
    }

    /// The period date starting at token i, if any. Cost: a few look-ups at i.
    static func period(_ t: [Token], at i: Int, pub: EventDate?, future: Bool) -> DateMatch? {
        let lists = WordLists.current
        let seasons = lists.numbers(PeriodLists.seasons), ordinals = lists.numbers(PeriodLists.quarterOrdinals)
        let names = lists.numbers(PeriodLists.quarterNames)
        var k = i
        var step: Int?  // −1 last, 0 this, +1 next; nil when bare
        switch t[i].lower {
        case "last": step = -1; k += 1
        case "this": step = 0; k += 1
        case "next": step = 1; k += 1
        case "the": k += 1
        default: break
        }
        guard k < t.count, t[k].isWord else { return nil }
        // Month the period starts in, and how many months it lasts.
        var startMonth: Int, end = k + 1
        let w = t[k].lower
        if let m = seasons[w] {
            startMonth = Int(m)
            // "fall" is a season after "last", "this", "next" or a preposition and "the" only.
            if w == "fall", step == nil, t[i].lower != "the" { return nil }
        } else if let q = names[w] {
            startMonth = Int(q) * 3 - 2
        } else if let q = ordinals[w], k + 1 < t.count, t[k + 1].lower == "quarter" {
            startMonth = Int(q) * 3 - 2; end = k + 2
        } else if w.hasSuffix("-quarter"), let q = ordinals[String(w.dropLast("-quarter".count))] {
            startMonth = Int(q) * 3 - 2
        } else {
            return nil
        }
        // A bare period needs a preposition before it ("in the summer", "during the first quarter") unless it is a
        // quarter's adjective or short name ("third-quarter profit", "Q3").
        if step == nil {
            let hasPreposition = i > 0 && lists.words(PeriodLists.periodPrepositions).contains(t[i - 1].lower)
            guard hasPreposition || w.hasSuffix("-quarter") || names[w] != nil else { return nil }
        }
        // With its year printed, the year rules read it: "summer 2022", "the third quarter of 2023", "Q3 2024".
        if end < t.count, t[end].isNumber || (t[end].lower == "of" && end + 1 < t.count && t[end + 1].isNumber) { return nil }
        if end < t.count, t[end].lower == "of" { return nil }
        guard let p = pub else { return DateMatch(tokens: i..<end, date: nil) }
        let month = p.month ?? 12
        let lastMonth = startMonth + 2  // the period's last month (winter runs into the next year)
        var year: Int
        switch step {
        case .some(-1): year = month > lastMonth ? p.year : p.year - 1
        case .some(0): year = p.year
        case .some(1): year = month < startMonth ? p.year : p.year + 1
        default:
            year = future ? (month <= lastMonth ? p.year : p.year + 1) : (month >= startMonth ? p.year : p.year - 1)
        }
        return DateMatch(tokens: i..<end, date: EventDate(year: year, inferred: true))
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum PeriodLists {
    static let seasons = ListName("calendar", "seasons")
    static let quarterOrdinals = ListName("calendar", "quarterOrdinals")
    static let quarterNames = ListName("calendar", "quarterNames")
    static let periodPrepositions = ListName("calendar", "periodPrepositions")
}
