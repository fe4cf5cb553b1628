import Lexicon
extension NumberParser {
    /// Plural scale words and their unit: "thousands" → 1,000.
    static var vagueScales: [String: Double] { WordLists.current.numbers(Lists.numbersVagueScales) }
    static var scaleSingular: [String: Double] { WordLists.current.numbers(Lists.numbersScaleSingular) }
    /// Fraction signs written against digits: "4½".
    static var vulgarFractions: [String: Double] { WordLists.current.numbers(ListName("numbers", "vulgarFractions")) }

    /// Vague amounts as wide intervals: "dozens", "hundreds", "many thousands", "tens of thousands", "a few hundred".
    static func vague(_ t: [Token], at k: Int) -> Amount? {
        var j = k
        var modifier: String?
        if ["many", "several", "few"].contains(t[j].lower) {
            modifier = t[j].lower; j += 1
        } else if t[j].lower == "a", j + 1 < t.count, t[j + 1].lower == "few" {
            modifier = "few"; j += 2
        } else if t[j].lower == "a", j + 2 < t.count, t[j + 1].lower == "handful", t[j + 2].lower == "of" {
            return make(2, 5, k, j + 2)
        }
        guard j < t.count else { return nil }
        let w = t[j].lower
        if let unit = vagueScales[w] {
            if w == "scores" || w == "tens" {
                guard j + 1 < t.count, t[j + 1].lower == "of" else { return nil }
            }
            var scale = unit
            var end = j + 1
            // "tens of thousands", "hundreds of millions".
            if end + 1 < t.count, t[end].lower == "of", let outer = vagueScales[t[end + 1].lower], outer >= 1000, outer > unit {
                scale = unit * outer; end += 2
            } else if w == "tens" {
                // "Tens of people were injured": tens of a plain noun are twenty to ninety-nine.
                guard modifier == nil, end + 1 < t.count, t[end + 1].isWord, !t[end + 1].isCapitalized else { return nil }
                return make(20, 99, k, end)
            }
            switch modifier {
            case "many": return make(5 * scale, 99 * scale, k, end)
            case "several": return make(3 * scale, 9 * scale, k, end)
            case "few": return make(2 * scale, 5 * scale, k, end)
            default:
                return make(2 * scale, w == "dozens" ? 99 : 10 * scale - 1, k, end)
            }
        }
        // "Several people were taken to hospital", "a few residents": a vague count of people, the noun left to count.
        if let modifier, modifier != "many", j > k, w == "people" || Vocabulary.personNouns.contains(OpenMeasure.lemma(w)) {
            return modifier == "several" ? make(3, 9, k, j) : make(2, 5, k, j)
        }
        if let modifier, modifier != "many", var unit = scaleSingular[w] {
            var end = j + 1
            // "several hundred thousand people", "a few hundred million dollars".
            if end < t.count, let outer = scaleSingular[t[end].lower], outer >= 1000, outer > unit { unit *= outer; end += 1 }
            let (lo, hi) = modifier == "several" ? (3 * unit, 9 * unit) : (2 * unit, 5 * unit)
            return make(lo, hi, k, end)
        }
        return nil
    }

    private static func make(_ low: Double, _ high: Double, _ start: Int, _ end: Int) -> Amount {
        var a = Amount(low: low, high: high, tokens: start..<end, raw: low)
        a.isVague = true
        return a
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let numbersScaleSingular = ListName("numbers", "scaleSingular")
    static let numbersVagueScales = ListName("numbers", "vagueScales")
}
