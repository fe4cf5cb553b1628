import Lexicon

extension OpenMeasure {
    /// A percentage by which something moved: "Shares in Larkspur, which fell 11.2% on Tuesday", "Its shares fell
    /// 11.2 per cent", "were down 2.5%", "closed 11.2% lower". The measure is the clause's subject and the direction
    /// (`figures.changeDirections`): "share-fall", so a fall never agrees with a rise of the same size, nor a change
    /// with a level ("rose to 3%" is a level, read by the frame). Nil when no verb of change or no subject is found.
    /// Cost: a walk back over the clause before the figure.
    static func change(_ t: [Token], figure: Figure) -> (id: String, text: String)? {
        let start = figure.tokens.lowerBound, end = figure.tokens.upperBound
        let directions = WordLists.current.table(Lists.figuresChangeDirections)
        let be = WordLists.current.words(Lists.attributionBeForms)
        guard start >= 2 else { return nil }
        var v = start - 1
        // "shares slipped by 4p": the same change as "slipped 4p".
        if t[v].lower == "by", v >= 2, t[v - 1].isWord, directions[t[v - 1].lower] != nil { v -= 1 }
        var direction: String?
        if let d = directions[t[v].lower], t[v].isWord, !["up", "down"].contains(t[v].lower) || be.contains(t[v - 1].lower) {
            direction = d
            if ["up", "down"].contains(t[v].lower) { v -= 1 }
        } else if end < t.count, let d = directions[t[end].lower], ["lower", "higher"].contains(t[end].lower),
                  end + 1 >= t.count || t[end + 1].lower != "than", t[v].isWord, !t[v].isCapitalized, isVerbLike(t[v].lower) {
            direction = d  // "closed 11.2% lower"
        }
        guard let direction else { return nil }
        var q = v - 1
        // "is forecast to shrink 0.3%", "is expected to grow": over "expected to", "forecast to" as over auxiliaries.
        let plans = WordLists.current.words(Lists.calendarFutureBeforeTo)
        while q >= 0, t[q].isWord, auxiliaries.contains(t[q].lower) || be.contains(t[q].lower)
                || (t[q].lower == "to" && q > 0 && plans.contains(t[q - 1].lower)) || (plans.contains(t[q].lower) && t[q + 1].lower == "to") {
            q -= 1
        }
        guard q >= 0 else { return nil }
        let relative: Set<String> = ["which", "that", "who"]
        // "Shares in Larkspur, which fell": the noun phrase before the relative clause; "Shares in Larkspur, which
        // fell 11.2% on Tuesday, were down 2.5%": over the whole clause between commas.
        if t[q].isWord, relative.contains(t[q].lower), q >= 2, t[q - 1].text == "," { q -= 2 }
        else if t[q].text == "," {
            guard let r = (max(1, q - 20)..<q).reversed().first(where: { t[$0].isWord && relative.contains(t[$0].lower) && t[$0 - 1].text == "," }),
                  r >= 2 else { return nil }
            q = r - 2
        }
        guard q >= 0, t[q].isWord else { return nil }
        // The clause's first words: back to a mark or a conjunction.
        let joiners: Set<String> = ["and", "but", "while", "whereas", "that"]
        var b = q
        while b > 0, q - b < 10, t[b - 1].isWord && !joiners.contains(t[b - 1].lower) || Attributor.isPossessive(t[b - 1]) { b -= 1 }
        // The head: the last word of the clause's first noun phrase, before a preposition.
        var head: Token?
        var k = b
        let prepositions = WordLists.current.words(Lists.measuresFramePrepositions)
        while k <= q {
            let w = t[k]
            if w.isWord, prepositions.contains(w.lower) || w.lower == "of" { break }
            if w.isWord, !isDeterminerLike(w.lower) { head = w }
            k += 1
        }
        guard let head, !head.isCapitalized || head.start == t[0].start, let lemma = id(forNoun: head.lower) else { return nil }
        return (lemma + "-" + direction, head.lower + " " + t[v].lower)
    }

    /// Whether a measure is a change read by `change` ("inflation-rise").
    static func isChange(_ measure: String?) -> Bool {
        measure.map { ChangeMeasure.direction(of: $0) != nil } ?? false
    }

    /// The quantity a change measure moves ("inflation-rise" → "inflation"); any other measure as it is.
    static func withoutDirection(_ measure: String) -> String { ChangeMeasure.withoutDirection(measure) }

    private static func isDeterminerLike(_ w: String) -> Bool {
        Lexicon.determiners.contains(w) || WordLists.current.words(Lists.measuresPossessives).contains(w)
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let figuresChangeDirections = ListName("figures", "changeDirections")
    static let calendarFutureBeforeTo = ListName("calendar", "futureBeforeTo")
    static let attributionBeForms = ListName("attribution", "beForms")
    static let measuresFramePrepositions = ListName("measures", "framePrepositions")
    static let measuresPossessives = ListName("measures", "possessives")
}
