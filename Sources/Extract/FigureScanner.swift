import Model

/// A figure in a sentence: a number, range, sum of money or percentage with its hedge.
struct Figure: Sendable {
    /// Tokens covered, bound words and units included.
    var tokens: Range<Int>
    var quantity: Quantity
    var kind: Mention.Kind
    var isFraction = false
    var isVague = false
    /// A lone four-digit number that may be a year.
    var isYearLike = false
    /// A lone number word "one", which is rarely a count.
    var isWeak = false
}

/// Finds figures in one pass over a sentence's tokens.
enum FigureScanner {
    static let changeVerbs: Set<String> = [
        "rose", "risen", "rising", "fell", "fallen", "falling", "increased", "increasing", "decreased", "dropped",
        "climbed", "jumped", "grew", "grown", "declined", "surged", "plunged", "soared", "doubled", "cut", "raised",
        "reduced", "slashed", "swelled", "shrank", "went", "up", "down",
    ]

    static func figures(in t: [Token], skipping consumed: Set<Int>) -> [Figure] {
        var result: [Figure] = []
        var i = 0
        while i < t.count {
            guard !consumed.contains(i), t[i].kind != .url, var a = NumberParser.amount(t, at: i),
                  !a.tokens.contains(where: consumed.contains) else { i += 1; continue }
            if let skip = excluded(t, a) { i = max(skip, i + 1); continue }
            var start = a.tokens.lowerBound
            var end = a.tokens.upperBound
            var low = a.low, high = a.high
            var isRange = false, isOr = false
            if !a.isFraction, end + 1 < t.count, let b0 = rangeEnd(t, a, at: end, consumed: consumed) {
                var b = b0
                if b.magnitude != nil, a.magnitude == nil, !a.isVague, a.raw < 1000, a.raw * b.magnitude! <= b.high * 10 {
                    a.low *= b.magnitude!; a.high *= b.magnitude!; a.magnitude = b.magnitude
                }
                if a.currency == nil { a.currency = b.currency }
                if b.currency == nil { b.currency = a.currency }
                isOr = t[end].lower == "or"
                low = min(a.low, b.low); high = max(a.high, b.high)
                isRange = true
                end = b.tokens.upperBound
                if start > 0, ["between", "from"].contains(t[start - 1].lower), !consumed.contains(start - 1) {
                    start -= 1
                }
            }
            var bound: Bound?
            if let (b, s) = Bound.prefix(t, before: start), !(s..<start).contains(where: consumed.contains) {
                bound = b; start = s
            }
            var unit = a.currency
            if let (percentEnd) = percent(t, at: end) { unit = "percent"; end = percentEnd }
            if bound == nil, let (b, e) = Bound.suffix(t, at: end) { bound = b; end = e }
            var per: String?
            if let (p, e) = rate(t, at: end) { per = p; end = e }
            var q = bound?.quantity(low: low, high: high)
                ?? Quantity(low: low, high: high, qualifier: a.isVague ? .vague : isOr ? .approx : .exact)
            if a.isVague, bound == nil || bound == .approx { q.qualifier = .vague }
            q.unit = unit
            q.per = per
            let kind: Mention.Kind = unit == "percent" ? .percent : a.currency != nil ? .money : isRange ? .range : .number
            var figure = Figure(tokens: start..<end, quantity: q, kind: kind, isFraction: a.isFraction, isVague: a.isVague)
            figure.isYearLike = a.isYearLike && !isRange && bound == nil && unit == nil
            figure.isWeak = a.isWords && a.raw == 1 && a.magnitude == nil && !isRange
            if figure.isWeak, end < t.count, ["of", "another", "day", "time", "way", "side", "by"].contains(t[end].lower) {
                i = end; continue
            }
            result.append(figure)
            i = end
        }
        return result
    }

    /// The second figure of a range ("to 500", "-500", "and 500" after "between", "or four").
    private static func rangeEnd(_ t: [Token], _ a: Amount, at j: Int, consumed: Set<Int>) -> Amount? {
        let c = t[j].lower
        guard ["to", "-", "–", "—", "and", "or"].contains(c), !consumed.contains(j + 1) else { return nil }
        let start = a.tokens.lowerBound
        let before = start > 0 ? t[start - 1].lower : ""
        if c == "and", before != "between" { return nil }
        if c == "to", before == "from", start > 1, changeVerbs.contains(t[start - 2].lower) { return nil }
        if c == "or", a.isVague { return nil }
        guard var b = NumberParser.amount(t, at: j + 1), !b.isFraction, !b.isVague,
              !b.tokens.contains(where: consumed.contains) else { return nil }
        if ["-", "–", "—"].contains(c) {
            guard !a.isWords, !b.isWords else { return nil }
            // A third group makes it a phone number or a date, not a range.
            let k = b.tokens.upperBound
            if k + 1 < t.count, ["-", "."].contains(t[k].text), t[k + 1].isNumber, !t[k].spaceBefore { return nil }
        }
        if a.isYearLike, b.isYearLike { return nil }
        if excluded(t, b) != nil { return nil }
        if b.currency == nil, a.currency != nil, b.low < a.low / 1000 { b.currency = a.currency }
        return b
    }

    /// A percent sign or word after a figure, and where it ends.
    static func percent(_ t: [Token], at j: Int) -> Int? {
        guard j < t.count else { return nil }
        if t[j].text == "%" || t[j].lower == "percent" || t[j].lower == "pct" || t[j].lower == "pc" && !t[j].spaceBefore { return j + 1 }
        if j + 1 < t.count, (t[j].lower == "per" && t[j + 1].lower == "cent") || (t[j].lower == "percentage" && t[j + 1].lower == "points") {
            return j + 2
        }
        return nil
    }

    /// A rate's period after a figure ("per month", "a year", "annually"), and where it ends.
    static func rate(_ t: [Token], at j: Int) -> (String, Int)? {
        guard j < t.count else { return nil }
        if let p = Lexicon.periodAdverbs[t[j].lower] { return (p, j + 1) }
        guard j + 1 < t.count, ["per", "a", "an", "each", "every"].contains(t[j].lower),
              let p = Lexicon.periods[t[j + 1].lower] else { return nil }
        if j + 2 < t.count, ["ago", "earlier", "later", "before", "after", "old", "on"].contains(t[j + 2].lower) { return nil }
        return (p, j + 2)
    }

    /// Where to resume when a figure is not a quantity at all: times, phone numbers, ordinals, names
    /// with numerals ("ISIS 2.0"), adjective compounds ("14-year war"); nil when it is a quantity.
    static func excluded(_ t: [Token], _ a: Amount) -> Int? {
        guard !a.isVague, !a.isFraction else { return nil }
        let first = a.currency == nil ? a.tokens.lowerBound : a.tokens.lowerBound + 1
        var end = a.tokens.upperBound
        let next = end < t.count ? t[end] : nil
        if a.isWords { return nil }
        if let next, !next.spaceBefore, ["st", "nd", "rd", "th"].contains(next.lower) { return end + 1 }
        if let next, next.text == ":", end + 1 < t.count, t[end + 1].isNumber, !t[end + 1].spaceBefore { return end + 2 }
        if let next, ["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "hrs", "o'clock", "o’clock", "edt", "est", "bst", "cet"].contains(next.lower) {
            return end + 1
        }
        if a.leadingZero { return end }
        // Exponent notation ("10^400", "1e309") is not a figure as written: left out, not misread as its parts.
        if let next, !next.spaceBefore, next.text == "^" {
            return end + 1 < t.count && t[end + 1].isNumber && !t[end + 1].spaceBefore ? end + 2 : end + 1
        }
        if let next, !next.spaceBefore, next.isWord, next.lower.count > 1, next.lower.first == "e",
           next.lower.dropFirst().allSatisfy(\.isWordDigit) { return end + 1 }
        if let next, !next.spaceBefore, next.lower == "e", end + 2 < t.count, ["+", "-"].contains(t[end + 1].text),
           t[end + 2].isNumber, !t[end + 2].spaceBefore { return end + 3 }
        if first > 0, t[first - 1].text == "^", !t[first].spaceBefore { return end }
        // Phone numbers: "+", a dialling code, or three or more joined groups.
        if first > 0, t[first - 1].text == "+", !t[first].spaceBefore { return chainEnd(t, from: first) }
        if first > 1, t[first - 1].text == ")", t[first - 2].isNumber { return chainEnd(t, from: first) }
        if chainGroups(t, from: first) >= 3 { return chainEnd(t, from: first) }
        if let prev = first > 0 ? t[first - 1] : nil, first > 0 {
            if ["tel", "phone", "telephone", "call", "fax", "hotline", "ext"].contains(prev.lower) { return chainEnd(t, from: first) }
            // "F-16", "COVID-19", "mid-2014" (a date handled elsewhere).
            if prev.text == "-", !t[first].spaceBefore, first > 1, t[first - 2].isWord, !prev.spaceBefore { return end }
            if a.currency == nil, prev.isWord, prev.isCapitalized, t[first].spaceBefore, isNameWord(prev) {
                return end
            }
        }
        // "14-year war", "four-star", "5,000-strong": an adjective, not a count.
        if let next, next.text == "-", !next.spaceBefore, end + 1 < t.count, t[end + 1].isWord, !t[end + 1].spaceBefore,
           !["plus", "odd"].contains(t[end + 1].lower), Lexicon.magnitudes[t[end + 1].lower] == nil {
            end += 2
            return end
        }
        return nil
    }

    /// Whether a capitalised word before a number names something ("ISIS 2.0", "Flight 370").
    private static func isNameWord(_ w: Token) -> Bool {
        let l = w.lower
        if Lexicon.months[l] != nil || Lexicon.weekdays[l] != nil { return false }
        if Bound.prefixes.contains(where: { $0.0.last == l }) { return false }
        if Lexicon.currencyWords[l] != nil || Lexicon.currencyBefore.contains(l) { return false }
        if NumberParser.wordValue(l) != nil || Lexicon.dollarPrefixes[l] != nil { return false }
        return !["the", "a", "an", "and", "but", "with", "in", "of", "at", "for", "only", "just", "all", "another", "those",
                 "these", "by", "on", "perhaps", "maybe", "exactly", "precisely", "still", "yet", "so", "then", "now", "also",
                 "from", "to", "since", "until", "after", "before", "when", "while", "if", "as", "than", "some",
                 "however", "meanwhile", "overall", "altogether", "nearly", "between", "among", "including", "killing",
                 "killed", "where", "there", "here", "today", "yesterday", "its", "their", "his", "her", "our", "total"].contains(l)
    }

    private static func chainGroups(_ t: [Token], from k: Int) -> Int {
        var n = 1, j = k
        while j + 2 < t.count, t[j].isNumber, ["-", ".", "–"].contains(t[j + 1].text), t[j + 2].isNumber,
              !t[j + 1].spaceBefore, !t[j + 2].spaceBefore { n += 1; j += 2 }
        return n
    }

    private static func chainEnd(_ t: [Token], from k: Int) -> Int {
        var j = k
        while j < t.count, t[j].isNumber || (["-", ".", "(", ")"].contains(t[j].text) && j + 1 < t.count && t[j + 1].isNumber) { j += 1 }
        return j
    }
}
