import Foundation
import Model

/// Plain-English wording of figures and statuses, shared by every page and export.
public enum Wording {
    /// "says" or "say" after a party's name: a plural common noun ("the organisers", "health officials") and the police
    /// take "say"; a proper name takes "says", also when it ends in s ("Open Waters", "United Nations").
    static func says(_ party: String) -> String {
        guard let last = party.split(separator: " ").last else { return "says" }
        let word = String(last)
        if word.lowercased() == "police" { return "say" }
        let isCommonPlural = word.first?.isLowercase == true && word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
        return isCommonPlural ? "say" : "says"
    }

    /// "7,000", "2.5", "25 million" (for money), with thousands separators.
    public static func number(_ value: Double, money: Bool = false) -> String {
        // Beyond 10^15 a Double no longer holds every integer and Int64 ends at 9.2 × 10^18: absurd
        // figures are still claims, written in scientific notation rather than trapping.
        guard value.isFinite, abs(value) < 1e15 else { return scientific(value) }
        if money {
            for (size, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] where abs(value) >= size {
                return trimmed(value / size) + " " + word
            }
        }
        if value.rounded() != value { return trimmed(value) }
        let digits = String(Int64(abs(value)))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (value < 0 ? "-" : "") + out
    }

    private static func trimmed(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return scientific(value) }
        let rounded = (value * 100).rounded() / 100
        if rounded.rounded() == rounded { return String(Int64(rounded)) }
        var text = String(rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// "9.2 × 10^18": three significant digits and a power of ten, for figures too large to group.
    static func scientific(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "an unknown number" : value < 0 ? "minus infinity" : "infinity" }
        guard value != 0 else { return "0" }
        var exponent = Int(log10(abs(value)).rounded(.down))
        var mantissa = abs(value) / pow(10, Double(exponent))
        mantissa = (mantissa * 100).rounded() / 100
        if mantissa >= 10 { mantissa /= 10; exponent += 1 }
        var text = String(mantissa)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return (value < 0 ? "-" : "") + text + " × 10^" + String(exponent)
    }

    /// A figure in words: "up to 500", "400 to 500", "$25 million to $50 million a month".
    public static func quantity(_ q: Quantity) -> String {
        let money = currencySymbol(q.unit) != nil || q.isMoney
        func amount(_ value: Double) -> String {
            let n = number(value, money: money)
            guard money else {
                if q.unit == Quantity.percentagePoints { return n + (value == 1 ? " percentage point" : " percentage points") }
                return q.unit == "percent" ? n + "%" : n
            }
            if let symbol = currencySymbol(q.unit) { return symbol + n }
            return n + " " + (q.unit ?? "")
        }
        var text: String
        switch (q.low, q.high) {
        case let (low?, high?) where low == high:
            text = amount(low)
        case let (low?, high?):
            text = amount(low) + " to " + amount(high)
        case let (nil, high?):
            // "fewer than 3,000" people, "less than $2 million", "less than 0.5" times.
            let below = q.unit == nil || q.unit == "people" ? "fewer than " : "less than "
            text = (q.qualifier == .notExceeding ? "no more than " : q.highInclusive ? "up to " : below) + amount(high)
        case let (low?, nil):
            text = (q.lowInclusive ? "at least " : "more than ") + amount(low)
        case (nil, nil):
            text = "an unknown number"
        }
        switch q.qualifier {
        case .approx where q.low != nil && q.high != nil: text = "about " + text
        case .vague: text = "a vague number (" + text + ")"
        default: break
        }
        if let per = q.per { text += " a \(per)" }
        return text
    }

    /// "$", "€", "£" for known currency codes.
    public static func currencySymbol(_ unit: String?) -> String? {
        switch unit {
        case "USD": "$"
        case "EUR": "€"
        case "GBP": "£"
        case "JPY": "¥"
        default: nil
        }
    }

    /// "4 outlets, 1 origin".
    public static func outletsAndOrigins(outlets: Int, origins: Int) -> String {
        "\(outlets) \(outlets == 1 ? "outlet" : "outlets"), \(origins) independent \(origins == 1 ? "origin" : "origins")"
    }

    /// "Iraq and Syria", "Iraq, Syria and Iran".
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// A date with its precision and whether it was inferred: "12 March 2023 (inferred)".
    public static func date(_ date: EventDate) -> String {
        date.display + (date.inferred ? " (inferred)" : "")
    }
}

extension Wording {
    /// A ratio in words: "6.0 times", "1.4 times".
    static func ratio(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        guard rounded.isFinite, abs(rounded) < 1e15 else { return "many times" }
        return (rounded == rounded.rounded() ? String(Int64(rounded)) : String(rounded)) + " times"
    }

    /// "1 proposition", "23 propositions": a count with its noun in the number it needs.
    static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? noun : plural ?? noun + "s")
    }
}
