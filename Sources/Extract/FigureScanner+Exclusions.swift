import Lexicon
import Model

/// Numbers that are not quantities: times of day, phone numbers, scores, codes, ordinals, names with numerals.
extension FigureScanner {
    /// Where to resume when a figure is not a quantity at all: times ("3 pm", "10:30"), phone numbers,
    /// ordinals ("3rd"), scores ("3-2"), numbered things ("No. 9", "#9"), slashed codes ("9/11", "24/7"),
    /// names with numerals ("ISIS 2.0", "Flight 370", "COVID-19"); nil when it is a quantity.
    static func excluded(_ t: [Token], _ a: Amount) -> Int? {
        guard !a.isVague, !a.isFraction else { return nil }
        if a.isWords { return nil }
        let first = a.tokens.first { t[$0].isNumber } ?? a.tokens.lowerBound
        let end = a.tokens.upperBound
        let next = end < t.count ? t[end] : nil
        if let next, !next.spaceBefore, ["st", "nd", "rd", "th"].contains(next.lower) { return end + 1 }
        // "5G", "3D": one capital joined to a short whole number names a technology, not a quantity ("10K" is 10,000,
        // "41C" a temperature).
        if let next, !next.spaceBefore, next.isWord, next.text.count == 1, next.isCapitalized, a.currency == nil, a.magnitude == nil,
           end - first == 1, t[first].text.count <= 2, t[first].text.allSatisfy(\.isNumber), Lexicon.magnitudes[next.lower] == nil,
           !WordLists.current.words(Lists.exclusionsAttachedUnitLetters).contains(next.lower) {
            return end + 1
        }
        if let next, next.text == ":", end + 1 < t.count, t[end + 1].isNumber, !t[end + 1].spaceBefore { return end + 2 }
        if let next, WordLists.current.words(Lists.exclusionsClockWords).contains(next.lower), a.currency == nil {
            if next.lower == "hrs", next.spaceBefore, t[first].text.count != 4 { return nil }
            if next.lower == "local", !(end + 1 < t.count && t[end + 1].lower == "time") { return nil }
            return end + 1
        }
        // Phone numbers: a leading zero, "+", a bracketed area code, or three or more joined groups.
        if a.leadingZero { return phoneEnd(t, from: first) }
        // "+4.2%", "+1.1 points": a sign before a share or a decimal is a change, not a dialling code.
        if first > 0, t[first - 1].text == "+", !t[first].spaceBefore,
           !(t[first].text.contains(".") || isPercentSign(t, at: end) || next.map { ["pts", "points"].contains($0.lower) } == true) {
            return phoneEnd(t, from: first)
        }
        if first > 1, t[first - 1].text == ")", t[first - 2].isNumber { return phoneEnd(t, from: first) }
        if first > 0, t[first - 1].text == "(", let next, next.text == ")", end + 1 < t.count, t[end + 1].isNumber {
            return phoneEnd(t, from: end + 1)
        }
        if chainGroups(t, from: first) >= 3 { return chainEnd(t, from: first) }
        // "555-0143": a group after a hyphen with a leading zero is part of a code, not a range end.
        if let next, next.text == "-", !next.spaceBefore, end + 1 < t.count, t[end + 1].isNumber, !t[end + 1].spaceBefore,
           t[end + 1].text.count > 1, t[end + 1].text.first == "0" {
            return joinedEnd(t, from: end - 1)
        }
        // "19-cv-4582", "A-12-B": numbers and words chained by hyphens are a code.
        if let next, next.text == "-", !next.spaceBefore, end + 3 < t.count, t[end + 1].isWord, !t[end + 1].spaceBefore,
           t[end + 2].text == "-", !t[end + 2].spaceBefore, t[end + 3].isNumber, !t[end + 3].spaceBefore {
            return joinedEnd(t, from: end - 1)
        }
        // "9/11", "24/7", "50/50": slashed numbers that are not dates (dates are read first).
        if let next, next.text == "/", !next.spaceBefore, end + 1 < t.count, t[end + 1].isNumber, !t[end + 1].spaceBefore {
            return joinedEnd(t, from: end - 1)
        }
        if first > 1, t[first - 1].text == "/", !t[first - 1].spaceBefore, t[first - 2].isNumber { return joinedEnd(t, from: first) }
        if isScore(t, a) { return joinedEnd(t, from: end - 1) }
        // A numbered thing written in lower case ("junctions 10 and 11", "platform 9") is no quantity.
        let labels = WordLists.current.words(Lists.exclusionsLabelNouns)
        if a.currency == nil, first > 0 {
            let head = t[first - 1].lower
            if labels.contains(head) || head.hasSuffix("s") && labels.contains(String(head.dropLast())) {
                // "junctions 10 and 11", "gates 3 to 5": the second number is a label too.
                if end + 1 < t.count, ["and", "to", "-", "–", "or"].contains(t[end].lower), t[end + 1].isNumber { return end + 2 }
                return end
            }
        }
        if let prev = first > 0 ? t[first - 1] : nil {
            if Lexicon.phoneWords.contains(prev.lower) { return phoneEnd(t, from: first) }
            // "call police on 101", "ring the hotline at 0800 555 111": a number after "on" or "at" a phone word
            // governs, a few words before.
            if ["on", "at"].contains(prev.lower), a.currency == nil, first >= 2,
               t[max(0, first - 5)..<(first - 1)].contains(where: { $0.isWord && Lexicon.phoneWords.contains($0.lower) }) {
                return phoneEnd(t, from: first)
            }
            // "iPhone 15", "eBay 2": a word with a capital inside a lower-case start names a product.
            if a.currency == nil, prev.isWord, t[first].spaceBefore, isCamelCase(prev.text) { return joinedEnd(t, from: first) }
            // "#9", "No. 9", "Nos. 3", "Art. 13".
            if prev.text == "#", !t[first].spaceBefore { return joinedEnd(t, from: first) }
            if prev.text == ".", first > 1, t[first - 2].isWord, t[first - 2].isCapitalized,
               Lexicon.numberAbbreviations.contains(t[first - 2].lower), !prev.spaceBefore {
                return joinedEnd(t, from: first)
            }
            if prev.text == "No" || prev.text == "Nos", first > 1 { return joinedEnd(t, from: first) }
            // "F-16", "COVID-19", "under-21", "mid-2014" (a date handled elsewhere).
            // "1.5m-2m" is a range: the word before the hyphen is the first figure's magnitude.
            if prev.text == "-", !t[first].spaceBefore, first > 1, t[first - 2].isWord, !prev.spaceBefore,
               !(first > 2 && t[first - 3].isNumber && !t[first - 2].spaceBefore && Lexicon.magnitudes[t[first - 2].lower] != nil),
               // "a magnitude-7.1 earthquake": a scale's reading joined to the scale's name.
               !WordLists.current.words(ListName("measures", "scaleNouns")).contains(t[first - 2].lower) {
                return joinedEnd(t, from: first)
            }
            // A name's number never has thousands separators: "Brand 3,919" is a tally with its verb left out.
            // In a headline set in title case, a capitalised verb before a count is no name ("Storm Leaves 17 Dead",
            // "Profit Falls 78%").
            if a.currency == nil, prev.isWord, prev.isCapitalized, t[first].spaceBefore, isNameWord(prev),
               !t[first].text.contains(","), !(isHeadlineVerb(prev.lower) && isTitleCase(t)) {
                return joinedEnd(t, from: first)
            }
        }
        return nil
    }

    /// A sports score or vote tally "3-2": two small whole numbers joined by a hyphen or dash where the first
    /// is not below the second, or after "beat"/"won" or before "win"/"victory".
    static func isScore(_ t: [Token], _ a: Amount) -> Bool {
        let end = a.tokens.upperBound
        guard a.currency == nil, a.magnitude == nil, !a.isWords, end + 1 < t.count, ["-", "–", "—"].contains(t[end].text),
              !t[end].spaceBefore, t[end + 1].isNumber, !t[end + 1].spaceBefore,
              let x = Int(t[end - 1].text), let y = Int(t[end + 1].text), x < 1000, y < 1000 else { return false }
        if x >= y, x < 100 { return true }
        let start = a.tokens.lowerBound
        // "won the final 6-4, 3-6, 7-5": a pair listed by a comma next to a score is a set score too (a list of ranges,
        // "ages 3-6, 7-9", runs upwards throughout).
        func descendingPair(endingAt e: Int) -> Bool {
            guard e >= 2, e < t.count, ["-", "–"].contains(t[e - 1].text), let p = Int(t[e - 2].text), let q = Int(t[e].text) else { return false }
            return p > q && p < 100
        }
        if x < 100, y < 100, start >= 4, t[start - 1].text == ",", descendingPair(endingAt: start - 2) { return true }
        if x < 100, y < 100, end + 5 < t.count, t[end + 2].text == ",", descendingPair(endingAt: end + 5) { return true }
        let before = start > 0 ? t[start - 1].lower : ""
        let beforeName = start > 1 && t[start - 1].isCapitalized ? t[start - 2].lower : ""
        let after = end + 2 < t.count ? t[end + 2].lower : ""
        let scored = Lexicon.scoreVerbs.contains(before) || Lexicon.scoreVerbs.contains(beforeName) || Lexicon.scoreNouns.contains(after)
        // A basketball score ("won 112-108") needs its verb or noun; a range of hundreds ("100-150") does not run downwards.
        return x < 100 && y < 100 ? scored : scored && x >= y
    }

    /// Whether a capitalised word before a number names something ("ISIS 2.0", "Flight 370").
    static func isNameWord(_ w: Token) -> Bool {
        let l = w.lower
        if Lexicon.months[l] != nil || Lexicon.weekdays[l] != nil { return false }
        if Bound.prefixesByLastWord[l] != nil { return false }
        if Lexicon.currencyNames[l] != nil || Lexicon.currencyBefore.contains(l) || Lexicon.currencyAbbreviations[l] != nil { return false }
        if NumberParser.wordValue(l) != nil || Lexicon.dollarPrefixes[l] != nil || Lexicon.agePrefixes.contains(l) { return false }
        return !WordLists.current.words(Lists.exclusionsNotNameWords).contains(l)
    }

    /// "iPhone", "eBay", "iOS": a lower-case first letter and a capital after it.
    static func isCamelCase(_ w: String) -> Bool {
        let b = Array(w.utf8)
        guard b.count >= 3, b[0] >= 97, b[0] <= 122 else { return false }
        return b.dropFirst().contains { $0 >= 65 && $0 <= 90 }
    }

    /// A word a headline may use as its verb: a known verb, or a third-person "-s" form ("Kills", "Leaves").
    static func isHeadlineVerb(_ w: String) -> Bool {
        if changeVerbs.contains(w) || Vocabulary.verbs.contains(w) || Attributor.verbs.contains(w) { return true }
        return w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
    }

    /// A headline in title case: at least three words of four letters or more after the first, nearly all capitalised.
    static func isTitleCase(_ t: [Token]) -> Bool {
        var long = 0, capitalised = 0
        for w in t.dropFirst() where w.isWord && w.text.utf8.count >= 4 {
            long += 1
            if w.isCapitalized { capitalised += 1 }
        }
        return long >= 3 && capitalised * 5 >= long * 4
    }

    static func chainGroups(_ t: [Token], from k: Int) -> Int {
        var n = 1, j = k
        while j + 2 < t.count, t[j].isNumber, ["-", ".", "–"].contains(t[j + 1].text), t[j + 2].isNumber,
              !t[j + 1].spaceBefore, !t[j + 2].spaceBefore { n += 1; j += 2 }
        return n
    }

    static func chainEnd(_ t: [Token], from k: Int) -> Int {
        var j = k
        while j < t.count, t[j].isNumber || (["-", ".", "(", ")"].contains(t[j].text) && j + 1 < t.count && t[j + 1].isNumber) { j += 1 }
        return j
    }

    /// The end of a number with everything joined to it without spaces: "3-2", "9/11", "737-800", "19-cv-4582".
    static func joinedEnd(_ t: [Token], from k: Int) -> Int {
        var j = k + 1
        while j + 1 < t.count, ["-", "–", "/", ".", ":"].contains(t[j].text), !t[j].spaceBefore,
              t[j + 1].isNumber || t[j + 1].isWord, !t[j + 1].spaceBefore { j += 2 }
        return j
    }

    /// The end of a phone number: groups of digits joined by spaces, hyphens, full stops or brackets.
    static func phoneEnd(_ t: [Token], from k: Int) -> Int {
        var j = k + 1
        while j < t.count {
            if t[j].isNumber, t[j].text.count >= 2, t[j].text.allSatisfy({ $0.isWordDigit }) { j += 1; continue }
            if ["-", ".", "(", ")"].contains(t[j].text), j + 1 < t.count, t[j + 1].isNumber, !t[j + 1].spaceBefore || t[j].text == ")" {
                j += 1; continue
            }
            break
        }
        return j
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let exclusionsAttachedUnitLetters = ListName("exclusions", "attachedUnitLetters")
    static let exclusionsClockWords = ListName("exclusions", "clockWords")
    static let exclusionsLabelNouns = ListName("exclusions", "labelNouns")
    static let exclusionsNotNameWords = ListName("exclusions", "notNameWords")
}
