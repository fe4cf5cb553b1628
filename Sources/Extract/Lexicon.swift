/// Closed word lists of English news text: number words, magnitudes, currencies, calendar words.
enum Lexicon {
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// Words that multiply the number before them ("25 million", "€4.34bn").
    static let magnitudes: [String: Double] = [
        "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
        "lakh": 1e5, "crore": 1e7,
    ]
    /// Magnitude words that must be attached to the digits ("5m", "2bn") or they mean something else.
    static let attachedOnlyMagnitudes: Set<String> = ["k", "m", "b"]

    /// Currency signs written before a figure.
    static let currencySigns: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₺": "TRY"]
    /// Prefixes joined to "$": "US$", "A$", "C$".
    static let dollarPrefixes: [String: String] = ["us": "USD", "a": "AUD", "c": "CAD", "hk": "HKD", "nz": "NZD", "s": "SGD"]
    /// Currency codes and names written before or after a figure.
    static let currencyWords: [String: String] = [
        "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "inr": "INR", "chf": "CHF",
        "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "sterling": "GBP",
        "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rubles": "RUB", "roubles": "RUB",
        "francs": "CHF", "dinars": "IQD", "riyals": "SAR", "lira": "TRY", "liras": "TRY", "naira": "NGN", "rand": "ZAR",
    ]
    /// Currency words that may only follow a figure (prefix "pounds 5" is odd; "rand" is a name).
    static let currencyBefore: Set<String> = ["usd", "eur", "gbp", "jpy", "cny", "inr", "chf", "rs"]

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]
    /// Weekday names, Sunday = 0.
    static let weekdays: [String: Int] = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]

    /// Periods of a rate, by the word after "per" / "a" / "each".
    static let periods: [String: String] = [
        "day": "day", "week": "week", "month": "month", "year": "year", "annum": "year", "quarter": "quarter", "hour": "hour",
    ]
    /// One-word rate adverbs.
    static let periodAdverbs: [String: String] = [
        "daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year", "quarterly": "quarter",
    ]

    /// Words that end a noun phrase after a figure.
    static let phraseStops: Set<String> = [
        "in", "on", "at", "from", "to", "with", "by", "for", "across", "into", "during", "since", "as", "than",
        "and", "or", "but", "that", "which", "who", "whom", "were", "was", "are", "is", "be", "been", "have", "has",
        "had", "will", "would", "could", "may", "might", "per", "a", "an", "each", "every", "while", "after",
        "before", "between", "against", "near", "over", "under", "about", "around", "including", "if", "when",
        "remain", "remained", "remains", "still", "not", "ago", "earlier", "later",
    ]
    /// Determiners and possessives skipped before a counted noun ("5,000 of its fighters").
    static let determiners: Set<String> = ["of", "the", "its", "their", "his", "her", "our", "these", "those", "such"]
    /// Words that never head a counted noun phrase.
    static let notNouns: Set<String> = ["percent", "cent", "times", "per", "of", "the", "a", "an", "more", "less", "fewer", "or", "so"]

    /// Words marking a sentence about the future, where weekdays and months point forward.
    static let futureMarkers: Set<String> = ["will", "shall", "upcoming", "next", "scheduled", "tomorrow", "'ll", "’ll"]
}
