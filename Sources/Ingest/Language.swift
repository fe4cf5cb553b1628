/// Guesses a text's language from the share of each language's commonest words, and its script.
enum Language {
    static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
        "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
        "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
        "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
        "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
        "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when",
        "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
        "said", "says", "say", "told", "according", "since", "still", "who's", "it's", "there's",
        "may", "might", "must", "one", "two", "new", "last", "first", "many", "much", "even", "however",
        "among", "within", "without", "across", "around", "per", "via", "yet", "upon", "whose",
    ]

    static let others: [(code: String, words: Set<String>)] = [
        ("fr", ["le", "la", "les", "des", "est", "et", "une", "dans", "du", "que", "qui", "pour", "pas",
                "sur", "au", "avec", "il", "sont", "ont", "cette", "aux", "par", "plus", "ne", "se"]),
        ("es", ["el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "es", "por", "con", "para",
                "del", "se", "su", "al", "lo", "como", "más", "pero", "sus", "fue", "han"]),
        ("de", ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich",
                "des", "auf", "für", "im", "dem", "von", "auch", "es", "wird", "sind", "nach", "bei"]),
        ("it", ["il", "di", "che", "è", "e", "la", "per", "un", "una", "non", "sono", "del", "della",
                "con", "nel", "gli", "le", "si", "ha", "anche", "dei", "alla", "da", "più"]),
        ("pt", ["o", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não",
                "por", "mais", "dos", "das", "se", "na", "no", "foi", "ao", "ser", "são"]),
        ("nl", ["de", "het", "een", "en", "van", "is", "dat", "op", "te", "zijn", "niet", "met", "voor",
                "er", "die", "ook", "aan", "wordt", "bij", "naar", "worden", "heeft", "maar"]),
        ("tr", ["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "daha", "çok", "gibi", "olan",
                "ama", "en", "değil", "ne", "sonra", "kadar", "şey", "mi"]),
        ("ar", ["في", "من", "على", "إلى", "أن", "التي", "الذي", "عن", "مع", "هذا", "هذه", "كان", "لا",
                "ما", "أو", "بين", "قد", "كما", "وقد", "حيث", "بعد", "ذلك"]),
        ("fa", ["در", "از", "به", "که", "این", "را", "با", "است", "برای", "آن", "یک", "می", "تا", "شده"]),
        ("ru", ["и", "в", "не", "на", "что", "с", "по", "это", "как", "к", "из", "за", "от", "его", "для",
                "он", "о", "так", "но", "был", "также"]),
    ]

    /// Result of detection: a two-letter code or "und", and how sure it is.
    struct Guess: Equatable {
        var code: String
        /// False when the text is too short to say.
        var confident: Bool
    }

    /// The language of a text. English needs a stop-word share typical of running prose.
    static func detect(_ text: String) -> Guess {
        let words = Words.tokens(text)
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
