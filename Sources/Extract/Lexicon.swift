import Lexicon
/// The word lists extraction reads, by name: number words, magnitudes, currencies, calendar words. The words
/// are data (`Sources/Lexicon/en/*.yml`, plus a project's `lexicon:` additions).
enum Lexicon {
    static var units: [String: Double] { WordLists.current.numbers(Lists.numbersUnits) }
    static var tens: [String: Double] { WordLists.current.numbers(Lists.numbersTens) }
    /// Words that multiply the number before them ("25 million", "€4.34bn").
    static var magnitudes: [String: Double] { WordLists.current.numbers(Lists.numbersMagnitudes) }
    /// Magnitude words that must be attached to the digits ("5m", "2bn") or they mean something else.
    static var attachedOnlyMagnitudes: Set<String> { WordLists.current.words(Lists.numbersAttachedOnlyMagnitudes) }

    /// Currency signs written before a figure.
    static var currencySigns: [String: String] { WordLists.current.table(Lists.currenciesSigns) }
    /// Prefixes joined to "$": "US$", "AU$", "C$", "HK$", "R$".
    static var dollarPrefixes: [String: String] { WordLists.current.table(Lists.currenciesDollarPrefixes) }
    /// ISO 4217 codes read when written in capitals before or after a figure ("CHF 25,000", "3 billion NOK").
    static var currencyCodes: Set<String> { WordLists.current.words(Lists.currenciesCodes) }
    /// Codes whose ISO form differs from the letters written ("RMB 5 billion" is CNY).
    static var codeAliases: [String: String] { WordLists.current.table(Lists.currenciesCodeAliases) }
    /// Currency names written after a figure, one word or several, lowercased ("25,000 Swiss francs").
    static var currencyNames: [String: String] { WordLists.current.table(Lists.currenciesNames) }
    /// The longest currency name, in words.
    static var currencyNameWords: Int { WordLists.current.longestTerm("currencies", "names") }
    /// Currency words that may only follow a figure (prefix "pounds 5" is odd; "rand" is a name).
    static var currencyBefore: Set<String> { WordLists.current.words(Lists.currenciesWrittenBefore) }
    /// Written before a figure, lower case: "Rs 500", "Rs. 500", "Rp 5,000".
    static var currencyAbbreviations: [String: String] { WordLists.current.table(Lists.currenciesAbbreviations) }
    /// Capital letters joined to a figure, lower case here: "R2.3bn" (ZAR), "Rs4.5 crore" (INR).
    static var letterSigns: [String: String] { WordLists.current.table(Lists.currenciesLetterSigns) }
    /// Hundredths of a currency, written after a figure: "25 cents" (0.25 USD), "143 pence" (1.43 GBP), "143p".
    static var subunits: [String: String] { WordLists.current.table(Lists.currenciesSubunits) }

    static var months: [String: Int] { WordLists.current.integers(Lists.calendarMonths) }
    /// Weekday names, Sunday = 0.
    static var weekdays: [String: Int] { WordLists.current.integers(Lists.calendarWeekdays) }

    /// Periods of a rate, by the word after "per" / "a" / "each"; "a share" is the unit of a dividend or price.
    static var periods: [String: String] { WordLists.current.table(Lists.durationsPeriods) }

    /// Units of time a duration is counted in, by every spelling, to the unit reported.
    static var durationUnits: [String: String] { WordLists.current.table(Lists.durationsDurationUnits) }
    /// Duration units that must be spelled out to count ("5h" is an hour; a lone "h" or "min" may be anything).
    static var attachedOnlyDurations: Set<String> { WordLists.current.words(Lists.durationsAttachedOnlyDurations) }
    /// Words of an age after a count of years: "42-year-old", "seven years old", "a 3-month-old baby".
    static var ageWords: Set<String> { WordLists.current.words(Lists.agesAgeWords) }
    /// Words that introduce an age: "aged 45", "age 7", "ages 18 to 24".
    static var agePrefixes: Set<String> { WordLists.current.words(Lists.agesAgePrefixes) }
    /// Verbs after which a bare figure closing its clause is an age: "who is 71", "she turned 40".
    static var ageVerbs: Set<String> { WordLists.current.words(Lists.agesAgeVerbs) }
    /// Subjects of those verbs ("who is 71", "she was 19").
    static var ageSubjects: Set<String> { WordLists.current.words(Lists.agesAgeSubjects) }

    /// People an age may follow in apposition: "the suspect, 28, appeared"; names count too.
    static var personNouns: Set<String> { WordLists.current.words(Lists.agesPersonNouns) }
    /// Sentence-opening words after which ", 25," is a count, not an age.
    static var notNames: Set<String> { WordLists.current.words(Lists.agesNotNames) }

    /// Ordinal words: "first half" and "second quarter" are parts, not shares.
    static var ordinals: Set<String> { WordLists.current.words(Lists.exclusionsOrdinals) }
    /// Words after a figure that make it a sports score ("a 3-2 win").
    static var scoreNouns: Set<String> { WordLists.current.words(Lists.exclusionsScoreNouns) }
    /// Words before a figure that make it a sports score ("beat United 3-2", "won 2-1").
    static var scoreVerbs: Set<String> { WordLists.current.words(Lists.exclusionsScoreVerbs) }
    /// Capitalised words that, with a full stop, number a thing: "No. 9", "Nos. 3 and 4", "Vol. 2".
    static var numberAbbreviations: Set<String> { WordLists.current.words(Lists.exclusionsNumberAbbreviations) }
    /// Phone words before a number.
    static var phoneWords: Set<String> { WordLists.current.words(Lists.exclusionsPhoneWords) }
    /// One-word rate adverbs.
    static var periodAdverbs: [String: String] { WordLists.current.table(Lists.durationsPeriodAdverbs) }

    /// Words that end a noun phrase after a figure.
    static var phraseStops: Set<String> { WordLists.current.words(Lists.phrasesPhraseStops) }
    /// Determiners and possessives skipped before a counted noun ("5,000 of its fighters").
    static var determiners: Set<String> { WordLists.current.words(Lists.phrasesDeterminers) }
    /// Words that never head a counted noun phrase.
    static var notNouns: Set<String> { WordLists.current.words(Lists.phrasesNotNouns) }

    /// Words marking a sentence about the future, where weekdays and months point forward.
    static var futureMarkers: Set<String> { WordLists.current.words(Lists.calendarFutureMarkers) }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let agesAgePrefixes = ListName("ages", "agePrefixes")
    static let agesAgeSubjects = ListName("ages", "ageSubjects")
    static let agesAgeVerbs = ListName("ages", "ageVerbs")
    static let agesAgeWords = ListName("ages", "ageWords")
    static let agesNotNames = ListName("ages", "notNames")
    static let agesPersonNouns = ListName("ages", "personNouns")
    static let calendarFutureMarkers = ListName("calendar", "futureMarkers")
    static let calendarMonths = ListName("calendar", "months")
    static let calendarWeekdays = ListName("calendar", "weekdays")
    static let currenciesAbbreviations = ListName("currencies", "abbreviations")
    static let currenciesLetterSigns = ListName("currencies", "letterSigns")
    static let currenciesCodeAliases = ListName("currencies", "codeAliases")
    static let currenciesCodes = ListName("currencies", "codes")
    static let currenciesDollarPrefixes = ListName("currencies", "dollarPrefixes")
    static let currenciesNames = ListName("currencies", "names")
    static let currenciesSigns = ListName("currencies", "signs")
    static let currenciesSubunits = ListName("currencies", "subunits")
    static let currenciesWrittenBefore = ListName("currencies", "writtenBefore")
    static let durationsAttachedOnlyDurations = ListName("durations", "attachedOnlyDurations")
    static let durationsDurationUnits = ListName("durations", "durationUnits")
    static let durationsPeriodAdverbs = ListName("durations", "periodAdverbs")
    static let durationsPeriods = ListName("durations", "periods")
    static let exclusionsNumberAbbreviations = ListName("exclusions", "numberAbbreviations")
    static let exclusionsOrdinals = ListName("exclusions", "ordinals")
    static let exclusionsPhoneWords = ListName("exclusions", "phoneWords")
    static let exclusionsScoreNouns = ListName("exclusions", "scoreNouns")
    static let exclusionsScoreVerbs = ListName("exclusions", "scoreVerbs")
    static let numbersAttachedOnlyMagnitudes = ListName("numbers", "attachedOnlyMagnitudes")
    static let numbersMagnitudes = ListName("numbers", "magnitudes")
    static let numbersTens = ListName("numbers", "tens")
    static let numbersUnits = ListName("numbers", "units")
    static let phrasesDeterminers = ListName("phrases", "determiners")
    static let phrasesNotNouns = ListName("phrases", "notNouns")
    static let phrasesPhraseStops = ListName("phrases", "phraseStops")
}
