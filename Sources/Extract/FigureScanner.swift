import Lexicon
import Model

/// A figure in a sentence: a number, range, sum of money, percentage or duration with its hedge.
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
    /// Somebody's age ("a 42-year-old man", "aged 45", "Maria, 7"): never a count.
    var isAge = false
}

/// Finds figures in one pass over a sentence's tokens.
enum FigureScanner {
    static var changeVerbs: Set<String> { WordLists.current.words(Lists.figuresChangeVerbs) }
    /// Words joining the two ends of a range.
    static var rangeWords: Set<String> { WordLists.current.words(Lists.figuresRangeWords) }

    static func figures(in t: [Token], skipping consumed: Set<Int>) -> [Figure] {
        var result: [Figure] = []
        var i = 0
        var lastAgeEnd = -1
        let starts = NumberParser.starts(WordLists.current)
        while i < t.count {
            if i > 0, t[i - 1].lower == "in", !consumed.contains(i), let f = decadeAge(t, at: i) {
                result.append(f); i = f.tokens.upperBound; lastAgeEnd = i
                continue
            }
            guard !consumed.contains(i), t[i].kind != .url, NumberParser.mayStart(t[i], starts) else { i += 1; continue }
            if let f = compoundWord(t, at: i) {
                result.append(f); i = f.tokens.upperBound
                if f.isAge { lastAgeEnd = i }
                continue
            }
            guard var a = NumberParser.amount(t, at: i) ?? articleAmount(t, at: i),
                  !a.tokens.contains(where: consumed.contains) else { i += 1; continue }
            if a.overflows { i = max(joinedEnd(t, from: a.tokens.upperBound - 1), a.tokens.upperBound); continue }
            if let skip = excluded(t, a) { i = max(skip, i + 1); continue }
            var start = a.tokens.lowerBound
            var end = a.tokens.upperBound
            var compound = false
            var timeUnit: (unit: String, isAge: Bool)?
            // "a 6.4-magnitude quake", "a 2,000-strong force", "a 10-year sentence", "a 42-year-old man".
            // "a 3-percentage-point drop", "a 3.5-per-cent pay offer", "a 5-percent rise": a percentage as one adjective.
            var hyphenPercent = false
            if let e = hyphenatedPercent(t, at: end), !a.isVague {
                hyphenPercent = true; end = e
            } else if end < t.count, t[end].text == "-", rate(t, at: end) != nil {
                // "a £95,000-a-year job": a rate, read below, not an adjective.
            } else if let (word, e) = adjective(t, a) {
                compound = true; end = e
                timeUnit = Self.timeUnit(word)
            }
            var low = a.low, high = a.high
            var isRange = false, isOr = false
            if !compound, !a.isFraction, end + 1 < t.count, let (b0, unitToken) = rangeEnd(t, a, at: end, consumed: consumed) {
                var b = b0
                // "$8-10 billion", "Rs 8,000-10,000 crore": the second end's magnitude is the first's too, when the first
                // written figure is no larger than the second ("5,000 to 10 million" keeps its 5,000).
                if let m = b.magnitude, a.magnitude == nil, !a.isVague, a.raw < 1000 || a.raw <= b.high / m, a.raw * m <= b.high * 10 {
                    a.low *= m; a.high *= m; a.magnitude = m
                }
                // "10 to 15 cents a gallon": the first end is in hundredths too.
                if b.inHundredths, a.currency == nil, !a.isVague, a.raw >= b.raw {
                    a.low /= 100; a.high /= 100; a.raw /= 100; a.inHundredths = true
                }
                if a.currency == nil { a.currency = b.currency }
                if b.currency == nil { b.currency = a.currency }
                isOr = t[unitToken == nil ? end : end + 1].lower == "or"
                low = min(a.low, b.low); high = max(a.high, b.high)
                isRange = true
                end = b.tokens.upperBound
                // "between 38C and 40C": the unit written after both ends.
                if let u = unitToken, timeUnitAt(t, u) == nil, t[u].text != "%", t[u].lower != "percent" { end += 1 }
                if start > 0, ["between", "from"].contains(t[start - 1].lower), !consumed.contains(start - 1) {
                    start -= 1
                }
            }
            var bound: Bound?
            // "under the age of five", "over the age of 65": a bound on an age.
            var ageBound = false
            if !isRange, start >= 4, t[start - 1].lower == "of", Lexicon.agePrefixes.contains(t[start - 2].lower), t[start - 3].lower == "the",
               let (b, s) = Bound.prefix(t, before: start - 3), !(s..<start).contains(where: consumed.contains) {
                bound = b; start = s; ageBound = true
            } else if let (b, s) = Bound.prefix(t, before: start), !(s..<start).contains(where: consumed.contains) {
                bound = b; start = s
            }
            var unit = a.currency
            if hyphenPercent { unit = "percent" }
            let beforeUnit = end
            if !compound, !hyphenPercent, let percentEnd = percent(t, at: end) { unit = "percent"; end = percentEnd }
            // "three-quarters of a percentage point", "half a percentage point".
            if !compound, unit == nil, a.isFraction || (a.isWords && a.low < 1), let e = fractionOfPoint(t, at: end) {
                unit = "percent"; end = e
            }
            if !compound, unit == nil, timeUnit == nil, let (u, e) = timeUnitAt(t, end) {
                timeUnit = u; end = e
                // "an hour and a half", "two years and a half".
                if end + 2 < t.count, t[end].lower == "and", t[end + 1].lower == "a", t[end + 2].lower == "half", !isRange {
                    low += 0.5; high += 0.5; end += 3
                }
                if !u.isAge, end < t.count, t[end].lower == "old" { timeUnit?.isAge = true; end += 1 }
                if !u.isAge, !isRange, low == high, let (total, smaller, e) = joinedDuration(t, value: low, unit: u.unit, at: end) {
                    low = total; high = total; timeUnit = (smaller, false); end = e
                }
            }
            if bound == nil, let (b, e) = Bound.suffix(t, at: end) { bound = b; end = e }
            var per: String?
            if let (p, e) = rate(t, at: end) { per = p; end = e }
            // "CHF 14,200 per pupil", "$1,200 per household": money per any thing counted is a rate of it.
            else if a.currency != nil, end + 1 < t.count, t[end].lower == "per", t[end + 1].isWord, !t[end + 1].isCapitalized,
                    t[end + 1].lower.count >= 3, t[end + 1].lower.allSatisfy(\.isLetter) {
                per = OpenMeasure.lemma(t[end + 1].lower); end += 2
            }
            var q = bound?.quantity(low: low, high: high)
                ?? Quantity(low: low, high: high, qualifier: a.isVague ? .vague : isOr || a.isApprox ? .approx : .exact)
            if a.isVague, bound == nil || bound == .approx { q.qualifier = .vague }
            q.per = per
            var kind: Mention.Kind = unit == "percent" ? .percent : a.currency != nil ? .money : isRange ? .range : .number
            var isAge = false
            if let time = timeUnit, unit == nil {
                isAge = time.isAge
                kind = time.isAge ? (isRange ? .range : .number) : .duration
                unit = time.unit
            } else if unit == nil, ageBound {
                isAge = true; unit = "year"
            } else if unit == nil, isAgeContext(t, a, start: start, end: end, lastAgeEnd: lastAgeEnd, plain: !isRange && bound == nil && !compound) {
                isAge = true; unit = "year"
            }
            q.unit = unit
            // "no fewer than 12 and no more than 15", "above 2,000 but below 2,500".
            if let bound, !isRange, !isAge, let pair = comparativePair(t, first: bound, low: low, high: high, at: end, unit: unit, consumed: consumed) {
                q = pair.quantity; q.per = per; end = pair.end
                kind = kind != .number ? kind : q.unit == nil ? .range : q.unit == "percent" ? .percent
                    : Lexicon.durationUnits[q.unit!] != nil ? .duration : .money
            }
            // "by two percentage points", "a 3-percentage-point drop": a difference of percentages, apart from levels.
            if q.unit == "percent", t[min(beforeUnit, a.tokens.upperBound)..<end].contains(where: { ["point", "points", "percentage-point", "percentage-points"].contains($0.lower) }) {
                q.unit = Quantity.percentagePoints
            }
            // "rose 0.4 points to 5.1%": bare points moving a percentage are percentage points.
            if q.unit == nil, kind == .number, !a.isYearLike, end + 2 < t.count, ["point", "points"].contains(t[end].lower),
               ["to", "at"].contains(t[end + 1].lower), let level = NumberParser.amount(t, at: end + 2),
               isPercentSign(t, at: level.tokens.upperBound) {
                q.unit = Quantity.percentagePoints; kind = .percent; end += 1
            }
            // "by 50 basis points" is half a percentage point.
            if q.unit == "percent" || q.unit == Quantity.percentagePoints,
               t[min(beforeUnit, a.tokens.upperBound)..<end].contains(where: { ["basis", "bps", "bp"].contains($0.lower) }) {
                q.unit = Quantity.percentagePoints
                q.low = q.low.map { $0 / 100 }; q.high = q.high.map { $0 / 100 }
            }
            var figure = Figure(tokens: start..<end, quantity: q, kind: kind, isFraction: a.isFraction, isVague: a.isVague)
            figure.isAge = isAge
            figure.isYearLike = a.isYearLike && !isRange && bound == nil && unit == nil && !compound
            figure.isWeak = a.isWords && a.raw == 1 && a.magnitude == nil && !isRange && timeUnit == nil && unit == nil
            if figure.isWeak, end < t.count, WordLists.current.words(Lists.figuresWeakFigureFollowers).contains(t[end].lower) {
                i = end; continue
            }
            if isAge { lastAgeEnd = end }
            result.append(figure)
            i = end
        }
        return result
    }

    /// The second figure of a range ("to 500", "-500", "and 500" after "between", "or four", "through 15"),
    /// and the index of a unit written after both ends ("38C and 40C"), if any.
    private static func rangeEnd(_ t: [Token], _ a: Amount, at j0: Int, consumed: Set<Int>) -> (Amount, Int?)? {
        var j = j0
        var unitToken: Int?
        if !rangeWords.contains(t[j].lower), j + 1 < t.count, rangeWords.contains(t[j + 1].lower), isUnitWord(t[j]) {
            unitToken = j; j += 1
        }
        guard j + 1 < t.count else { return nil }
        let c = t[j].lower
        guard rangeWords.contains(c), !consumed.contains(j + 1) else { return nil }
        let start = a.tokens.lowerBound
        let before = start > 0 ? t[start - 1].lower : ""
        if c == "and", before != "between" { return nil }
        // "cut the rate from 25% to 20%": a change between two values, not a range.
        // "raised the death toll from the landslide from 14 to 23": the verb may stand further back in the clause.
        if c == "to", before == "from", start > 1,
           (max(0, start - 12)..<(start - 1)).reversed().prefix(while: { ![",", ";", ":"].contains(t[$0].text) })
               .contains(where: { changeVerbs.contains(t[$0].lower) }) { return nil }
        // "raise the price by 5p to 85p", "rose by 2% to 7%": after a verb of change, "by" with a unit on the first
        // figure gives the change, then the level ("cut by 5 to 10 per cent", one unit at the end, stays a range).
        if c == "to", before == "by", start > 1, unitToken != nil || a.currency != nil,
           (max(0, start - 9)..<(start - 1)).contains(where: { changeVerbs.contains(t[$0].lower) }) { return nil }
        if c == "or", a.isVague { return nil }
        guard var b = NumberParser.amount(t, at: j + 1), !b.isFraction, !b.isVague, !b.overflows,
              !b.tokens.contains(where: consumed.contains) else { return nil }
        if let u = unitToken {
            let e = b.tokens.upperBound
            guard e < t.count, t[e].lower == t[u].lower else { return nil }
        }
        if ["-", "–", "—", "~"].contains(c) {
            guard !a.isWords, !b.isWords, !b.leadingZero else { return nil }
            // A third group makes it a phone number or a date, not a range.
            let k = b.tokens.upperBound
            if k + 1 < t.count, ["-", ".", "/"].contains(t[k].text), t[k + 1].isNumber, !t[k].spaceBefore { return nil }
        }
        if a.isYearLike, b.isYearLike { return nil }
        // "its growth forecast for 2026 to 1.4 per cent": a year, then the value it is set to, not a range.
        if a.isYearLike, !b.isYearLike, b.low < a.low { return nil }
        // "$2.2 billion or €2 billion", "€3.1b - about $3.6b": one amount in two currencies, never a range.
        if let x = a.currency, let y = b.currency, x != y { return nil }
        // "Shares fell 3p to 245p", "Brent rose $1.20 to $84.50": right after a verb of change, a small figure
        // "to" a far larger one is the change and the level it reached; "rose 3 to 4 percent" stays a range.
        if c == "to", start > 0, isChangeWord(t[start - 1]) || before == "by" && start > 1 && isChangeWord(t[start - 2]),
           a.high > 0, b.low >= a.high * 4 { return nil }
        if excluded(t, b) != nil { return nil }
        if b.currency == nil, a.currency != nil, b.low < a.low / 1000 { b.currency = a.currency }
        return (b, unitToken)
    }

    /// Whether token `i` starts a percent sign or word: "%", "percent", "per cent".
    static func isPercentSign(_ t: [Token], at i: Int) -> Bool {
        guard i < t.count else { return false }
        let w = t[i].lower
        return w == "%" || w == "percent" || w == "pc" || w == "per" && i + 1 < t.count && t[i + 1].lower == "cent"
    }

    /// A verb of change ("rose", "fell", "gained", "shed"), from `figures.changeVerbs` and `figures.changeDirections`.
    private static func isChangeWord(_ w: Token) -> Bool {
        w.isWord && (changeVerbs.contains(w.lower) || WordLists.current.table(Lists.figuresChangeDirections)[w.lower] != nil)
    }

    /// A unit symbol or word that may stand after both ends of a range: "C", "km", "%", "degrees".
    private static func isUnitWord(_ token: Token) -> Bool {
        if token.text == "%" { return true }
        guard token.isWord, token.text.count <= 12 else { return false }
        return !Lexicon.phraseStops.contains(token.lower) && Lexicon.magnitudes[token.lower] == nil
            && !Lexicon.determiners.contains(token.lower)
    }

    /// "no fewer than 12 and no more than 15": a lower bound and an upper bound (either order) joined by
    /// "and", "but" or a comma, as one interval.
    private static func comparativePair(_ t: [Token], first: Bound, low: Double, high: Double, at j0: Int, unit: String?,
                                        consumed: Set<Int>) -> (quantity: Quantity, end: Int)? {
        guard first.isLower || first.isUpper, j0 < t.count else { return nil }
        var j = j0
        if t[j].text == ",", j + 1 < t.count { j += 1 }
        guard ["and", "but", "yet"].contains(t[j].lower) || j > j0 else { return nil }
        if ["and", "but", "yet"].contains(t[j].lower) { j += 1 }
        guard let (second, k) = Bound.starting(t, at: j), second.isLower != first.isLower, second.isUpper != first.isUpper,
              !consumed.contains(k), let b = NumberParser.amount(t, at: k), !b.isVague, !b.overflows else { return nil }
        var end = b.tokens.upperBound
        var secondUnit = b.currency
        if let p = percent(t, at: end) { secondUnit = "percent"; end = p }
        if secondUnit == nil, unit != nil { secondUnit = unit }
        if let u = timeUnitAt(t, end), u.unit.isAge == false, u.unit.unit == unit || (unit == nil && secondUnit == nil) {
            end = u.end; secondUnit = u.unit.unit
        }
        // "above 2,000 but below 2,500 dollars": a currency written once, at the end.
        guard secondUnit == unit || (unit == nil && secondUnit != "percent") else { return nil }
        let unit = unit ?? secondUnit
        let lowerEnd = first.isLower ? (low, first) : (b.low, second)
        let upperEnd = first.isUpper ? (high, first) : (b.high, second)
        guard lowerEnd.0 <= upperEnd.0 else { return nil }
        let q = Quantity(low: lowerEnd.0, high: upperEnd.0, lowInclusive: lowerEnd.1 == .atLeast,
                         highInclusive: upperEnd.1 != .below, qualifier: .exact, unit: unit)
        return (q, end)
    }

    /// A percent sign or word after a figure, and where it ends.
    static func percent(_ t: [Token], at j: Int) -> Int? {
        guard j < t.count else { return nil }
        // "40pc", and "40 pc" as South Asian papers print it (a capital "PC" apart is a constable or a computer).
        if t[j].text == "%" || t[j].lower == "percent" || t[j].lower == "pct" || t[j].lower == "pc" && (!t[j].spaceBefore || t[j].text == "pc") { return j + 1 }
        // "50 basis points", "25bps": hundredths of a percentage point.
        if t[j].text == "bps" || t[j].text == "bp" || ["bps", "bp"].contains(t[j].lower) && !t[j].spaceBefore { return j + 1 }
        if j + 1 < t.count, (t[j].lower == "per" && t[j + 1].lower == "cent")
            || (["percentage", "basis"].contains(t[j].lower) && ["points", "point"].contains(t[j + 1].lower)) {
            return j + 2
        }
        return nil
    }

    /// "-percentage-point", "-per-cent", "-percent" joined to a figure by hyphens, and where it ends.
    static func hyphenatedPercent(_ t: [Token], at j: Int) -> Int? {
        guard j + 1 < t.count, t[j].text == "-", !t[j].spaceBefore, !t[j + 1].spaceBefore, t[j + 1].isWord else { return nil }
        let first = t[j + 1].lower
        // A hyphenated word is one token: "percentage-point", "per-cent".
        if ["percent", "pct", "per-cent", "percentage-point", "percentage-points"].contains(first) { return j + 2 }
        guard j + 3 < t.count, t[j + 2].text == "-", !t[j + 2].spaceBefore, !t[j + 3].spaceBefore else { return nil }
        let second = t[j + 3].lower
        if (first == "per" && second == "cent") || (first == "percentage" && (second == "point" || second == "points")) { return j + 4 }
        return nil
    }

    /// "of a percentage point", "a percentage point" after a fraction, and where it ends.
    static func fractionOfPoint(_ t: [Token], at j0: Int) -> Int? {
        var j = j0
        if j < t.count, t[j].lower == "of" { j += 1 }
        guard j < t.count, t[j].lower == "a" || t[j].lower == "one" else { return nil }
        guard let e = percent(t, at: j + 1), t[j + 1].lower == "percentage" else { return nil }
        return e
    }

    /// A rate's period after a figure ("per month", "a year", "an hour", "a share", "annually"), and where it ends.
    static func rate(_ t: [Token], at j: Int) -> (String, Int)? {
        guard j < t.count else { return nil }
        // "a £95,000-a-year job", "a $15-an-hour wage": the rate joined to its figure by hyphens.
        if t[j].text == "-", !t[j].spaceBefore, j + 1 < t.count, !t[j + 1].spaceBefore, t[j + 1].isWord {
            let parts = t[j + 1].lower.split(separator: "-").map(String.init)
            if parts.count == 2, ["per", "a", "an"].contains(parts[0]), let p = Lexicon.periods[parts[1]] { return (p, j + 2) }
        }
        // "€5m annually", but not "350k daily users" (an adjective before a noun).
        if let p = Lexicon.periodAdverbs[t[j].lower],
           j + 1 >= t.count || !t[j + 1].isWord || Lexicon.phraseStops.contains(t[j + 1].lower) { return (p, j + 1) }
        guard j + 1 < t.count, ["per", "a", "an", "each", "every"].contains(t[j].lower),
              let p = Lexicon.periods[t[j + 1].lower] else { return nil }
        if j + 2 < t.count, WordLists.current.words(Lists.figuresTimeAfterWords).contains(t[j + 2].lower) { return nil }
        // "a year on, the town is rebuilt": a time after, not a rate.
        if j + 2 < t.count, t[j + 2].lower == "on", j + 3 >= t.count || !t[j + 3].isWord || t[j + 3].lower == "from" { return nil }
        return (p, j + 2)
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let figuresChangeVerbs = ListName("figures", "changeVerbs")
    static let figuresChangeDirections = ListName("figures", "changeDirections")
    static let figuresRangeWords = ListName("figures", "rangeWords")
    static let figuresTimeAfterWords = ListName("figures", "timeAfterWords")
    static let figuresWeakFigureFollowers = ListName("figures", "weakFigureFollowers")
}
