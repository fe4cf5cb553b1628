/// Decodes HTML character references as HTML5 does in text: every named reference of the WHATWG list
/// (the longest name that matches, so "&notit;" is "¬it;"), and numeric ones, with zero, surrogates
/// and values beyond Unicode replaced by U+FFFD and C1 controls read as Windows-1252.
enum HTMLEntities {
    /// Name (with its ";" where it has one) → replacement text, parsed once from the generated table.
    static let named: [String: String] = {
        var table: [String: String] = [:]
        for line in namedTable.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else { continue }
            let scalars = parts[1].split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
            table[String(parts[0])] = String(String.UnicodeScalarView(scalars))
        }
        return table
    }()

    /// Numeric references 0x80–0x9F → the character Windows-1252 puts there.
    static let c1: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        for line in c1Table.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            if parts.count == 2, let code = UInt32(parts[0], radix: 16), let value = UInt32(parts[1], radix: 16),
               let scalar = Unicode.Scalar(value) {
                table[code] = scalar
            }
        }
        return table
    }()

    /// The longest name in the table ("CounterClockwiseContourIntegral;").
    static let longestName = named.keys.map(\.count).max() ?? 32

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var chars = Substring(text)
        while let amp = chars.firstIndex(of: "&") {
            result += chars[..<amp]
            let rest = chars[chars.index(after: amp)...]
            if let (replacement, length) = rest.first == "#" ? numeric(rest) : namedReference(rest) {
                result += replacement
                chars = rest.dropFirst(length)
            } else {
                result.append("&")
                chars = rest
            }
        }
        result += chars
        return result
    }

    /// "#38;", "#x26", "#1114112;" after the ampersand: the text and how many characters it used.
    private static func numeric(_ rest: Substring) -> (String, Int)? {
        var body = rest.dropFirst()
        var consumed = 1
        var radix: UInt32 = 10
        if let x = body.first, x == "x" || x == "X" {
            radix = 16; body = body.dropFirst(); consumed += 1
        }
        var value: UInt32 = 0
        var digits = 0
        for ch in body {
            guard let digit = ch.hexDigitValue, UInt32(digit) < radix else { break }
            // Saturate: any value past Unicode's last code point is replaced the same way.
            value = min(value * radix + UInt32(digit), 0x11_0000)
            digits += 1
        }
        guard digits > 0 else { return nil }
        consumed += digits
        if body.dropFirst(digits).first == ";" { consumed += 1 }
        let scalar: Unicode.Scalar
        if let mapped = c1[value] {
            scalar = mapped
        } else if value == 0 || value > 0x10_FFFF || (0xD800...0xDFFF).contains(value) {
            scalar = "\u{FFFD}"
        } else {
            scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        return (String(scalar), consumed)
    }

    /// The longest known name at the start of `rest`, with its ";" when it has one.
    private static func namedReference(_ rest: Substring) -> (String, Int)? {
        var candidate = ""
        for ch in rest.prefix(longestName) {
            guard ch.isASCII, ch.isLetter || ch.isNumber || ch == ";" else { break }
            candidate.append(ch)
            if ch == ";" { break }
        }
        while !candidate.isEmpty {
            if let known = named[candidate] { return (known, candidate.count) }
            candidate.removeLast()
        }
        return nil
    }
}
