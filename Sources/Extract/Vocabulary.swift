import Lexicon
/// The word lists the open-vocabulary measure reading needs (data in `Sources/Lexicon/en/measures.yml`).
enum Vocabulary {
    /// Words that never name what a figure counts: units of time and age, ratio and share words, function words.
    static var notMeasures: Set<String> { WordLists.current.words(Lists.measuresNotMeasures) }

    /// Verbs that may follow a bare count and are no counted noun ("41,000 took part", "45 died").
    static var verbs: Set<String> { WordLists.current.words(Lists.measuresVerbs) }

    /// Plurals no suffix rule reduces.
    static var irregularPlurals: [String: String] { WordLists.current.table(Lists.measuresIrregularPlurals) }

    /// Nouns ending in "s" that are singular or have no singular to reduce to.
    static var invariantNouns: Set<String> { WordLists.current.words(Lists.measuresInvariantNouns) }

    /// Nouns of change: after a modifier the modifier is what is measured ("a 9% pay rise" is a share of pay).
    static var changeNouns: Set<String> { WordLists.current.words(Lists.measuresChangeNouns) }

    /// Nouns that stand for a figure already given ("the authority says the figure is 4,500", "puts the
    /// number of displaced at 8,000"): the figure measures what the noun refers back to or names after "of".
    static var figureNouns: Set<String> { WordLists.current.words(Lists.measuresFigureNouns) }

    /// Adjectives that stand for people after "the number of" ("the number of dead", "of homeless").
    static var peopleAdjectives: Set<String> { WordLists.current.words(Lists.measuresPeopleAdjectives) }

    /// Nouns for people, singular ("worker", "resident"): a count of them is a count of people.
    static var personNouns: Set<String> { WordLists.current.words(Lists.measuresPersonNouns) }

    /// Prepositions before a name between a frame noun and its figure ("strength in Iraq at", "margin over Corvin Ashe at").
    static var namePrepositions: Set<String> { WordLists.current.words(Lists.measuresNamePrepositions) }

    /// Words after an amount that start a clause, not a counted noun ("the €58 million the company paid").
    static var clauseStarts: Set<String> { WordLists.current.words(Lists.measuresClauseStarts) }

    /// Words that join a second count to a first whose noun it leaves out ("… votes against 39,801").
    static var gapJoiners: Set<String> { WordLists.current.words(Lists.measuresGapJoiners) }

    /// Words that may follow a gapped count ("against 7,390 in 2021").
    static var gapFollowers: Set<String> { WordLists.current.words(Lists.measuresGapFollowers) }

    /// Comparatives after a percentage and their direction ("40% higher than" +1, "12% lower than" −1).
    static var percentComparatives: [String: Double] { WordLists.current.numbers(Lists.measuresPercentComparatives) }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let measuresChangeNouns = ListName("measures", "changeNouns")
    static let measuresClauseStarts = ListName("measures", "clauseStarts")
    static let measuresFigureNouns = ListName("measures", "figureNouns")
    static let measuresGapFollowers = ListName("measures", "gapFollowers")
    static let measuresGapJoiners = ListName("measures", "gapJoiners")
    static let measuresInvariantNouns = ListName("measures", "invariantNouns")
    static let measuresIrregularPlurals = ListName("measures", "irregularPlurals")
    static let measuresNamePrepositions = ListName("measures", "namePrepositions")
    static let measuresNotMeasures = ListName("measures", "notMeasures")
    static let measuresPeopleAdjectives = ListName("measures", "peopleAdjectives")
    static let measuresPersonNouns = ListName("measures", "personNouns")
    static let measuresPercentComparatives = ListName("measures", "percentComparatives")
    static let measuresVerbs = ListName("measures", "verbs")
}
