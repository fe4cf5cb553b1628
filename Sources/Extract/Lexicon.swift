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
    static let currencySigns: [String: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₺": "TRY", "₩": "KRW", "₱": "PHP",
        "₦": "NGN", "₴": "UAH", "₪": "ILS", "฿": "THB", "₫": "VND", "₨": "PKR", "₵": "GHS", "₸": "KZT", "₾": "GEL",
    ]
    /// Prefixes joined to "$": "US$", "AU$", "C$", "HK$", "R$".
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "can": "CAD", "hk": "HKD", "nz": "NZD",
        "s": "SGD", "sg": "SGD", "r": "BRL", "mx": "MXN", "nt": "TWD", "z": "ZWL", "j": "JMD", "tt": "TTD", "bd": "BDT",
    ]
    /// ISO 4217 codes read when written in capitals before or after a figure ("CHF 25,000", "3 billion NOK").
    static let currencyCodes: Set<String> = [
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "AUD", "CAD", "HKD", "NZD", "SGD", "SEK", "NOK", "DKK",
        "PLN", "CZK", "HUF", "RON", "BGN", "RUB", "UAH", "TRY", "ZAR", "NGN", "KES", "GHS", "EGP", "MAD", "SAR", "AED",
        "QAR", "KWD", "BHD", "OMR", "ILS", "IQD", "IRR", "PKR", "BDT", "LKR", "NPR", "THB", "MYR", "IDR", "PHP", "VND",
        "KRW", "TWD", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "ISK", "XOF", "XAF", "ETB", "TZS", "UGX", "KZT", "GEL",
    ]
    /// Codes whose ISO form differs from the letters written ("RMB 5 billion" is CNY).
    static let codeAliases: [String: String] = ["RMB": "CNY"]
    /// Currency names written after a figure, one word or several, lowercased ("25,000 Swiss francs").
    static let currencyNames: [String: String] = [
        "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pound": "GBP",
        "sterling": "GBP", "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
        "rupees": "INR", "rupee": "INR", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB",
        "francs": "CHF", "dinars": "IQD", "riyals": "SAR", "lira": "TRY", "liras": "TRY", "naira": "NGN", "rand": "ZAR",
        "pesos": "MXN", "reais": "BRL", "shekels": "ILS", "shekel": "ILS", "zlotys": "PLN", "zloty": "PLN",
        "hryvnias": "UAH", "hryvnia": "UAH", "hryvnia's": "UAH", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR",
        "dirhams": "AED", "dirham": "AED", "taka": "BDT", "cedis": "GHS", "forints": "HUF", "forint": "HUF",
        "kronor": "SEK", "kroner": "NOK", "krona": "SEK", "krone": "NOK", "leva": "BGN", "lei": "RON",
        "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD", "australian dollars": "AUD",
        "canadian dollars": "CAD", "hong kong dollars": "HKD", "new zealand dollars": "NZD", "singapore dollars": "SGD",
        "taiwan dollars": "TWD", "new taiwan dollars": "TWD", "zimbabwe dollars": "ZWL", "jamaican dollars": "JMD",
        "swiss francs": "CHF", "cfa francs": "XOF", "central african cfa francs": "XAF", "west african cfa francs": "XOF",
        "congolese francs": "CDF", "rwandan francs": "RWF", "egyptian pounds": "EGP", "lebanese pounds": "LBP",
        "syrian pounds": "SYP", "sudanese pounds": "SDG", "indian rupees": "INR", "pakistani rupees": "PKR",
        "sri lankan rupees": "LKR", "nepalese rupees": "NPR", "turkish lira": "TRY", "mexican pesos": "MXN",
        "argentine pesos": "ARS", "argentinian pesos": "ARS", "chilean pesos": "CLP", "colombian pesos": "COP",
        "philippine pesos": "PHP", "brazilian reais": "BRL", "saudi riyals": "SAR", "qatari riyals": "QAR",
        "iranian rials": "IRR", "rials": "IRR", "omani rials": "OMR", "iraqi dinars": "IQD", "kuwaiti dinars": "KWD",
        "jordanian dinars": "JOD", "libyan dinars": "LYD", "tunisian dinars": "TND", "algerian dinars": "DZD",
        "south african rand": "ZAR", "kenyan shillings": "KES", "ugandan shillings": "UGX", "tanzanian shillings": "TZS",
        "shillings": "KES", "nigerian naira": "NGN", "ghanaian cedis": "GHS", "chinese yuan": "CNY", "japanese yen": "JPY",
        "south korean won": "KRW", "korean won": "KRW", "won": "KRW", "russian rubles": "RUB", "russian roubles": "RUB",
        "ukrainian hryvnias": "UAH", "polish zlotys": "PLN", "swedish kronor": "SEK", "norwegian kroner": "NOK",
        "danish kroner": "DKK", "icelandic kronur": "ISK", "czech korunas": "CZK", "korunas": "CZK", "koruna": "CZK",
        "hungarian forints": "HUF", "romanian lei": "RON", "israeli shekels": "ILS", "new shekels": "ILS",
        "thai baht": "THB", "indonesian rupiah": "IDR", "malaysian ringgit": "MYR", "vietnamese dong": "VND",
        "bangladeshi taka": "BDT", "uae dirhams": "AED", "emirati dirhams": "AED", "moroccan dirhams": "MAD",
        "ethiopian birr": "ETB", "birr": "ETB", "bitcoin": "BTC", "bitcoins": "BTC",
    ]
    /// The longest currency name, in words.
    static let currencyNameWords = currencyNames.keys.map { $0.split(separator: " ").count }.max() ?? 1
    /// Currency words that may only follow a figure (prefix "pounds 5" is odd; "rand" is a name).
    static let currencyBefore: Set<String> = ["usd", "eur", "gbp", "jpy", "cny", "inr", "chf", "rs"]
    /// Written before a figure, lower case: "Rs 500", "Rs. 500", "Rp 5,000".
    static let currencyAbbreviations: [String: String] = ["rs": "INR", "rp": "IDR", "kes": "KES", "ksh": "KES", "sh": "KES"]
    /// Hundredths of a currency, written after a figure: "25 cents" (0.25 USD), "143 pence" (1.43 GBP), "143p".
    static let subunits: [String: String] = [
        "cents": "USD", "cent": "USD", "pence": "GBP", "penny": "GBP", "pennies": "GBP", "p": "GBP",
        "euro cents": "EUR", "euro cent": "EUR", "kopecks": "RUB", "paise": "INR", "centimes": "CHF",
    ]

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

    /// Periods of a rate, by the word after "per" / "a" / "each"; "a share" is the unit of a dividend or price.
    static let periods: [String: String] = [
        "day": "day", "week": "week", "month": "month", "year": "year", "annum": "year", "quarter": "quarter", "hour": "hour",
        "minute": "minute", "second": "second", "fortnight": "fortnight", "night": "night", "share": "share",
        "barrel": "barrel",
    ]

    /// Units of time a duration is counted in, by every spelling, to the unit reported.
    static let durationUnits: [String: String] = [
        "second": "second", "seconds": "second", "sec": "second", "secs": "second",
        "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
        "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "h": "hour",
        "day": "day", "days": "day", "night": "night", "nights": "night",
        "week": "week", "weeks": "week", "wk": "week", "wks": "week", "fortnight": "fortnight", "fortnights": "fortnight",
        "month": "month", "months": "month", "year": "year", "years": "year", "yr": "year", "yrs": "year",
        "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
        "millennium": "millennium", "millennia": "millennium",
    ]
    /// Duration units that must be spelled out to count ("5h" is an hour; a lone "h" or "min" may be anything).
    static let attachedOnlyDurations: Set<String> = ["h", "hr", "hrs", "min", "mins", "sec", "secs", "wk", "wks", "yr", "yrs"]
    /// Words of an age after a count of years: "42-year-old", "seven years old", "a 3-month-old baby".
    static let ageWords: Set<String> = ["old", "year-old", "years-old", "month-old", "months-old", "week-old", "weeks-old", "day-old", "days-old"]
    /// Words that introduce an age: "aged 45", "age 7", "ages 18 to 24".
    static let agePrefixes: Set<String> = ["aged", "age", "ages"]
    /// Verbs after which a bare figure closing its clause is an age: "who is 71", "she turned 40".
    static let ageVerbs: Set<String> = ["is", "was", "turns", "turned", "turning"]
    /// Subjects of those verbs ("who is 71", "she was 19").
    static let ageSubjects: Set<String> = ["who", "he", "she", "i", "they"]

    /// People an age may follow in apposition: "the suspect, 28, appeared"; names count too.
    static let personNouns: Set<String> = [
        "man", "woman", "boy", "girl", "child", "baby", "toddler", "teenager", "teen", "youth", "suspect", "victim",
        "driver", "passenger", "pilot", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
        "grandmother", "grandfather", "grandson", "granddaughter", "widow", "widower", "pensioner", "student", "pupil",
        "worker", "officer", "soldier", "nurse", "doctor", "teacher", "defendant", "accused", "gunman", "attacker",
        "singer", "actor", "actress", "player", "striker", "goalkeeper", "coach", "manager", "rider", "cyclist",
        "climber", "hiker", "swimmer", "runner", "author", "writer", "artist", "musician", "rapper", "founder", "owner",
        "chief", "leader", "president", "minister", "mayor", "senator", "candidate", "judge", "lawyer", "survivor",
        "resident", "neighbour", "neighbor", "friend", "partner", "patient", "mum", "mom", "dad", "inmate", "prisoner",
    ]
    /// Sentence-opening words after which ", 25," is a count, not an age.
    static let notNames: Set<String> = [
        "however", "meanwhile", "also", "overall", "in", "on", "at", "of", "altogether", "still", "so", "then", "today",
        "yesterday", "now", "total", "and", "but", "besides", "instead", "nationwide", "worldwide", "elsewhere", "there",
        "here", "thus", "hence", "moreover", "furthermore", "again", "since", "until", "by", "from", "all", "together",
    ]

    /// Ordinal words: "first half" and "second quarter" are parts, not shares.
    static let ordinals: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "final",
        "opening", "closing", "latter", "former", "other", "top", "bottom", "upper", "lower", "northern", "southern",
        "eastern", "western",
    ]
    /// Words after a figure that make it a sports score ("a 3-2 win").
    static let scoreNouns: Set<String> = ["win", "victory", "defeat", "loss", "draw", "lead", "scoreline", "thrashing", "triumph", "aggregate"]
    /// Words before a figure that make it a sports score ("beat United 3-2", "won 2-1").
    static let scoreVerbs: Set<String> = [
        "beat", "beats", "beating", "won", "win", "wins", "lost", "lose", "loses", "drew", "draw", "defeated", "defeat",
        "edged", "thrashed", "routed", "led", "lead", "leads", "trailed", "trail", "score", "scored", "scoreline", "finished",
        "ended", "leading", "trailing", "overcame", "crushed", "downed", "stunned",
    ]
    /// Capitalised words that, with a full stop, number a thing: "No. 9", "Nos. 3 and 4", "Vol. 2".
    static let numberAbbreviations: Set<String> = ["no", "nos", "nr", "vol", "art", "p", "pp", "ch", "fig", "sec"]
    /// Phone words before a number.
    static let phoneWords: Set<String> = ["tel", "phone", "telephone", "call", "fax", "hotline", "ext", "dial", "whatsapp"]
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
