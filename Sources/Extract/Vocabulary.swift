import Lexicon
/// The word lists the open-vocabulary measure reading needs (data in `Sources/Lexicon/en/measures.yml`).
enum Vocabulary {
    /// Words that never name what a figure counts: units of time and age, ratio and share words, function words.
    static var notMeasures: Set<String> { WordLists.current.words("measures", "notMeasures") }

    /// Verbs that may follow a bare count and are no counted noun ("41,000 took part", "45 died").
    static var verbs: Set<String> { WordLists.current.words("measures", "verbs") }

    /// Plurals no suffix rule reduces.
    static var irregularPlurals: [String: String] { WordLists.current.table("measures", "irregularPlurals") }

    /// Nouns ending in "s" that are singular or have no singular to reduce to.
    static var invariantNouns: Set<String> { WordLists.current.words("measures", "invariantNouns") }
}
