/// English words the open-vocabulary measure reading needs (kept together so they move to data with the
/// rest of the lexicon).
enum Vocabulary {
    /// Words that never name what a figure counts: units of time and age, ratio and share words, function words.
    static let notMeasures: Set<String> = [
        "percent", "per", "cent", "pc", "times", "time", "fold", "more", "less", "fewer", "other", "others", "additional",
        "further", "each", "one", "ones", "year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
        "hours", "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries", "old", "aged",
        "age", "ago", "earlier", "later", "now", "then", "which", "whom", "who", "whose", "what", "those", "these",
        "them", "they", "it", "its", "their", "there", "here", "this", "that", "and", "or", "but", "the", "a", "an",
        "so", "such", "than", "as", "to", "of", "in", "on", "at", "by", "for", "from", "with", "about", "around",
        "over", "under", "between", "against", "into", "onto", "out", "off", "up", "down", "away", "back", "still",
        "also", "only", "just", "even", "all", "both", "most", "many", "much", "some", "any", "several", "few",
        "th", "st", "nd", "rd", "am", "pm", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "km", "kph", "mph",
        "point", "points", "place", "part", "half", "quarter", "third", "dozen", "dozens", "hundred", "hundreds",
        "thousand", "thousands", "million", "millions", "billion", "billions", "lot", "lots", "number", "total",
        "figure", "figures", "estimate", "count", "tally", "amount", "sum", "level", "mark", "record", "rate",
        "we", "you", "he", "she", "his", "her", "our", "my", "your", "not", "no", "never", "yet", "again", "ever",
        "being", "been", "be", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
        "may", "might", "must", "should", "shall", "did", "do", "does", "said", "says", "say", "told", "tell",
        "next", "last",
    ]

    /// Verbs that may follow a bare count and are no counted noun ("41,000 took part", "45 died").
    static let verbs: Set<String> = [
        "took", "take", "takes", "taking", "came", "come", "went", "go", "left", "leave", "fled", "flee", "died", "die",
        "marched", "march", "joined", "join", "attended", "attend", "gathered", "rallied", "protested", "voted", "vote",
        "walked", "walk", "stayed", "stay", "remain", "remained", "remains", "turned", "showed", "lost", "lose", "won",
        "win", "made", "make", "got", "get", "gave", "give", "saw", "see", "signed", "sign", "received", "receive",
        "need", "needed", "needs", "live", "lived", "lives", "work", "worked", "works", "face", "faced", "faces",
        "owe", "owed", "spent", "spend", "cost", "costs", "paid", "pay", "rose", "rise", "fell", "fall", "grew", "grow", "set", "put", "valued", "priced", "cast", "held", "sold", "built", "hit", "cut", "run", "runs", "began", "begun", "begin", "started", "ended",
    ]

    /// Plurals no suffix rule reduces.
    static let irregularPlurals: [String: String] = [
        "men": "man", "women": "woman", "children": "child", "people": "people", "feet": "foot", "teeth": "tooth",
        "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf",
        "halves": "half", "shelves": "shelf", "thieves": "thief", "wolves": "wolf", "data": "data", "media": "media",
        "criteria": "criterion", "phenomena": "phenomenon", "analyses": "analysis", "crises": "crisis", "bases": "base",
        "houses": "house", "cases": "case", "uses": "use", "causes": "cause", "courses": "course", "horses": "horse",
        "nurses": "nurse", "buses": "bus", "viruses": "virus", "premises": "premises", "species": "species",
        "series": "series", "police": "police", "staff": "staff", "personnel": "personnel", "cattle": "cattle",
        "sheep": "sheep", "fish": "fish", "deer": "deer", "aircraft": "aircraft", "offspring": "offspring",
        "votes": "vote", "homes": "home", "lines": "line", "sites": "site", "sales": "sales", "earnings": "earnings",
        "damages": "damages", "proceeds": "proceeds", "savings": "savings", "remains": "remains", "arms": "arms",
        "refugees": "refugee", "employees": "employee", "evacuees": "evacuee", "trainees": "trainee", "retirees": "retiree",
        "detainees": "detainee", "hostages": "hostage", "vehicles": "vehicle", "people's": "people",
    ]

    /// Nouns ending in "s" that are singular or have no singular to reduce to.
    static let invariantNouns: Set<String> = [
        "news", "series", "species", "means", "physics", "economics", "politics", "athletics", "mathematics", "gas",
        "bus", "census", "status", "virus", "campus", "bonus", "surplus", "focus", "chaos", "analysis", "basis", "crisis",
        "thesis", "axis", "lens", "yes", "plus", "bias", "atlas", "alias", "canvas", "corps", "headquarters",
    ]

    /// Nouns of change: after a modifier the modifier is what is measured ("a 9% pay rise" is a share of pay).
    static let changeNouns: Set<String> = [
        "rise", "increase", "hike", "raise", "cut", "reduction", "drop", "fall", "decline", "decrease", "jump", "gain",
        "growth", "boost", "rebound", "slump", "loss",
    ]

    /// Nouns that stand for a figure already given ("the authority says the figure is 4,500", "puts the
    /// number of displaced at 8,000"): the figure measures what the noun refers back to or names after "of".
    static let figureNouns: Set<String> = ["figure", "number", "total", "count", "tally", "estimate"]

    /// Adjectives that stand for people after "the number of" ("the number of dead", "of homeless").
    static let peopleAdjectives: Set<String> = ["dead", "homeless", "sick", "elderly", "poor", "unemployed", "missing", "wounded", "injured"]
}
