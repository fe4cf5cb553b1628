import Lexicon
import Model
import Foundation

/// One written number with its currency and magnitude: "$25 million", "5,000", "twenty-two", "€4.34bn".
struct Amount: Sendable {
    var low: Double
    var high: Double
    /// Tokens covered, currency signs and magnitude words included.
    var tokens: Range<Int>
    var currency: String?
    /// The magnitude word's factor, when one was written.
    var magnitude: Double?
    /// The figure before any magnitude ("25" in "$25 million").
    var raw: Double
    var isVague = false
    var isFraction = false
    var isWords = false
    /// Four digits, no separator, plausible as a year.
    var isYearLike = false
    /// The digits had a leading zero ("0800"): codes, times, phone numbers.
    var leadingZero = false
    /// A hedged word amount: "a couple of hundred".
    var isApprox = false
    /// The digits as written, without separators, for exact scaling.
    var literal: String?
    /// Too large for a Double ("10^400", "$1e309"): not a figure at all.
    var overflows = false
    /// Read in a currency's hundredths ("15 cents", "143p"): the value is already divided by 100.
    var inHundredths = false
}

/// Reads numbers written in digits or words at a token position.
enum NumberParser {
    /// The amount that starts at token `i`, if any.
    static func amount(_ t: [Token], at i: Int) -> Amount? {
        var k = i
        var currency: String?
        var negative = false
        // (The minus test of "-$5" comes before the look-up: `isMinus` first asks for a minus sign.)
        if isMinus(t, at: k) || (k + 2 < t.count && (t[k].text == "-" || t[k].text == "−")
                                 && Lexicon.currencySigns[t[k + 1].text] != nil && !t[k + 1].spaceBefore
                                 && isMinus([t[k], t[k + 2]], at: 0) && (k == 0 || t[k].spaceBefore)) {
            negative = true; k += 1
        } else if k + 1 < t.count, t[k].lower == "minus", t[k].isWord, t[k + 1].isNumber || Lexicon.currencySigns[t[k + 1].text] != nil {
            // "a policy rate of minus 0.75 per cent", "minus 12C".
            negative = true; k += 1
        } else if k + 1 < t.count, t[k].text == "+", t[k + 1].isNumber, !t[k + 1].spaceBefore, k == 0 || t[k].spaceBefore || !t[k - 1].isNumber,
                  t[k + 1].text.contains(".") || FigureScanner.isPercentSign(t, at: k + 2) {
            // "+4.2%", "(previous: +1.1%)": a plus sign is the figure's, a change up.
            k += 1
        }
        if k + 1 < t.count, let code = Lexicon.dollarPrefixes[t[k].lower], t[k + 1].text == "$", !t[k + 1].spaceBefore, t[k].isWord {
            currency = code; k += 2
        } else if let code = Lexicon.currencySigns[t[k].text] {
            currency = code; k += 1
        } else if k + 1 < t.count, t[k].isWord, t[k + 1].isNumber, !t[k + 1].spaceBefore, t[k].isCapitalized,
                  let code = Lexicon.letterSigns[t[k].lower] {
            // The tokenizer splits a sign from its figure only when the figure is written as money ("R2.3bn").
            currency = code; k += 1
        } else if let code = currencyCode(t[k]), k + 1 < t.count, t[k + 1].isNumber || isMinus(t, at: k + 1),
                  !isNameNumber(t, at: k + 1) {
            currency = code; k += 1
        } else if let code = unlistedCode(t, at: k) {
            currency = code; k += 1
        } else if t[k].isCapitalized, let code = Lexicon.currencyAbbreviations[t[k].lower], k + 1 < t.count,
                  t[k + 1].isNumber || (t[k + 1].text == "." && k + 2 < t.count && t[k + 2].isNumber) {
            currency = code; k += 1
            if t[k].text == "." { k += 1 }
        }
        if !negative, currency != nil, isMinus(t, at: k) { negative = true; k += 1 }
        guard k < t.count else { return nil }
        // "R2.3 billion", "v2.3": digits after a word that ends in digits and a full stop are that word's decimals,
        // not a number of their own (the word is a code, or a currency this lexicon does not read).
        if k >= 2, t[k].isNumber, t[k - 1].text == ".", !t[k - 1].spaceBefore, !t[k].spaceBefore, t[k - 2].kind == .word,
           t[k - 2].text.last?.isNumber == true { return nil }
        if currency == nil, !negative, let share = oneIn(t, at: k) { return share }
        var result: Amount
        if t[k].isNumber {
            guard var parsed = digits(t, at: k) else { return nil }
            // "4½ per cent", "2½ hours": a fraction sign against whole digits adds its share.
            let e = parsed.tokens.upperBound
            if e < t.count, t[e].kind == .punct, !t[e].spaceBefore, parsed.low == parsed.low.rounded(),
               let share = vulgarFractions[t[e].text] {
                parsed.low += share; parsed.high += share; parsed.raw += share
                parsed.literal = nil; parsed.isYearLike = false
                parsed.tokens = parsed.tokens.lowerBound..<(e + 1)
            }
            result = parsed
        } else if currency == nil, !negative, var vague = vague(t, at: k) {
            // "hundreds of millions of dollars", "a few hundred million euros": a vague sum names its currency after it.
            let e = vague.tokens.upperBound
            if let (code, end) = currencyAfter(t, at: e) ?? (e + 1 < t.count && t[e].lower == "of" ? currencyAfter(t, at: e + 1) : nil),
               vague.high >= 1000 {
                vague.currency = code
                vague.tokens = vague.tokens.lowerBound..<end
            }
            return vague
        } else if currency == nil, !negative, let fraction = fraction(t, at: k) {
            // "three-quarters of a billion dollars": a share of a magnitude may name its currency after it.
            guard fraction.magnitude != nil else { return fraction }
            result = fraction
        } else if let words = words(t, at: k) {
            result = words
        } else {
            return nil
        }
        result.tokens = i..<result.tokens.upperBound
        var j = result.tokens.upperBound
        // "R98.8-million", "a $1.2-billion deal": a magnitude joined by a hyphen.
        if j + 1 < t.count, t[j].text == "-", !t[j].spaceBefore, !t[j + 1].spaceBefore, t[j + 1].isWord,
           let factor = Lexicon.magnitudes[t[j + 1].lower], factor >= 1e6, !result.isWords { j += 1 }
        if j < t.count, t[j].isWord, let factor = Lexicon.magnitudes[t[j].lower], result.magnitude == nil,
           !(Lexicon.attachedOnlyMagnitudes.contains(t[j].lower) && t[j].spaceBefore), factor >= 1000 || !result.isWords {
            guard (result.high * factor).isFinite else { return nil }
            result.magnitude = factor
            result.low *= factor; result.high *= factor
            // "8.3 billion" is 8300000000, not 8.3 × 1e9 with a binary rounding error.
            if let literal = result.literal, let exact = Double(literal + "e" + String(Int(log10(factor)))),
               pow(10, log10(factor).rounded()) == factor {
                result.low = exact; result.high = exact
            }
            result.isYearLike = false
            j += 1
            // "2 lakh crore", "5 thousand million": stacked magnitudes multiply.
            if j < t.count, let outer = Lexicon.magnitudes[t[j].lower], outer >= 1e5, !Lexicon.attachedOnlyMagnitudes.contains(t[j].lower) {
                result.magnitude = factor * outer
                result.low *= outer; result.high *= outer
                j += 1
            }
        }
        // "a 1.5 million-strong workforce".
        if result.magnitude == nil, j < t.count, t[j].isWord, t[j].spaceBefore, t[j].lower.hasByte(0x2D),
           let parts = Optional(t[j].lower.split(separator: "-")),
           parts.count == 2, parts[1] == "strong", let factor = Lexicon.magnitudes[String(parts[0])], factor >= 1000 {
            result.magnitude = factor
            result.low *= factor; result.high *= factor
            result.isYearLike = false
            j += 1
        }
        let sub = currency == nil ? subunit(t, at: j) : nil
        if currency == nil, sub.map({ $0.1 == j + 2 }) != true, let (code, end) = currencyAfter(t, at: j) {
            currency = code; j = end
        } else if currency == nil, let (code, end) = sub {
            currency = code; j = end
            result.low /= 100; result.high /= 100; result.raw /= 100
            result.inHundredths = true
        }
        if negative { result.low = -result.low; result.high = -result.high; result.raw = -result.raw; result.isYearLike = false }
        result.currency = currency
        if currency != nil { result.isYearLike = false }
        result.tokens = i..<j
        if !result.low.isFinite || !result.high.isFinite { result.overflows = true }
        return result
    }

    /// The words an amount may start with, as bits (`Token.id`): number words, vague scales, currency
    /// prefixes, abbreviations, signs and codes (lower-cased). With the few words `mayStart` names and any
    /// hyphenated word, they are every word `amount`, `articleAmount` or `compoundWord` can begin at.
    static func starts(_ lists: WordLists) -> WordBits {
        lists.derived("numbers.amountStarts") { lists in
            var words = Array(lists.numbers("numbers", "units").keys) + Array(lists.numbers("numbers", "tens").keys)
                + Array(lists.numbers("numbers", "vagueScales").keys)
                + Array(lists.table("currencies", "dollarPrefixes").keys) + Array(lists.table("currencies", "abbreviations").keys)
                + Array(lists.table("currencies", "letterSigns").keys)
            words += (Array(lists.table("currencies", "signs").keys) + Array(lists.words("currencies", "codes"))).map { $0.lowercased() }
            return WordBits(words)
        }
    }

    /// Whether an amount (or a time word or compound) may start at this token: false only for a word that
    /// `amount` would read no currency, vague amount, fraction or spelled number from.
    /// Cost: a bit test and, for a word outside `starts`, a few short comparisons.
    static func mayStart(_ token: Token, _ starts: WordBits) -> Bool {
        guard token.kind == .word, !starts.contains(token.id), !token.lower.hasByte(0x2D), !isCapitalTriple(token) else { return true }
        let w = token.lower
        switch w.utf8.first {  // the first letters of the words below
        case 0x61, 0x64, 0x66, 0x68, 0x6D, 0x73: break
        default: return false
        }
        return w == "a" || w == "an" || w == "half" || w == "many" || w == "several" || w == "few" || w == "dozen" || w == "minus"
    }

    /// A minus sign starting a number: "-12C", "−3.5%" (not the hyphen of "COVID-19" or of a range "10-15").
    static func isMinus(_ t: [Token], at k: Int) -> Bool {
        guard k + 1 < t.count, t[k].text == "-" || t[k].text == "−", t[k + 1].isNumber, !t[k + 1].spaceBefore else { return false }
        if k == 0 { return true }
        let prev = t[k - 1]
        if !t[k].spaceBefore { return ["(", "[", "$", "€", "£"].contains(prev.text) }
        // "from 5 - 10" is a range with spaces on both sides; "to -5" and "at -12" are negatives.
        return !prev.isNumber && !(prev.kind == .word && Lexicon.magnitudes[prev.lower] != nil)
            && !["%", ")"].contains(prev.text)
    }

    /// A capitalised ISO code: "CHF", "AUD"; "RMB" as CNY.
    static func currencyCode(_ token: Token) -> String? {
        guard token.isWord, token.text.count == 3, Lexicon.currencyCodes.contains(token.text) else { return nil }
        return Lexicon.codeAliases[token.text] ?? token.text
    }

    /// Three capitals that no list names, written before a sum as a code is: "AVK 250,000", "XDR 4 billion".
    /// Only before a figure written as money is (thousands grouped, or a magnitude word after it), and not
    /// after "the" or a capitalised word: "COP 28", "CAC 40", "NHS 111" and "the BBC 1,000" stay as they were.
    static func unlistedCode(_ t: [Token], at k: Int) -> String? {
        guard k + 1 < t.count, isCapitalTriple(t[k]), t[k + 1].isNumber, t[k + 1].spaceBefore else { return nil }
        if k > 0, t[k - 1].lower == "the" || (t[k - 1].isWord && t[k - 1].isCapitalized) { return nil }
        let figure = t[k + 1].text.utf8
        let grouped = figure.count >= 5 && figure.contains(0x2C)
        guard grouped || followedByMagnitude(t, k + 1) else { return nil }
        return t[k].text
    }

    /// One or two digits alone after a code, no magnitude after them: "COP 28", "the DAX 30" name a meeting or an
    /// index; a sum written with a code has more ("CHF 25,000", "USD 4 billion", "SEK 1.5").
    static func isNameNumber(_ t: [Token], at k: Int) -> Bool {
        t[k].isNumber && t[k].text.utf8.count <= 2 && !followedByMagnitude(t, k)
    }

    /// A word of exactly three ASCII capitals ("AVK"; not "Avk", "AVKs").
    static func isCapitalTriple(_ token: Token) -> Bool {
        let u = token.text.utf8
        return token.isWord && u.count == 3 && u.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// A currency written after a figure: a code ("3 billion NOK") or a name of one or more words
    /// ("25,000 Swiss francs"), the longest first.
    static func currencyAfter(_ t: [Token], at j: Int) -> (String, Int)? {
        guard j < t.count, t[j].isWord else { return nil }
        if let code = currencyCode(t[j]) { return (code, j + 1) }
        // A name starts with one of the names' first words: most words after a figure start none.
        let lists = WordLists.current
        guard afterFigureWords(lists).nameStarts.contains(t[j].lower) else { return nil }
        var n = min(lists.longestTerm("currencies", "names"), t.count - j)
        while n > 0 {
            if (j..<(j + n)).allSatisfy({ t[$0].isWord }) {
                let key = t[j..<(j + n)].map(\.lower).joined(separator: " ")
                if let code = Lexicon.currencyNames[key] { return (code, j + n) }
            }
            n -= 1
        }
        return nil
    }

    /// Hundredths of a currency after a figure: "25 cents", "143 pence", "143p", "50 euro cents".
    static func subunit(_ t: [Token], at j: Int) -> (String, Int)? {
        guard j < t.count, t[j].isWord else { return nil }
        // Every subunit, of one word or two, starts with one of their first words.
        let lists = WordLists.current
        guard afterFigureWords(lists).subunitStarts.contains(t[j].lower) else { return nil }
        let subunits = lists.table(Lists.currenciesSubunits)
        if j + 1 < t.count, let code = subunits[t[j].lower + " " + t[j + 1].lower] { return (code, j + 2) }
        guard let code = subunits[t[j].lower] else { return nil }
        if t[j].lower == "p" {
            // "143p" is pence; a "p" standing apart is not ("5 p.m." is one token).
            guard !t[j].spaceBefore else { return nil }
        }
        return (code, j + 1)
    }

    /// The first words of the currency names and of the subunits, made once per lexicon: the words a name
    /// or subunit after a figure can start with.
    struct AfterFigureWords: Sendable {
        var nameStarts: Set<String>
        var subunitStarts: Set<String>
    }

    static func afterFigureWords(_ lists: WordLists) -> AfterFigureWords {
        lists.derived("numbers.afterFigureWords") { lists in
            func firstWords(_ table: [String: String]) -> Set<String> {
                Set(table.keys.map { String($0.split(separator: " ", omittingEmptySubsequences: false).first ?? "") })
            }
            return AfterFigureWords(nameStarts: firstWords(lists.table(Lists.currenciesNames)),
                                    subunitStarts: firstWords(lists.table(Lists.currenciesSubunits)))
        }
    }

    /// Digits with thousands separators or a decimal point.
    static func digits(_ t: [Token], at k: Int) -> Amount? {
        // The separators are "'" and non-ASCII spaces and apostrophes: text without those bytes keeps every character.
        let written = t[k].text
        let text = written.utf8.contains(where: { $0 >= 0x80 || $0 == 0x27 || $0 == 0x20 })
            ? String(written.filter { $0 != " " && !Tokenizer.groupSeparators.contains($0) }) : written
        let commaGroups = text.split(separator: ",", omittingEmptySubsequences: false)
        var clean = text
        if commaGroups.count > 1 {
            // "3,45,000" and "1,20,00,000": Indian grouping, pairs of digits before the last three.
            let indian = commaGroups.count > 2 && commaGroups[0].count <= 2 && commaGroups.last!.count == 3
                && commaGroups.dropFirst().dropLast().allSatisfy { $0.count == 2 }
            guard indian || commaGroups.dropFirst().allSatisfy({ $0.count == 3 || $0.contains(".") }) else { return nil }
            clean = text.replacingAll(",", with: "")
        }
        let dotGroups = clean.split(separator: ".", omittingEmptySubsequences: false)
        if dotGroups.count > 2 {
            guard dotGroups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            clean = clean.replacingAll(".", with: "")
        } else if dotGroups.count == 2, dotGroups[1].count == 3, commaGroups.count == 1, dotGroups[0].count <= 3,
                  dotGroups[0] != "0", !followedByMagnitude(t, k) {
            // "30.000": a European thousands separator, unless a magnitude makes it a decimal.
            clean = clean.replacingAll(".", with: "")
        }
        guard var value = Double(clean) else { return nil }
        var end = k + 1
        // "1e309", "3e+12" and "10^400": written powers of ten.
        if end < t.count, !t[end].spaceBefore, t[end].isWord, t[end].lower.count > 1, t[end].lower.first == "e",
           let exponent = Double(t[end].lower.dropFirst()) {
            value = Double("\(clean)e\(Int(exponent))") ?? .infinity; end += 1
        } else if end + 2 < t.count, !t[end].spaceBefore, t[end].lower == "e", ["+", "-"].contains(t[end + 1].text), t[end + 2].isNumber,
                  !t[end + 2].spaceBefore, let exponent = Double(t[end + 2].text.filter { $0.isWordDigit }), exponent < 1000 {
            value = Double("\(clean)e\(t[end + 1].text)\(Int(exponent))") ?? .infinity; end += 3
        } else if end + 1 < t.count, t[end].text == "^", !t[end].spaceBefore, t[end + 1].isNumber, !t[end + 1].spaceBefore,
                  let exponent = Double(t[end + 1].text.filter { $0.isWordDigit }) {
            value = exponent > 400 ? .infinity : pow10(value, exponent); end += 2
        }
        var a = Amount(low: value, high: value, tokens: k..<end, raw: value)
        if end == k + 1 { a.literal = clean }
        if !value.isFinite { a.overflows = true }
        a.isYearLike = text.count == 4 && !text.contains(",") && !text.contains(".") && (1800...2100).contains(Int(value))
        a.leadingZero = text.count > 1 && text.first == "0" && !text.hasPrefix("0.")
        return a
    }

    private static func pow10(_ base: Double, _ exponent: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(exponent) { result *= base; if !result.isFinite { break } }
        return result
    }

    private static func followedByMagnitude(_ t: [Token], _ k: Int) -> Bool {
        k + 1 < t.count && Lexicon.magnitudes[t[k + 1].lower] != nil
    }

    /// "twenty-two", "three hundred", "a thousand", "one million", "a dozen", "two and a half million",
    /// "half a million", "a couple of hundred", "two hundred and twelve".
    static func words(_ t: [Token], at k: Int) -> Amount? {
        var total = 0.0, current = 0.0
        var j = k
        var any = false
        var lastWasScale = false
        var approx = false
        let scales: Set<String> = WordLists.current.words(Lists.numbersSpelledScales)
        func lower(_ n: Int) -> String { n < t.count ? t[n].lower : "" }
        while j < t.count, t[j].isWord {
            let w = t[j].lower
            // "a couple of hundred", "a couple of dozen"; "a couple of days" is two, roughly.
            if !any, w == "a", lower(j + 1) == "couple", lower(j + 2) == "of" {
                current = 2; any = true; approx = true; j += 3
                if !scales.contains(lower(j)) { break }
                continue
            }
            if w == "a" || w == "an" {
                guard !any, scales.contains(lower(j + 1)) else { break }
                current = 1; j += 1; continue
            }
            // "half a million", "half a dozen".
            if !any, w == "half", ["a", "an"].contains(lower(j + 1)), scales.contains(lower(j + 2)) {
                current = 0.5; any = true; j += 2; continue
            }
            // "two and a half million", "four and a half hours".
            if w == "and", any, !lastWasScale || current == 0, lower(j + 1) == "a", lower(j + 2) == "half", current.rounded() == current {
                if current == 0 { break }
                current += 0.5; j += 3; lastWasScale = false; continue
            }
            if w == "and", any, lastWasScale, j + 1 < t.count, wordValue(t[j + 1].lower) != nil { j += 1; continue }
            if w == "dozen" { current = (current == 0 ? 1 : current) * 12; any = true; lastWasScale = true; j += 1; continue }
            if w == "hundred" { guard any || current > 0 else { break }; current = max(current, 1) * 100; any = true; lastWasScale = true; j += 1; continue }
            if w == "thousand" || w == "million" || w == "billion" || w == "trillion" {
                guard any || current > 0 else { break }
                total += (current == 0 ? 1 : current) * (Lexicon.magnitudes[w] ?? 1); current = 0; any = true; lastWasScale = true; j += 1; continue
            }
            guard let v = wordValue(w) else { break }
            // "twenty five" but not "five twenty" or "seven eight".
            if any, !lastWasScale, !(current.truncatingRemainder(dividingBy: 10) == 0 && current >= 20 && v < 10) { break }
            current += v; any = true; lastWasScale = false; j += 1
        }
        guard any else { return nil }
        let value = total + current
        var a = Amount(low: value, high: value, tokens: k..<j, raw: value)
        a.isWords = true
        a.isApprox = approx
        // "three million": the scale word is the magnitude a range carries ("two to three million").
        if let scale = Lexicon.magnitudes[t[j - 1].lower], scale >= 1000, current == 0 {
            a.magnitude = scale; a.raw = value / scale
        }
        return a
    }

    /// The value of "seven", "forty" or "twenty-two".
    static func wordValue(_ w: String) -> Double? {
        if let v = Lexicon.units[w] ?? Lexicon.tens[w] { return v }
        guard w.hasByte(0x2D) else { return nil }  // no hyphen: not "twenty-five"
        let parts = w.split(separator: "-").map(String.init)
        guard parts.count == 2, let tens = Lexicon.tens[parts[0]], let unit = Lexicon.units[parts[1]], unit < 10 else { return nil }
        return tens + unit
    }

    /// Each fraction word's unit share: "third" and "thirds" are both 1/3.
    static var fractionWords: [String: Double] {
        WordLists.current.derived("numbers.fractionWords") { $0.integers("numbers", "fractionDenominators").mapValues { 1.0 / Double($0) } }
    }

    /// "half", "a third", "two-thirds", "three quarters".
    /// "One in five adults", "1 in 4 households", "nine in 10": a share, the first count over the second.
    static func oneIn(_ t: [Token], at k: Int) -> Amount? {
        // "hit #1 in ten countries": a rank, not a share.
        guard k + 2 < t.count, t[k + 1].lower == "in", t[k + 1].isWord, k == 0 || t[k - 1].text != "#" else { return nil }
        func count(_ token: Token) -> Double? {
            if token.isNumber { return token.text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } ? Double(token.text) : nil }
            return Lexicon.units[token.lower] ?? Lexicon.tens[token.lower]
        }
        guard let n = count(t[k]), let m = count(t[k + 2]), n >= 1, m > n, m <= 1000 else { return nil }
        // "one in 10 million", "two in 5,000-strong": the second count has more to it than a share has.
        if k + 3 < t.count, Lexicon.magnitudes[t[k + 3].lower] != nil || (!t[k + 3].spaceBefore && t[k + 3].isWord) { return nil }
        var a = Amount(low: n / m, high: n / m, tokens: k..<(k + 3), raw: n / m)
        a.isFraction = true
        return a
    }

    /// Words that may follow a share but not an ordinal's noun: "a third of", "a fifth more", "a third last year".
    static var sharePrepositions: Set<String> {
        WordLists.current.derived("numbers.sharePrepositions") { $0.words(Lists.stopWords).union($0.words(Lists.placesFunctionWords)) }
    }

    static func fraction(_ t: [Token], at k: Int) -> Amount? {
        let w = t[k].lower
        var value: Double?
        var end = k + 1
        let parts = w.hasByte(0x2D) ? w.split(separator: "-").map(String.init) : []  // only "two-thirds" is read
        if w == "half" {
            // "the first half", "the second half of the year": a part, not a share.
            if k > 0, Lexicon.ordinals.contains(t[k - 1].lower) { return nil }
            // "half a million" is a number; "half an hour" a duration.
            if k + 2 < t.count, ["a", "an"].contains(t[k + 1].lower),
               Lexicon.magnitudes[t[k + 2].lower] != nil || t[k + 2].lower == "dozen" || Lexicon.durationUnits[t[k + 2].lower] != nil {
                return nil
            }
            value = 0.5
        } else if parts.count == 2, let n = Lexicon.units[parts[0]], let f = fractionWords[parts[1]] {
            value = n * f
        } else if w == "a" || w == "an" || Lexicon.units[w].map({ $0 >= 1 && $0 < 10 }) == true, k + 1 < t.count,
                  let f = fractionWords[t[k + 1].lower], w != "one" || t[k + 1].lower.last != "s" {
            // "a third consecutive month", "a fifth term": an ordinal before its noun, not a share.
            if w == "a", Lexicon.ordinals.contains(t[k + 1].lower), k + 2 < t.count, t[k + 2].isWord,
               !t[k + 2].isCapitalized, !sharePrepositions.contains(t[k + 2].lower) {
                return nil
            }
            value = (Lexicon.units[w] ?? 1) * f
            end = k + 2
        }
        guard var value else { return nil }
        // "a quarter of a million", "three-quarters of a million litres", "a quarter million": a share of a
        // magnitude is a number.
        var scale: Double?
        if end + 2 < t.count, t[end].lower == "of", ["a", "an"].contains(t[end + 1].lower),
           let m = Lexicon.magnitudes[t[end + 2].lower] {
            scale = m; end += 3
        } else if w != "half", end < t.count, let m = Lexicon.magnitudes[t[end].lower] {
            scale = m; end += 1
        }
        if let scale {
            value *= scale
            var a = Amount(low: value, high: value, tokens: k..<end, raw: value / scale)
            a.isWords = true
            a.magnitude = scale
            return a
        }
        var a = Amount(low: value, high: value, tokens: k..<end, raw: value)
        a.isFraction = true
        return a
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let currenciesNames = ListName("currencies", "names")
    static let currenciesSubunits = ListName("currencies", "subunits")
    static let numbersSpelledScales = ListName("numbers", "spelledScales")
    static let stopWords = ListName("stopwords", "stopWords")
    static let placesFunctionWords = ListName("places", "functionWords")
}
