/// Word-level helpers shared by the heuristics: tokens, stop words, normalised keys.
enum Words {
    /// Lower-cased word tokens (letters, digits, apostrophes inside words).
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for ch in text.lowercased() {
            if ch.isWordLetter || ch.isWordDigit || ((ch == "'" || ch == "’") && !current.isEmpty) {
                current.append(ch == "’" ? "'" : ch)
            } else if !current.isEmpty {
                result.append(current.trimming("'"))
                current = ""
            }
        }
        if !current.isEmpty { result.append(current.trimming("'")) }
        return result.filter { !$0.isEmpty }
    }

    /// Whitespace-separated words as printed.
    static func count(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isSpace }).count
    }

    /// Share of tokens that are English stop words.
    static func stopWordDensity(_ text: String) -> Double {
        let words = tokens(text)
        guard !words.isEmpty else { return 0 }
        let english = Language.english
        return Double(words.filter { english.contains($0) }.count) / Double(words.count)
    }

    /// A key for comparing lines: lower case letters and digits, single spaces.
    static func key(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    /// Content words: tokens that are not stop words and not bare numbers.
    static func content(_ text: String) -> [String] {
        let english = Language.english
        return tokens(text).filter { $0.count > 2 && !english.contains($0) && !$0.allSatisfy(\.isWordDigit) }
    }

    /// Whether a line ends like a sentence (full stop, question or exclamation mark, maybe inside quotes).
    static func endsLikeSentence(_ text: String) -> Bool {
        var trimmed = Substring(text.trimmingWhitespace())
        while let last = trimmed.last, "\"”’')]»".contains(last) { trimmed = trimmed.dropLast() }
        guard let last = trimmed.last else { return false }
        return ".!?…".contains(last)
    }
}

extension StringProtocol {
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
