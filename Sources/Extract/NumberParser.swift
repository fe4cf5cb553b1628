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
}

/// Reads numbers written in digits or words at a token position.
enum NumberParser {
    /// The amount that starts at token `i`, if any.
    static func amount(_ t: [Token], at i: Int) -> Amount? {
        var k = i
        var currency: String?
        if k + 1 < t.count, let code = Lexicon.dollarPrefixes[t[k].lower], t[k + 1].text == "$", !t[k + 1].spaceBefore {
            currency = code; k += 2
        } else if let code = Lexicon.currencySigns[t[k].text] {
            currency = code; k += 1
        } else if Lexicon.currencyBefore.contains(t[k].lower), t[k].text != t[k].lower || t[k].lower == "rs",
                  k + 1 < t.count, t[k + 1].isNumber {
            currency = t[k].lower == "rs" ? "INR" : t[k].text.uppercased(); k += 1
            if k < t.count, t[k].text == "." { k += 1 }
        }
        guard k < t.count else { return nil }
        var result: Amount
        if t[k].isNumber {
            guard let parsed = digits(t, at: k) else { return nil }
            result = parsed
        } else if currency == nil, let vague = vague(t, at: k) {
            return vague
        } else if currency == nil, let fraction = fraction(t, at: k) {
            return fraction
        } else if let words = words(t, at: k) {
            result = words
        } else {
            return nil
        }
        result.tokens = i..<result.tokens.upperBound
        var j = result.tokens.upperBound
        if j < t.count, t[j].isWord, let factor = Lexicon.magnitudes[t[j].lower], result.magnitude == nil,
           !(Lexicon.attachedOnlyMagnitudes.contains(t[j].lower) && t[j].spaceBefore), factor >= 1000 || !result.isWords {
            guard (result.high * factor).isFinite else { return nil }
            result.magnitude = factor
            result.low *= factor; result.high *= factor
            result.isYearLike = false
            j += 1
        }
        if j < t.count, t[j].isWord, let code = Lexicon.currencyWords[t[j].lower], currency == nil {
            currency = code; j += 1
        }
        result.currency = currency
        if currency != nil { result.isYearLike = false }
        result.tokens = i..<j
        return result
    }

    /// Digits with thousands separators or a decimal point.
    static func digits(_ t: [Token], at k: Int) -> Amount? {
        let text = t[k].text
        let commaGroups = text.split(separator: ",", omittingEmptySubsequences: false)
        var clean = text
        if commaGroups.count > 1 {
            guard commaGroups.dropFirst().allSatisfy({ $0.count == 3 || $0.contains(".") }) else { return nil }
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
        // Digits beyond a Double's range are no figure anyone can check: left out, never infinity.
        guard let value = Double(clean), value.isFinite else { return nil }
        var a = Amount(low: value, high: value, tokens: k..<(k + 1), raw: value)
        a.isYearLike = text.count == 4 && !text.contains(",") && !text.contains(".") && (1800...2100).contains(Int(value))
        a.leadingZero = text.count > 1 && text.first == "0" && !text.hasPrefix("0.")
        return a
    }

    private static func followedByMagnitude(_ t: [Token], _ k: Int) -> Bool {
        k + 1 < t.count && Lexicon.magnitudes[t[k + 1].lower] != nil
    }

    /// "twenty-two", "three hundred", "a thousand", "one million", "a dozen".
    static func words(_ t: [Token], at k: Int) -> Amount? {
        var total = 0.0, current = 0.0
        var j = k
        var any = false
        var lastWasScale = false
        while j < t.count, t[j].isWord {
            let w = t[j].lower
            if w == "a" || w == "an" {
                guard !any, j + 1 < t.count, ["hundred", "thousand", "million", "billion", "dozen"].contains(t[j + 1].lower) else { break }
                current = 1; j += 1; continue
            }
            if w == "and", any, lastWasScale, j + 1 < t.count, wordValue(t[j + 1].lower) != nil { j += 1; continue }
            if w == "dozen" { current = max(current, 1) * 12; any = true; lastWasScale = true; j += 1; continue }
            if w == "hundred" { guard any || current > 0 else { break }; current = max(current, 1) * 100; any = true; lastWasScale = true; j += 1; continue }
            if ["thousand", "million", "billion", "trillion"].contains(w) {
                guard any || current > 0 else { break }
                total += max(current, 1) * (Lexicon.magnitudes[w] ?? 1); current = 0; any = true; lastWasScale = true; j += 1; continue
            }
            guard let v = wordValue(w) else { break }
            current += v; any = true; lastWasScale = false; j += 1
        }
        guard any else { return nil }
        let value = total + current
        var a = Amount(low: value, high: value, tokens: k..<j, raw: value)
        a.isWords = true
        // "three million": the scale word is the magnitude a range carries ("two to three million").
        if let scale = Lexicon.magnitudes[t[j - 1].lower], scale >= 1000, current == 0 {
            a.magnitude = scale; a.raw = value / scale
        }
        return a
    }

    /// The value of "seven", "forty" or "twenty-two".
    static func wordValue(_ w: String) -> Double? {
        if let v = Lexicon.units[w] ?? Lexicon.tens[w] { return v }
        let parts = w.split(separator: "-").map(String.init)
        guard parts.count == 2, let tens = Lexicon.tens[parts[0]], let unit = Lexicon.units[parts[1]], unit < 10 else { return nil }
        return tens + unit
    }

    /// Each fraction word's unit share: "third" and "thirds" are both 1/3.
    static let fractionWords: [String: Double] = [
        "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2, "fifths": 0.2,
        "tenth": 0.1, "tenths": 0.1,
    ]

    /// "half", "a third", "two-thirds", "three quarters".
    static func fraction(_ t: [Token], at k: Int) -> Amount? {
        let w = t[k].lower
        var value: Double?
        var end = k + 1
        let parts = w.split(separator: "-").map(String.init)
        if w == "half" {
            value = 0.5
        } else if parts.count == 2, let n = Lexicon.units[parts[0]], let f = fractionWords[parts[1]] {
            value = n * f
        } else if ["a", "one", "two", "three"].contains(w), k + 1 < t.count, let f = fractionWords[t[k + 1].lower] {
            value = (w == "two" ? 2.0 : w == "three" ? 3.0 : 1.0) * f
            end = k + 2
        }
        guard let value else { return nil }
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
