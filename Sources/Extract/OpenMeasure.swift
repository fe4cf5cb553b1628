import Lexicon
import Model

/// What a figure counts when no configured measure names it: the counted noun's head, lemmatised
/// ("between 8,000 and 9,000 individuals" → individual, "3,500 homes" → home), else the frame around the
/// figure ("put the crowd at 100,000" → crowd, "a turnout of 61%" → turnout, "a $5 billion fine" → fine,
/// "estimate its strength in Iraq and Syria at 6,000 to 8,000" → strength). Configured measures merge
/// synonyms and give labels; they never decide whether a figure is a claim.
enum OpenMeasure {
    /// The measure id a noun gives: its lemma, lower case.
    static func id(forNoun noun: String) -> String? {
        let word = noun.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).last.map(String.init) ?? ""
        guard word.count >= 3, word.allSatisfy(\.isLetter), !Vocabulary.notMeasures.contains(word) else { return nil }
        return lemma(word)
    }

    /// English plural to singular by suffix rules, with the few irregular nouns news counts.
    static func lemma(_ word: String) -> String {
        if let irregular = Vocabulary.irregularPlurals[word] { return irregular }
        if Vocabulary.invariantNouns.contains(word) { return word }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        for suffix in ["sses", "shes", "ches", "xes", "zzes"] where word.hasSuffix(suffix) { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"), word.count > 3 {
            return String(word.dropLast())
        }
        return word
    }

    /// Words that link a frame noun to its figure: "the crowd at", "a turnout of", "the toll rose to".
    static var linkers: Set<String> { WordLists.current.words(Lists.measuresLinkers) }

    /// The noun a few words before the figure that the figure measures, through linking words and one short
    /// place phrase ("strength in Iraq and Syria at 6,000"). Nil when a verb or a mark comes first.
    static func frameNoun(_ t: [Token], before start: Int) -> (id: String, text: String)? {
        // A label: "Containment: 10%", "Deaths: 41", "Area burned: 23,600 hectares" (a fact box's line).
        if start >= 2, t[start - 1].text == ":" {
            var first = start - 1
            while first > 0, t[first - 1].isWord, start - first <= 3 { first -= 1 }
            // The whole line up to the colon is the label, of at most three words; a participle after its noun
            // ("Homes destroyed: 412") leaves the noun as the head.
            var words = Array(t[first..<(start - 1)])
            while let last = words.last, words.count > 1, last.lower.hasSuffix("ed") || last.lower.hasSuffix("ing") { words.removeLast() }
            if first == 0 || !t[first - 1].isWord, let head = words.last, let id = id(forNoun: head.lower) {
                return (id, words.map(\.text).joined(separator: " "))
            }
        }
        var p = start - 1
        // "turnout reached a record 78 percent": a figure's own modifier, after its article, is no frame word.
        if p >= 1, WordLists.current.words(Lists.measuresFigureModifiers).contains(t[p].lower), ["a", "an"].contains(t[p - 1].lower) { p -= 2 }
        let origin = p + 1
        var linked = false
        while p >= 0, origin - p <= 4, t[p].isWord, linkers.contains(t[p].lower) { linked = true; p -= 1 }
        guard linked, p >= 0 else { return nil }
        if t[origin - 1].lower == "to", let object = changedObject(t, before: origin - 1) { return object }
        // "cut its forecast for economic growth in 2026 to 1.4%": a year phrase stands between the noun and the figure.
        if p >= 2, t[p].isNumber, t[p].text.count == 4, Int(t[p].text).map(CivilCalendar.years.contains) == true,
           ["in", "for", "by"].contains(t[p - 1].lower) {
            p -= 2
        }
        // "the jobless rate edged up to 5.1%": a change verb's particle ("up", "down") goes with the verb.
        var particle = false
        if p >= 1, t[p].isWord, FigureScanner.changeVerbs.contains(t[p].lower), !isVerbLike(t[p].lower),
           t[p - 1].isWord, t[p - 1].lower != t[p].lower, FigureScanner.changeVerbs.contains(t[p - 1].lower) { p -= 1; particle = true }
        // Through a verb group: "losses were running at €30 million a day", "damage is estimated at $2bn".
        // "the trade gap is expected to widen to $4.3bn": over "expected to", "due to", "set to" too.
        if t[p].isWord, !t[p].isCapitalized, isVerbLike(t[p].lower) || particle {
            let plans = WordLists.current.words(Lists.calendarFutureBeforeTo)
            var q = p - 1
            while q >= 0, q >= p - 5, t[q].isWord,
                  auxiliaries.contains(t[q].lower) || (t[q].lower == "to" && q > 0 && plans.contains(t[q - 1].lower))
                    || (plans.contains(t[q].lower) && t[q + 1].lower == "to") {
                q -= 1
            }
            if q < p - 1 { p = q }
            // "spending rises to €15.3bn", "revenue fell to $4bn": a verb of change right after its subject.
            // A capital on the sentence's first word is no name ("Inflation eased to 3.1%").
            else if p >= 1, FigureScanner.changeVerbs.contains(t[p].lower), t[p - 1].isWord, !t[p - 1].isCapitalized || p == 1,
                    !Lexicon.phraseStops.contains(t[p - 1].lower), !isVerbLike(t[p - 1].lower) { p -= 1 }
        }
        // "The standard rate of VAT will rise by": a name after "of" modifies the noun before it, which heads the phrase.
        // A generic head ("the standard rate of VAT") leaves the name to be the measure.
        if p >= 2, t[p].isCapitalized, t[p - 1].lower == "of", t[p - 2].isWord, !t[p - 2].isCapitalized, !isVerbLike(t[p - 2].lower) {
            if !Vocabulary.notMeasures.contains(t[p - 2].lower) {
                p -= 2
            } else if t[p].text.count >= 2, t[p].text.count <= 5, t[p].text == t[p].text.uppercased() {
                return (t[p].lower, t[(p - 2)...p].map(\.text).joined(separator: " "))
            }
        }
        // A month or weekday closes a time phrase, not a name: "revenue in the three months to December was".
        let isCalendarWord = { (i: Int) in Lexicon.months[t[i].lower] != nil || Lexicon.weekdays[t[i].lower] != nil }
        // A place phrase: "in Iraq and Syria", "across the region".
        if t[p].isCapitalized, t[p].isWord, !isCalendarWord(p) {
            var q = p
            while q >= 0, p - q < 5, t[q].isWord, t[q].isCapitalized || ["and", "the", "of"].contains(t[q].lower) { q -= 1 }
            // "in Iraq and Syria", and a name after a preposition: "her margin over Corvin Ashe at 7,760".
            if q >= 0, Vocabulary.namePrepositions.contains(t[q].lower) { p = q - 1 }
        }
        guard p >= 0, t[p].isWord, !t[p].isCapitalized || p == 0 || isCalendarWord(p), !t[p].isNumber else { return nil }
        // "losses to the port and the companies that depend on it are running at": step back over a relative clause,
        var r = p
        while r > 0, p - r < 8, !["that", "which", "who"].contains(t[r].lower), t[r].isWord { r -= 1 }
        // not over a "that" that opens a reported clause ("the ministry projects that the budget deficit will fall to"):
        // a determiner after it starts the clause's own subject.
        let opensClause = r + 1 < p && t[r].lower == "that" && (isDeterminer(t[r + 1].lower) || t[r + 1].isCapitalized)
        if r > 0, r < p, ["that", "which", "who"].contains(t[r].lower), t[r - 1].isWord, !t[r - 1].isCapitalized, !opensClause { p = r - 1 }
        // then over a prepositional phrase or two ("losses for the port and its customers", "revenue in the three
        // months to December"): the head comes before them.
        for _ in 0..<2 {
            // "has stuck to its estimate of around 250": a figure noun refers back; it heads no phrase of its own.
            if Vocabulary.figureNouns.contains(t[p].lower) { return nil }
            // "the turnout at Saturday's march in Kestria": a possessive inside the phrase too.
            var k = p - 1
            while k >= 0, p - k <= 6, t[k].isWord || Attributor.isPossessive(t[k]),
                  !WordLists.current.words(Lists.measuresFramePrepositions).contains(t[k].lower) { k -= 1 }
            guard k > 0, p - k <= 6, t[k].isWord, WordLists.current.words(Lists.measuresFramePrepositions).contains(t[k].lower),
                  t[k - 1].isWord, !t[k - 1].isCapitalized || k - 1 == 0, !isVerbLike(t[k - 1].lower),
                  t[(k + 1)..<p].allSatisfy({ Attributor.isPossessive($0)
                      || $0.isWord && ($0.isCapitalized || $0.lower == "of" || !linkers.contains($0.lower)) }) else { break }
            p = k - 1
            // A time or quantity noun ("months", "number") heads no measure: look on past it.
            if !Vocabulary.notMeasures.contains(t[p].lower) { break }
        }
        // "its growth forecast for 2026 to 1.4%", "the deficit target of 3%": a forecast's noun is what it forecasts.
        // "its key rate", "the benchmark rate": a word that says which rate names it with the head ("key rate").
        if p >= 1, ["rate", "rates"].contains(t[p].lower), t[p - 1].isWord,
           WordLists.current.words(Lists.measuresRateQualifiers).contains(t[p - 1].lower) {
            return (t[p - 1].lower + "-rate", t[p - 1].text + " " + t[p].text)
        }
        if p >= 1, WordLists.current.words(Lists.measuresForecastHeads).contains(t[p].lower), t[p - 1].isWord, !t[p - 1].isCapitalized,
           !Lexicon.phraseStops.contains(t[p - 1].lower), !isVerbLike(t[p - 1].lower),
           !WordLists.current.words(Lists.measuresPossessives).contains(t[p - 1].lower), !Vocabulary.notMeasures.contains(t[p - 1].lower) {
            p -= 1
        }
        let w = t[p].lower
        // A reporting verb ("speaks of 15,000", "puts it at") names who speaks, not what is measured.
        guard !Vocabulary.notMeasures.contains(w), !Vocabulary.verbs.contains(w), !linkers.contains(w), !w.hasSuffix("ly"),
              !Attributor.verbs.contains(w) || Attributor.nounLike.contains(w),
              !(w.hasSuffix("ed") && w.count > 4), !(w.hasSuffix("ing") && w.count > 5) || isIngNoun(w), let id = id(forNoun: w) else { return nil }
        return (id, t[p].text)
    }

    /// "cut the fine imposed on the operator for overcharging customers on roaming fees to €11.75 million": the
    /// object of a verb of change, back in the figure's clause, is what went "to" the figure, however long the phrase
    /// after its head. The head is the last of the lower-case words after the determiner, up to a participle or a
    /// preposition; nil when no such verb and object stand in the clause, or the head names no measure ("the number
    /// of injured" is read elsewhere). Cost: at most 16 tokens back.
    static func changedObject(_ t: [Token], before to: Int) -> (id: String, text: String)? {
        var q = to - 1
        let limit = max(0, to - 16)
        while q >= limit, t[q].isWord || Attributor.isPossessive(t[q]) {
            if FigureScanner.changeVerbs.contains(t[q].lower), !t[q].isCapitalized, q + 2 < to,
               ["the", "its", "their", "his", "her"].contains(t[q + 1].lower) { break }
            q -= 1
        }
        guard q >= limit, q + 2 < to, t[q].isWord, FigureScanner.changeVerbs.contains(t[q].lower) else { return nil }
        let prepositions = WordLists.current.words(Lists.measuresFramePrepositions)
        var e = q + 2
        while e < to, t[e].isWord, !t[e].isCapitalized, !prepositions.contains(t[e].lower), !["of", "for", "to"].contains(t[e].lower),
              !(t[e].lower.hasSuffix("ed") && t[e].lower.count > 4), !isVerbLike(t[e].lower) { e += 1 }
        // A long phrase only: a short one ("raised the toll to 52") is read as before.
        guard e > q + 2, to - e >= 3 else { return nil }
        let head = t[e - 1].lower
        guard !Vocabulary.notMeasures.contains(head), !Vocabulary.figureNouns.contains(head), let id = id(forNoun: head) else { return nil }
        return (id, t[(q + 2)..<e].map(\.text).joined(separator: " "))
    }

    /// The head of the noun phrase right after a count ("3,500 homes were", "between 8,000 and 9,000
    /// individuals", "1,000 displaced people"): lower-case words up to a function word, a verb or a mark,
    /// through determiners after "of" ("90% of the container traffic"). Nil when a verb comes first ("45 died").
    static func counted(_ t: [Token], after end: Int, verbsEnd: Bool = true) -> (id: String, text: String)? {
        var j = end
        if j < t.count, t[j].lower == "of" {
            j += 1
            while j < t.count, Lexicon.determiners.contains(t[j].lower) || ["a", "an"].contains(t[j].lower) { j += 1 }
            // "Two of the port's five container berths": the owner and the whole's count lead to what is counted.
            if j + 2 < t.count, t[j].isWord, Attributor.isPossessive(t[j + 1]) {
                j += 2
                if j < t.count, t[j].isNumber || NumberParser.wordValue(t[j].lower) != nil { j += 1 }
            }
        }
        var words: [Token] = []
        var limit = 3
        while j < t.count, words.count < limit, t[j].isWord, !t[j].isNumber, !Lexicon.phraseStops.contains(t[j].lower),
              !verbsEnd || !Vocabulary.verbs.contains(t[j].lower) {
            // A capitalised word inside the phrase is a name ("500 IS fighters", "2,000 Tesla workers"): step over it.
            if t[j].isCapitalized, words.isEmpty { j += 1; if j - end > 3 { break }; continue }
            // "a 4.2km route", "200 nautical miles of coast": a unit of length says how, not what.
            if words.isEmpty, WordLists.current.words(Lists.measuresLengthUnits).contains(t[j].lower) { j += 1; if j - end > 2 { break }; continue }
            if t[j].isCapitalized || !words.isEmpty && t[j].lower != "of" && Vocabulary.notMeasures.contains(t[j].lower) { break }
            // "710 cases of Hollin fever", "500,000 doses of vaccine", "1,000 members of the group": the noun before
            // "of" is what is counted; what follows says of what. After a unit ("40 kilograms of explosives") it goes on.
            if let last = words.last, t[j].lower == "of", !WordLists.current.words(Lists.measuresQuantityUnits).contains(last.lower) { break }
            if t[j].lower == "of", !words.isEmpty {
                // "8,000 litres of an ammonia-based cleaning solution": past the unit's "of" and an article, the phrase
                // of what is measured starts again.
                words.append(t[j]); j += 1
                while j < t.count, Lexicon.determiners.contains(t[j].lower) || ["a", "an"].contains(t[j].lower) { j += 1 }
                limit = words.count + 3
                continue
            }
            words.append(t[j]); j += 1
        }
        // Participles and adverbs at the end are not the head ("3,500 homes destroyed", "500 fighters remaining").
        while let last = words.last, words.count > 1, last.lower.hasSuffix("ed") || last.lower.hasSuffix("ing") || last.lower.hasSuffix("ly")
                || verbsEnd && Vocabulary.verbs.contains(last.lower) { words.removeLast() }
        guard let head = words.last, !head.lower.hasSuffix("ly"), !(words.count == 1 && head.lower.hasSuffix("ed") && head.lower.count > 4),
              !verbsEnd || !Vocabulary.verbs.contains(head.lower), let id = id(forNoun: head.lower) else { return nil }
        // "a 9% pay rise", "a 9% pay increase": the change is of its modifier, which is the measure.
        if words.count >= 2, Vocabulary.changeNouns.contains(id), let modifier = self.id(forNoun: words[words.count - 2].lower),
           !Vocabulary.changeNouns.contains(modifier) {
            return (modifier, words.map(\.text).joined(separator: " "))
        }
        return (id, words.map(\.text).joined(separator: " "))
    }

    /// What a figure introduced by a figure noun refers to: "the figure is 4,500" (`.previous`: the measure
    /// of the figure before it), "puts the number of displaced at 8,000" (`.named`: the word after "of",
    /// which may be a participle used as a noun). Nil without such a noun a few linking words before.
    enum Reference: Equatable { case previous, named(String) }
    static func reference(_ t: [Token], before start: Int) -> Reference? {
        var p = start - 1
        // "while organisers claimed 90,000", "police said 30,000": a bare figure a speaker gives is a figure of what
        // was just counted.
        if p >= 1, t[p].isWord, !t[p].isCapitalized, Attributor.verbs.contains(t[p].lower) { return .previous }
        var linked = false
        // "the number of ballots cast, 92,020": an apposition links like a verb.
        if p >= 0, t[p].text == "," { linked = true; p -= 1 }
        while p >= 0, start - p <= 3, t[p].isWord, linkers.contains(t[p].lower) { linked = true; p -= 1 }
        guard linked, p >= 1, t[p].isWord, !t[p].isCapitalized else { return nil }
        // "Shelterline … speaks of 15,000", "the charity puts it at 15,000": a bare figure a speaker gives is a figure
        // of what was just counted.
        if Attributor.verbs.contains(t[p].lower), ["of", "at"].contains(t[p + 1].lower), p + 2 == start { return .previous }
        // Through a verb group: "Ashe's total was unchanged at 39,801", "the figure has been revised to".
        if isVerbLike(t[p].lower) || t[p].lower == "unchanged" {
            var q = p - 1
            while q >= 1, p - q <= 3, t[q].isWord, auxiliaries.contains(t[q].lower) { q -= 1 }
            if q < p - 1 || Vocabulary.figureNouns.contains(t[q].lower) { p = q }
        }
        if Vocabulary.figureNouns.contains(t[p].lower) {
            // "the figure", "the true number", "Ashe's total", "the official tally".
            let before = t[p - 1].lower
            let adjectiveThenDeterminer = p >= 2 && t[p - 1].isWord && !t[p - 1].isCapitalized && !linkers.contains(before)
                && isDeterminer(t[p - 2].lower)
            if isDeterminer(before) || adjectiveThenDeterminer { return .previous }
        }
        // "the number of displaced at", "the number of ballots cast, 92,020".
        if p >= 3, t[p - 1].lower != "of", isVerbLike(t[p].lower), !Vocabulary.figureNouns.contains(t[p].lower) { p -= 1 }
        guard p >= 3, t[p - 1].lower == "of", Vocabulary.figureNouns.contains(t[p - 2].lower), t[p].lower.count >= 3,
              t[p].lower.allSatisfy(\.isLetter), !Vocabulary.notMeasures.contains(t[p].lower) else { return nil }
        return .named(t[p].lower)
    }

    /// "bringing the total to 58,901", "taking the cumulative tally to": a figure noun of a running total
    /// (`measures.totalNouns`) right before the figure, over linking words.
    static func isRunningTotal(_ t: [Token], before start: Int) -> Bool {
        var p = start - 1
        while p >= 0, start - p <= 3, t[p].isWord, linkers.contains(t[p].lower) { p -= 1 }
        return p >= 0 && p < start - 1 && WordLists.current.words(Lists.measuresTotalNouns).contains(t[p].lower)
    }

    /// "1,432 new cases", "300 additional troops": an increment word right after the figure, before its noun.
    static func isIncrement(_ t: [Token], after end: Int) -> Bool {
        end + 1 < t.count && WordLists.current.words(Lists.measuresIncrementWords).contains(t[end].lower)
            && t[end + 1].isWord && !t[end + 1].isNumber
    }

    private static func isDeterminer(_ w: String) -> Bool {
        // "a figure of 90,000", "an estimate of 2,000" as well as "the figure".
        Lexicon.determiners.contains(w) || ["its", "their", "that", "this", "s", "'s", "’s"].contains(w)
            || w == "a" || w == "an"
    }

    /// The measure of a figure no configured measure names, or nil when nothing names it (a bare number).
    /// Counts read the noun after them first, then the frame; percentages and amounts the frame first
    /// ("a turnout of 61% of registered voters" is a turnout), then the noun they modify or are a share of.
    static func reading(_ t: [Token], figure: Figure) -> (id: String, text: String)? {
        let start = figure.tokens.lowerBound, end = figure.tokens.upperBound
        switch figure.kind {
        // After a percentage or an amount a noun is modified, not a verb's subject: "a 9% pay rise", "a $5bn fine".
        case .money:
            // "the €58 million the company has paid in interim compensation": a clause, not a noun, follows.
            if end < t.count, Vocabulary.clauseStarts.contains(t[end].lower) {
                return frameNoun(t, before: start) ?? laterInNoun(t, after: end) ?? amountVerb(t, before: start)
            }
            // "Shares fell 3p to 245p": an amount a price moved by, before the level it reached, is a change of it.
            if end + 1 < t.count, t[end].lower == "to", NumberParser.amount(t, at: end + 1) != nil,
               let change = change(t, figure: figure) { return change }
            return frameNoun(t, before: start) ?? counted(t, after: end, verbsEnd: false) ?? inNoun(t, after: end)
                ?? amountVerb(t, before: start)
        case .percent:
            // "the fire was 10% contained", "the reservoir is 80% full": after a verb, the state is the measure.
            if start > 0, end < t.count, auxiliaries.contains(t[start - 1].lower), t[end].isWord, !t[end].isCapitalized,
               end + 1 >= t.count || !t[end + 1].isWord || Lexicon.phraseStops.contains(t[end + 1].lower),
               t[end].lower.count >= 3, t[end].lower.allSatisfy(\.isLetter), !Vocabulary.notMeasures.contains(t[end].lower) {
                return (t[end].lower, t[end].text)
            }
            if let change = change(t, figure: figure) { return change }
            // "the authority has offered 3.5 per cent", "the union is seeking 7 per cent": with no noun, the verb's act.
            return frameNoun(t, before: start) ?? counted(t, after: end, verbsEnd: false) ?? amountVerb(t, before: start)
        default:
            return counted(t, after: end) ?? loneOutcome(t, after: end) ?? numberOfNoun(t, before: start) ?? frameNoun(t, before: start)
        }
    }

    /// "had spoken of 78 rescued and nine dead", "12 injured": an outcome participle standing alone after a count,
    /// the people it happened to left out.
    static func loneOutcome(_ t: [Token], after end: Int) -> (id: String, text: String)? {
        guard end < t.count, t[end].isWord, !t[end].isCapitalized,
              WordLists.current.words(Lists.sentencesOutcomeParticiples).contains(t[end].lower),
              end + 1 >= t.count || !t[end + 1].isWord || Lexicon.phraseStops.contains(t[end + 1].lower) else { return nil }
        return (t[end].lower, t[end].text)
    }

    /// "reduced the number of jobs to go at Dunmere mill to 590", "the number of confirmed infections with Hollin
    /// fever in our province has reached 1,150": a figure noun with "of" earlier in the clause names what the figure
    /// counts. At most twelve words back, words only between (no mark, no other figure). A lone participle ("the
    /// number of displaced") is left to `reference`, which counts it as people.
    static func numberOfNoun(_ t: [Token], before start: Int) -> (id: String, text: String)? {
        var i = start - 1
        while i >= 2, start - i <= 12, t[i].isWord {
            defer { i -= 1 }
            guard t[i].lower == "of", Vocabulary.figureNouns.contains(t[i - 1].lower) else { continue }
            var words: [Token] = []
            var j = i + 1
            while j < start, words.count < 3, t[j].isWord, !t[j].isCapitalized, !Lexicon.phraseStops.contains(t[j].lower) { words.append(t[j]); j += 1 }
            while let last = words.last, words.count > 1, last.lower.hasSuffix("ed") || last.lower.hasSuffix("ing") { words.removeLast() }
            guard let head = words.last, !(words.count == 1 && (head.lower.hasSuffix("ed") || head.lower.hasSuffix("ing"))),
                  !Vocabulary.peopleAdjectives.contains(head.lower), let id = id(forNoun: head.lower) else { return nil }
            return (id, words.map(\.text).joined(separator: " "))
        }
        return nil
    }

    /// "fined it €9.5 million", "was fined €1.7bn", "pledged a further $2 million": the verb before an amount, over
    /// an object of a few words, names what the amount is, by the noun it makes (`measures.amountVerbs`). The
    /// nearest such verb within five words, none of them a mark or a figure.
    static func amountVerb(_ t: [Token], before start: Int) -> (id: String, text: String)? {
        let verbs = WordLists.current.table(Lists.measuresAmountVerbs)
        var p = start - 1
        while p >= 0, start - p <= 5, t[p].isWord {
            // Named by the noun, not the verb: "€48 million fine" on the report, "Fines" as a topic.
            if let noun = verbs[t[p].lower], let id = id(forNoun: noun) { return (id, noun) }
            p -= 1
        }
        return nil
    }

    /// The noun after "in" a few words on, inside the clause: "… the company has paid in interim compensation".
    static func laterInNoun(_ t: [Token], after end: Int) -> (id: String, text: String)? {
        var j = end
        while j < t.count, j - end <= 7, t[j].isWord, !["in", "and", "but", "or"].contains(t[j].lower) { j += 1 }
        guard j < t.count, t[j].lower == "in" else { return nil }
        return inNoun(t, after: j)
    }

    /// "€200 million in losses", "$5bn in revenue": an amount's noun after "in".
    static func inNoun(_ t: [Token], after end: Int) -> (id: String, text: String)? {
        guard end + 1 < t.count, t[end].lower == "in", t[end + 1].isWord, !t[end + 1].isCapitalized else { return nil }
        return counted(t, after: end + 1)
    }

    /// Ratio words and the factor they state.
    static var ratioFactors: [String: Double] { WordLists.current.numbers(Lists.measuresRatioFactors) }
    /// Hedges before a ratio word and the qualifier they give.
    static var ratioHedges: [String: Quantity.Qualifier] {
        WordLists.current.derived("measures.ratioHedges") { $0.table("measures", "ratioHedges").compactMapValues(Quantity.Qualifier.init(rawValue:)) }
    }

    /// Ratios written in words: "twice as many", "nearly double the", "half as much". "twice a week" is a
    /// frequency and "a double murder" a name, so "double" and "half" count only in a comparison (before
    /// "as", "the", "that", "what", or after a hedge). Each with its token range and value (unit `times`).
    static func ratioWords(_ t: [Token]) -> [(Range<Int>, Quantity)] {
        var found: [(Range<Int>, Quantity)] = []
        let verbs = WordLists.current.numbers(Lists.measuresRatioVerbs)
        for i in t.indices where t[i].isWord {
            let verb = verbs[t[i].lower]
            guard let factor = ratioFactors[t[i].lower] ?? verb else { continue }
            let next = i + 1 < t.count ? t[i + 1].lower : ""
            let hedge = i > 0 ? ratioHedges[t[i - 1].lower] : nil
            let comparing = WordLists.current.words(Lists.measuresComparingWords).contains(next)
            if verb != nil {
                // "have doubled", "more than tripled": the verb states the ratio itself.
            } else if t[i].lower == "twice" {
                // "counted some losses twice" is a frequency: a ratio compares ("twice as", "twice the", "more than twice").
                guard comparing || hedge != nil else { continue }
            } else if t[i].lower == "half" {
                // "half as many", "less than half the €390 million", "less than half of it" (a share of a figure
                // in the sentence is read as a share before this).
                let third = i + 2 < t.count ? t[i + 2] : nil
                let figureAfter = third.map { $0.isNumber || Lexicon.currencySigns[$0.text] != nil } ?? false
                // "less than half of it" (an amount); "half of them were fighters" is a share of a count.
                let pronounAfter = third.map { ["it", "that", "this"].contains($0.lower) } ?? false
                // "about half of the houses" is a share of a count, not a ratio of two figures.
                guard next == "as" || next == "what" || hedge != nil && (next == "the" && figureAfter || next == "of" && pronounAfter) else { continue }
            } else {
                guard comparing || hedge != nil else { continue }
            }
            var start = i, end = i + 1
            var qualifier = Quantity.Qualifier.exact
            if let hedge {
                qualifier = hedge; start = i - 1
                if t[i - 1].lower == "than", i >= 2, t[i - 2].lower == "more" { start = i - 2 }
                // "less than half of it": below the factor, with the words that say so.
                if t[i - 1].lower == "than", !(i >= 2 && t[i - 2].lower == "more") {
                    qualifier = i >= 2 && ["less", "fewer"].contains(t[i - 2].lower) ? .upTo : .exact
                    start = qualifier == .upTo ? i - 2 : i
                }
            }
            if next == "as", i + 2 < t.count, t[i + 2].isWord { end = i + 3 }
            var value = Quantity(low: factor, high: factor, qualifier: qualifier, unit: "times")
            if qualifier == .atLeast { value = Quantity(low: factor, high: nil, lowInclusive: false, qualifier: .atLeast, unit: "times") }
            if qualifier == .upTo { value = Quantity(low: nil, high: factor, highInclusive: false, qualifier: .upTo, unit: "times") }
            found.append((start..<end, value))
        }
        return found
    }

    /// Auxiliaries of a verb group between a frame noun and its verb.
    static var auxiliaries: Set<String> { WordLists.current.words(Lists.measuresAuxiliaries) }

    static func isVerbLike(_ w: String) -> Bool {
        (w.hasSuffix("ing") && w.count > 5 && !isIngNoun(w)) || (w.hasSuffix("ed") && w.count > 4) || Vocabulary.verbs.contains(w)
    }

    /// "spending", "borrowing", "funding": a noun ending in -ing (`measures.ingNouns`).
    static func isIngNoun(_ w: String) -> Bool { WordLists.current.words(Lists.measuresIngNouns).contains(w) }

    /// A definite reference to things already known, not a count to check: "the two sides", "these two
    /// countries", "its three biggest strongholds" (a determiner before a spelled-out number up to ten).
    static func isDefiniteReference(_ t: [Token], figure: Figure) -> Bool {
        let s = figure.tokens.lowerBound
        guard s > 0, WordLists.current.words(Lists.measuresPossessives).contains(t[s - 1].lower),
              figure.tokens.count == 1, t[s].isWord, !t[s].text.contains(where: \.isNumber),
              let value = figure.quantity.high, value <= 10 else { return false }
        return true
    }

    /// A noun right after a percentage or amount that it modifies: "a 9% pay rise", "a $5 billion fine".
    static func modifiedNoun(_ t: [Token], after end: Int) -> (id: String, text: String)? {
        var j = end
        var words: [Token] = []
        while j < t.count, words.count < 2, t[j].isWord, !t[j].isCapitalized, !Vocabulary.notMeasures.contains(t[j].lower),
              !Lexicon.phraseStops.contains(t[j].lower) {
            words.append(t[j]); j += 1
        }
        guard let head = words.last, let id = id(forNoun: head.lower) else { return nil }
        // "a 9% pay rise in 2024": stop at a verb-like word ("rise" is a noun here only after a modifier).
        return (id, words.map(\.text).joined(separator: " "))
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let measuresForecastHeads = ListName("measures", "forecastHeads")
    static let measuresFigureModifiers = ListName("measures", "figureModifiers")
    static let measuresTotalNouns = ListName("measures", "totalNouns")
    static let measuresIncrementWords = ListName("measures", "incrementWords")
    static let measuresRateQualifiers = ListName("measures", "rateQualifiers")
    static let measuresAuxiliaries = ListName("measures", "auxiliaries")
    static let measuresAmountVerbs = ListName("measures", "amountVerbs")
    static let calendarFutureBeforeTo = ListName("calendar", "futureBeforeTo")
    static let measuresIngNouns = ListName("measures", "ingNouns")
    static let measuresLengthUnits = ListName("measures", "lengthUnits")
    static let sentencesOutcomeParticiples = ListName("sentences", "outcomeParticiples")
    static let measuresQuantityUnits = ListName("measures", "quantityUnits")
    static let measuresRatioVerbs = ListName("measures", "ratioVerbs")
    static let measuresComparingWords = ListName("measures", "comparingWords")
    static let measuresFramePrepositions = ListName("measures", "framePrepositions")
    static let measuresLinkers = ListName("measures", "linkers")
    static let measuresPossessives = ListName("measures", "possessives")
    static let measuresRatioFactors = ListName("measures", "ratioFactors")
}
