import Lexicon
/// Guesses a text's language from the share of each language's commonest words, and its script.
enum Language {
    static var english: Set<String> { WordLists.current.words(Lists.languagesEnglish) }

    /// Other languages, in the order they are tried, with their commonest words.
    static var others: [(code: String, words: Set<String>)] {
        WordLists.current.derived("languages.others") { lists in
            lists.sequence("languages", "order").map { (code: $0, words: lists.words("languages", $0)) }
        }
    }

    /// Result of detection: a two-letter code or "und", and how sure it is.
    struct Guess: Equatable {
        var code: String
        /// False when the text is too short to say.
        var confident: Bool
    }

    /// The language of a text. English needs a stop-word share typical of running prose.
    static func detect(_ text: String) -> Guess { detect(tokens: Words.tokens(text)) }

    /// The language of a text given its tokens (`Words.tokens`). Cost: one set look-up per token, and
    /// one per token and other language when English is not clear.
    static func detect(tokens words: [String]) -> Guess {
        guard words.count >= 25 else { return Guess(code: "en", confident: false) }
        let total = Double(words.count)
        let englishShare = Double(words.filter(english.contains).count) / total
        if englishShare >= 0.2 { return Guess(code: "en", confident: true) }
        var best: (code: String, share: Double) = ("und", 0)
        for (code, list) in others {
            let share = Double(words.filter(list.contains).count) / total
            if share > best.share { best = (code, share) }
        }
        if best.share >= 0.12, best.share > englishShare { return Guess(code: best.code, confident: true) }
        if englishShare >= 0.12 { return Guess(code: "en", confident: false) }
        return Guess(code: "und", confident: true)
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let languagesEnglish = ListName("languages", "english")
}
