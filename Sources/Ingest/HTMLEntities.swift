/// Decodes HTML character references: the common named ones and every numeric one.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "–",
        "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "sbquo": "‚", "bdquo": "„",
        "hellip": "…", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "copy": "©", "reg": "®",
        "trade": "™", "deg": "°", "middot": "·", "bull": "•", "euro": "€", "pound": "£", "yen": "¥",
        "cent": "¢", "sect": "§", "para": "¶", "times": "×", "divide": "÷", "plusmn": "±", "frac12": "½",
        "frac14": "¼", "frac34": "¾", "shy": "\u{00AD}", "thinsp": "\u{2009}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "aacute": "á", "agrave": "à", "acirc": "â",
        "auml": "ä", "atilde": "ã", "aring": "å", "ccedil": "ç", "iacute": "í", "igrave": "ì", "icirc": "î",
        "iuml": "ï", "oacute": "ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö", "otilde": "õ", "oslash": "ø",
        "uacute": "ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "ntilde": "ñ", "szlig": "ß", "yacute": "ý",
        "Eacute": "É", "Aacute": "Á", "Ouml": "Ö", "Uuml": "Ü", "Auml": "Ä", "Ccedil": "Ç", "Ntilde": "Ñ",
        "prime": "′", "Prime": "″", "minus": "−", "iexcl": "¡", "iquest": "¿",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var chars = Substring(text)
        while let amp = chars.firstIndex(of: "&") {
            result += chars[..<amp]
            let rest = chars[chars.index(after: amp)...]
            let name = rest.prefix(while: { $0.isWordLetter || $0.isWordDigit || $0 == "#" }).prefix(32)
            var consumed = name.count
            var replacement: String?
            if name.hasPrefix("#") {
                let digits = name.dropFirst()
                let value = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                if let value {
                    let scalar = value == 0 ? nil : Unicode.Scalar(value)
                    replacement = String(scalar ?? "\u{FFFD}")
                }
            } else if let known = named[String(name)] {
                replacement = known
            }
            guard let replacement else {
                result.append("&")
                chars = rest
                continue
            }
            if rest.dropFirst(consumed).first == ";" { consumed += 1 }
            result += replacement
            chars = rest.dropFirst(consumed)
        }
        result += chars
        return result
    }
}
