import Lexicon
/// Reduces a word to a crude stem so a cue and its simple inflections compare equal
/// ("kill", "killed", "killing", "kills" → "kil"; "displace", "displaced" → "displac"; "die", "died", "dying" → "di").
/// Suffix rules only, applied the same way to configured words and to text, so no per-word list is needed
/// beyond the few suppletive forms English has for dying ("dead", "death").
enum Inflection {
    /// Forms no suffix rule relates to their verb.
    static var suppletive: [String: String] { WordLists.current.table(Lists.inflectionSuppletive) }

    /// The stem of a lower-case word.
    static func stem(_ word: String) -> String {
        var s = suppletive[word] ?? word
        guard s.count > 3, s.allSatisfy(\.isLetter) else { return trim(s) }
        if s.hasSuffix("ies"), s.count > 4 { s = String(s.dropLast(3)) + "y" }
        else if s.hasSuffix("ying"), s.count <= 5 { s = String(s.dropLast(4)) + "ie" }   // dying, lying, tying
        else if s.hasSuffix("ing"), s.count > 5 { s = String(s.dropLast(3)) }
        else if s.hasSuffix("ied"), s.count > 5 { s = String(s.dropLast(3)) + "y" }      // carried
        else if s.hasSuffix("ed") { s = String(s.dropLast(2)) }
        else if s.hasSuffix("s"), !s.hasSuffix("ss"), !s.hasSuffix("us"), !s.hasSuffix("is") { s = String(s.dropLast()) }
        return trim(s)
    }

    /// Drops a final silent "e" and one of a doubled final consonant, so "injure"/"injur" and "kill"/"kill" meet.
    private static func trim(_ word: String) -> String {
        var s = word
        if s.count > 2, s.hasSuffix("e") { s.removeLast() }
        if s.count > 2, let last = s.last, !"aeiou".contains(last), s.dropLast().last == last { s.removeLast() }
        return s
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let inflectionSuppletive = ListName("inflection", "suppletive")
}
