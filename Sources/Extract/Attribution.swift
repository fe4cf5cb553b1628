import Lexicon
import Model

/// Who spoke last in an article, for "he added", "the report said" and "It said".
struct SpeakerState: Sendable {
    var lastPerson: Speaker?
    var lastReport: Speaker?
    var lastOrganization: Speaker?
    /// The organisation that last opened a sentence as its subject or spoke ("The association disputed the toll.
    /// It said …"); a report speaking clears it, so "It" then means the report.
    var lastSubject: Speaker?
    /// Organisations named so far, most recent last, for "the authority said".
    var organizations: [Speaker] = []
    /// The fullest name seen for each key.
    var names: [String: String] = [:]
}

/// Finds the speaker of a sentence from reporting patterns ("X said", "said X", "according to X").
struct Attributor: Sendable {
    let names: SpeakerNames

    static var verbs: Set<String> { WordLists.current.words(Lists.attributionReportingVerbs) }
    /// Verb forms that are also nouns ("UN estimates"): they need their subject right before them.
    static var nounLike: Set<String> { WordLists.current.words(Lists.attributionNounLike) }
    static var auxiliaries: Set<String> { WordLists.current.words(Lists.attributionAuxiliaries) }
    static var stops: Set<String> { WordLists.current.words(Lists.attributionStops) }

    /// A headline's credit after a dash or colon at its end: "Over 10,000 … still in Iraq, Syria - experts",
    /// "Up to 500 Daesh fighters still active in Iraq: military". At most three words, no figure, no verb.
    func headlineCredit(in t: [Token], state: inout SpeakerState) -> Speaker? {
        guard let mark = t.lastIndex(where: { ["-", "–", "—", ":"].contains($0.text) }), mark > 2 else { return nil }
        let tail = t[(mark + 1)...]
        guard (1...3).contains(tail.count), tail.allSatisfy({ $0.isWord && !$0.isNumber && !Self.verbs.contains($0.lower) }),
              !t[..<mark].contains(where: { Self.verbs.contains($0.lower) && !$0.inQuote }) else { return nil }
        guard var speaker = resolve(Array(tail), t: t, state: &state, report: false) else { return nil }
        // A lower-case credit ("experts", "military") describes a source without naming a party.
        if !tail.contains(where: \.isCapitalized) { speaker.kind = .unknown }
        return speaker
    }

    /// The speaker of a sentence, updating who spoke last.
    func speaker(in t: [Token], state: inout SpeakerState) -> Speaker? {
        // "report" as a noun ("the report", "a UN report"), not the verb ("failed to report for the shift").
        let mentionsReport = t.indices.contains { i in
            !t[i].inQuote && (t[i].lower == "report" || t[i].lower == "reports") && i > 0
                && (t[i - 1].isCapitalized || WordLists.current.words(Lists.attributionReportModifiers).contains(t[i - 1].lower))
        }
        for org in names.namedOrganizations(in: t) {
            state.remember(org)
            // "The Sarvona Hospitals Association disputed the death toll.": the subject, for an "It" to come.
            if let first = org.name.split(separator: " ").first, t.prefix(3).contains(where: { $0.text == first }) { state.lastSubject = org }
        }
        // "The trust does not accept the total. It told the Sentinel …": a sentence that opens on an organisation
        // named earlier, by its head noun, makes it the subject an "It" points back to.
        if t.count > 2, t[0].lower == "the", t[1].isWord, !t[1].isCapitalized, t[2].isWord, !t[2].isCapitalized,
           let org = names.anaphor(head: t[1].lower, state: state), org.kind == .organization {
            state.lastSubject = org
        }
        let verbs = WordLists.current.bits(Lists.attributionReportingVerbs)
        // "Its own review had found 9,800 patients …, the trust said, and …", "38% had waited more than a year, the
        // audit office found.": a credit set after the clause it credits, between a comma and a comma or the end,
        // speaks for it, before any reporting verb inside the clause. A credit of one word ("it said", "police said")
        // is left to the reading below, where it speaks when nothing earlier does.
        // Not when the clause has a plain credit of its own ("The union said 4,000 walked out, officials said").
        let plainCredits = WordLists.current.words(Lists.attributionIrregularReportingForms).subtracting(Self.nounLike)
        for v in t.indices.dropFirst(2) where !t[v].inQuote && !t[v].isCapitalized && verbs.contains(t[v].id) {
            // "…, the trust said on Tuesday.": a weekday may follow the verb.
            let after = v + 2 < t.count && t[v + 1].lower == "on" && Lexicon.weekdays[t[v + 2].lower] != nil ? v + 3 : v + 1
            guard after == t.count || [",", ".", ";"].contains(t[after].text),
                  let comma = t[..<v].lastIndex(where: { !$0.isWord }), comma > 0, t[comma].text == ",", v - comma >= 3, v - comma <= 6,
                  t[comma - 1].isWord || t[comma - 1].isNumber || [")", "%"].contains(t[comma - 1].text),
                  // "…, citing late hospital reports.": a participle opens no credit; "reports" is a noun there.
                  !(t[comma + 1].lower.hasSuffix("ing") && !t[comma + 1].isCapitalized),
                  !t[..<comma].contains(where: { !$0.inQuote && plainCredits.contains($0.lower) }) else { continue }
            if let s = resolve(subject(t, endingAt: v - 1), t: t, state: &state, report: mentionsReport) { return s }
        }
        for v in t.indices where !t[v].inQuote {
            if Self.isAccordingTo(t, at: v) {
                // "according to a report published yesterday by the audit office": the agent of the document speaks.
                if let agent = agentOfDocument(t, after: v + 2), let s = resolve(agent, t: t, state: &state, report: false) { return s }
                if let s = resolve(phraseAfter(t, v + 2), t: t, state: &state, report: false) { return s }
                continue
            }
            // "The union disputed that, saying over 9,000 members had walked out": a reporting participle after a comma
            // speaks with the subject that opens the sentence.
            if v > 1, t[v - 1].text == ",", WordLists.current.words(Lists.attributionParticiples).contains(t[v].lower) {
                let subject = openingSubject(t, before: v - 1)
                // A party: a name of two words or more, or a noun of organisations ("the union"); not "Prices rose, adding".
                let named = subject.filter { $0.isWord && $0.lower != "the" }
                if named.count >= 2 || named.contains(where: { SpeakerNames.orgWords.contains($0.lower) }),
                   let s = resolve(subject, t: t, state: &state, report: mentionsReport) { return s }
            }
            guard verbs.contains(t[v].id) || Self.isPutVerb(t, v) || Self.isRevisionVerb(t, v), !t[v].isCapitalized else { continue }
            if Self.nounLike.contains(t[v].lower) {
                // "UN estimates, unveiled …" and "estimates of" are nouns; "estimates that" is a verb.
                guard v + 1 < t.count, WordLists.current.words(Lists.attributionVerbObjectStarts).contains(t[v + 1].lower)
                        || t[v + 1].isNumber else { continue }
            }
            if v + 1 < t.count, v > 0, [",", "”", "\"", "’", "'", "—"].contains(t[v - 1].text), t[v + 1].isWord,
               t[v + 1].isCapitalized, Lexicon.weekdays[t[v + 1].lower] == nil, Lexicon.months[t[v + 1].lower] == nil {
                var e = v + 1
                while e < t.count, t[e].isWord && (t[e].isCapitalized || names.isTitle(t[e].lower) || names.isParticle(t[e].lower))
                        || t[e].text == "." && names.isTitle(t[e - 1].lower) { e += 1 }
                if let s = resolve(t[(v + 1)..<e].filter(\.isWord), t: t, state: &state, report: mentionsReport) { return s }
            }
            // "…, said the coast guard", "…, has announced the coast guard of Aldmere", "…, reported the agency": a
            // reporting verb after a comma (over "has"), then its subject.
            var before = v - 1
            if before > 0, ["has", "have", "had"].contains(t[before].lower) { before -= 1 }
            if before > 0, t[before].text == ",", v + 2 < t.count, t[v + 1].isWord,
               ["the", "a", "an"].contains(t[v + 1].lower) || SpeakerNames.orgWords.contains(t[v + 1].lower) && !t[v + 1].isCapitalized,
               WordLists.current.words(Lists.attributionInvertedVerbs).contains(t[v].lower) {
                var np = phraseAfter(t, v + 1)
                var end = v + 1 + np.count
                // "…, said a spokesman for the fire service": the body a mouthpiece speaks for.
                if end + 1 < t.count, t[end].lower == "for", let last = np.last,
                   WordLists.current.words(Lists.attributionMouthpieceTitles).contains(last.lower) {
                    np = phraseAfter(t, end + 1); end += 1 + np.count
                }
                // "the coast guard of Aldmere": the body, not the place it belongs to.
                if let of = np.firstIndex(where: { $0.lower == "of" }), of > 1, !np[of - 1].isCapitalized { np = Array(np[..<of]) }
                let closes = end >= t.count || [",", ".", ";", "”", "\""].contains(t[end].text)
                    || WordLists.current.words(Lists.attributionInvertedCreditFollowers).contains(t[end].lower)
                if np.count >= (np.first?.lower == "the" || np.first?.lower == "a" || np.first?.lower == "an" ? 2 : 1), closes,
                   let s = resolve(np, t: t, state: &state, report: false) {
                    return s
                }
            }
            // "23 deaths reported by the health ministry", "This was announced yesterday by the Ministry of Health":
            // the agent of a reporting verb speaks.
            if Self.isPastForm(t[v].lower), v + 1 < t.count,
               let by = t.indices[(v + 1)..<min(t.count, v + 4)].first(where: { t[$0].lower == "by" }),
               t[(v + 1)..<by].allSatisfy(\.isWord), by + 1 < t.count,
               let s = resolve(phraseAfter(t, by + 1), t: t, state: &state, report: false) {
                return s
            }
            var p = v - 1
            // "Sakaki Motor Corp. said": the full stop of a company's abbreviated ending.
            if p >= 1, t[p].text == ".", WordLists.current.words(Lists.speakersCompanySuffixes).contains(t[p - 1].lower) { p -= 1 }
            var passive = false
            // Adverbs ("officially said"), not nouns ending in -ly ("the ministry's latest tally puts").
            while p >= 0, t[p].isWord, !t[p].isCapitalized, Self.auxiliaries.contains(t[p].lower)
                    || (t[p].lower.hasSuffix("ly") && t[p].lower.count > 4 && !Vocabulary.figureNouns.contains(t[p].lower)) {
                if WordLists.current.words(Lists.attributionBeForms).contains(t[p].lower) { passive = true }
                p -= 1
            }
            // "Larkspur last Friday raised its count", "The ministry on Monday said": a day between subject and verb.
            if p >= 1, Lexicon.weekdays[t[p].lower] != nil, t[p].isCapitalized,
               WordLists.current.words(Lists.attributionDayBeforeWords).contains(t[p - 1].lower) { p -= 2 }
            guard p >= 0, !passive, p + 1 == v || t[p].isWord || t[p].text == "," else { continue }
            if p >= 0, t[p].lower == "to" { continue }
            if let s = resolve(subject(t, endingAt: p), t: t, state: &state, report: mentionsReport) { return s }
        }
        return nil
    }

    /// "police counted 12,000 people and the organisers 70,000": a party named right before a figure, after "and",
    /// "while", "but" or "whereas", with its verb left out, gives that figure. Nil when a verb stands between.
    func gappedSpeaker(_ t: [Token], before s: Int, state: inout SpeakerState) -> Speaker? {
        guard s >= 2, t[s - 1].isWord, !t[s - 1].inQuote, !OpenMeasure.isVerbLike(t[s - 1].lower) else { return nil }
        let joiners: Set<String> = ["and", "while", "but", "whereas"]
        var q = s - 1
        while q > 0, s - q < 5, t[q - 1].isWord, !joiners.contains(t[q - 1].lower) { q -= 1 }
        guard q > 1, joiners.contains(t[q - 1].lower) else { return nil }
        // The first conjunct ends in a figure and its noun ("counted 12,000 people and …"); a possessive is no party.
        guard t[max(0, q - 5)..<(q - 1)].contains(where: \.isNumber),
              t[q].lower == "the" || !WordLists.current.words(Lists.measuresPossessives).contains(t[q].lower) else { return nil }
        // The words between are one noun phrase, and nothing else: "the organisers", "Brightwater Aid".
        let phrase = nounPhrase(t, endingAt: s - 1)
        let be = WordLists.current.words(Lists.attributionBeForms)
        guard let first = phrase.first, first.start == t[q].start, phrase.count == s - q,
              phrase.allSatisfy({ $0.isCapitalized || $0.lower == "the" || !OpenMeasure.isVerbLike($0.lower) && !Self.stops.contains($0.lower)
                  && !Self.auxiliaries.contains($0.lower) && !be.contains($0.lower) && !Vocabulary.verbs.contains($0.lower) }),
              phrase.contains(where: { $0.lower != "the" }) else { return nil }
        return resolve(phrase, t: t, state: &state, report: false)
    }

    /// "well above the 1,240 given by the National Public Health Agency": a participle of
    /// `attribution.agentParticiples` and its agent right after a figure (and a few words of its noun) give that figure.
    func agentAfter(_ t: [Token], figureEnd e: Int, state: inout SpeakerState) -> Speaker? {
        // "against 3.5 million according to the CGT union", "18,000 protesters according to the union": a credit
        // right after the figure (or its noun, no mark between) is that figure's own.
        var c = e
        while c < t.count, c - e < 3, t[c].isWord, !t[c].isCapitalized, !Self.isAccordingTo(t, at: c) { c += 1 }
        if Self.isAccordingTo(t, at: c), !t[c].inQuote, let credited = resolve(phraseAfter(t, c + 2), t: t, state: &state, report: false) {
            return credited
        }
        let participles = WordLists.current.words(Lists.attributionAgentParticiples)
        let be = WordLists.current.words(Lists.attributionBeForms)
        var k = e
        while k < t.count, k - e < 4, t[k].isWord, !t[k].isCapitalized, !participles.contains(t[k].lower),
              !Self.stops.contains(t[k].lower), !be.contains(t[k].lower) { k += 1 }
        guard k + 2 < t.count, participles.contains(t[k].lower), t[k + 1].lower == "by", !t[k].inQuote else { return nil }
        var a = k + 2
        // "reported by Sarvona's health ministry": the owner is a place or a name; the phrase after it is the party.
        if a + 2 < t.count, t[a].isCapitalized, Self.isPossessive(t[a + 1]), t[a + 2].isWord, !t[a + 2].isCapitalized { a += 2 }
        return resolve(phraseAfter(t, a), t: t, state: &state, report: false)
    }

    /// "The union's count of 1,200 vacancies", "stands by its count of 1,200", "the ministry's “fewer than 400”": the
    /// owner of a figure noun (`attribution.revisionObjects`) right before a figure, or of a quoted figure, gives it;
    /// "its"/"their" is the sentence's subject. A place's possessive ("the country's 23 million people") is no party.
    func ownerBefore(_ t: [Token], figureStart s: Int, state: inout SpeakerState) -> Speaker? {
        var k = s - 1
        var quoted = false
        while k >= 0, ["“", "\"", "‘"].contains(t[k].text) { k -= 1; quoted = true }
        var noun = false
        if k >= 1, t[k].lower == "of", WordLists.current.words(Lists.attributionRevisionObjects).contains(t[k - 1].lower) {
            k -= 2; noun = true
            // "its own count of", "the ministry's latest estimate of".
            var adjectives = 0
            while k >= 1, adjectives < 2, t[k].isWord, !t[k].isCapitalized, !Self.isPossessive(t[k]),
                  !["its", "their"].contains(t[k].lower), !Self.stops.contains(t[k].lower) { k -= 1; adjectives += 1 }
        }
        // "the police figure of 30,000", "the union count of 1,200": a party noun right before the figure noun.
        if noun, s >= 3, k >= 0, !Self.isPossessive(t[k]), t[s - 3].isWord, !t[s - 3].isCapitalized,
           WordLists.current.words(Lists.attributionAnaphorHeads).contains(t[s - 3].lower) {
            return resolve(nounPhrase(t, endingAt: s - 3), t: t, state: &state, report: false)
        }
        guard (noun || quoted), k >= 1 else { return nil }
        if noun, ["its", "their"].contains(t[k].lower) {
            let subject = openingSubject(t, before: k)
            guard subject.contains(where: { $0.isWord && $0.lower != "the" }) else { return nil }
            return resolve(subject.filter(\.isWord), t: t, state: &state, report: false)
        }
        guard Self.isPossessive(t[k]) else { return nil }
        let owner = nounPhrase(t, endingAt: k - 1)
        guard let head = owner.last, head.isCapitalized && !names.placeWords.contains(head.lower)
                || WordLists.current.words(Lists.attributionAnaphorHeads).contains(head.lower) else { return nil }
        return resolve(owner, t: t, state: &state, report: false)
    }

    /// "Norrlake's spokesman, Jon Asker, said", "a spokeswoman for the ministry, Ana Ruiz, said": one who speaks for
    /// an organisation by office (`attribution.mouthpieceTitles`) gives its figures; the organisation is the party.
    private func mouthpieceOwner(_ t: [Token], before np: [Token]) -> [Token]? {
        guard let first = np.first, first.isCapitalized, let at = t.firstIndex(where: { $0.start == first.start }), at >= 3,
              t[at - 1].text == "," else { return nil }
        let titles = WordLists.current.words(Lists.attributionMouthpieceTitles)
        var k = at - 2
        while k > 0, t[k].isWord, !titles.contains(t[k].lower), at - k <= 8 { k -= 1 }
        guard k >= 1, titles.contains(t[k].lower) else { return nil }
        if Self.isPossessive(t[k - 1]), k >= 2, at - k == 2 {
            let owner = nounPhrase(t, endingAt: k - 2)
            return owner.isEmpty ? nil : owner
        }
        if k + 2 < at, t[k + 1].lower == "for" {
            let owner = phraseAfter(t, k + 2)
            return owner.isEmpty ? nil : owner
        }
        return nil
    }

    /// "A separate study by researchers at the University of Teruna, published on Tuesday, put …": the name a
    /// document is "by" speaks for it, when the subject ending at p is that name after a preposition.
    private func documentAgent(_ t: [Token], endingAt p: Int) -> [Token] {
        guard p >= 0, t[p].isCapitalized else { return [] }
        var start = p
        while start > 0, t[start - 1].isWord, t[start - 1].isCapitalized || ["of", "the"].contains(t[start - 1].lower) && start - 2 >= 0 && t[start - 2].isWord {
            if t[start - 1].lower == "the", !(start >= 2 && t[start - 2].lower == "of") { start -= 1; break }
            start -= 1
        }
        var b = start - 1
        while b > 0, p - b < 12, t[b].isWord, t[b].lower != "by" { b -= 1 }
        guard b > 0, t[b].lower == "by", SpeakerNames.reportHeads.contains(t[b - 1].lower) else { return [] }
        return t[start...p].filter(\.isWord)
    }

    /// "a report published yesterday by the Health Services Audit Office", "a study by researchers at …": the
    /// phrase after "by" when the phrase at k is a document (`speakers.reportHeads`) and only words (a participle,
    /// a day) stand between it and "by".
    private func agentOfDocument(_ t: [Token], after k: Int) -> [Token]? {
        let np = phraseAfter(t, k)
        guard let head = np.last, SpeakerNames.reportHeads.contains(head.lower),
              let at = t[k...].firstIndex(where: { $0.start == head.start }) else { return nil }
        var b = at + 1
        while b < t.count, b - at <= 5, t[b].isWord, t[b].lower != "by" { b += 1 }
        guard b + 1 < t.count, b - at <= 5, t[b].lower == "by", t[b + 1].isWord else { return nil }
        let agent = phraseAfter(t, b + 1)
        return agent.contains(where: \.isCapitalized) ? agent : nil
    }

    /// The subject ending at token p, stepping back over appositives ("X, the deputy commander, said").
    private func subject(_ t: [Token], endingAt p0: Int) -> [Token] {
        var p = p0
        if t[p].isWord, ["that", "which"].contains(t[p].lower) { p -= 1 }  // "a strategy that said"
        for _ in 0..<4 {
            while p >= 0, ["”", "\"", "’", "'", "“"].contains(t[p].text) { p -= 1 }
            guard p >= 0 else { return [] }
            // "Calverian Air Navigation Services (CANS) said", "Hana Keller (pictured) said": a short parenthesis
            // after the subject is no part of it.
            if t[p].text == ")", let open = (max(0, p - 6)..<p).reversed().first(where: { t[$0].text == "(" }),
               open > 0, t[open - 1].isWord, !t[(open + 1)..<p].contains(where: { $0.text == ")" }) {
                p = open - 1; continue
            }
            if t[p].text == "," || t[p].text == "—" {
                // Find the segment before this comma; skip it when it starts like an appositive.
                var s = p - 1
                while s >= 0, ![",", "—", ";"].contains(t[s].text) || t[s].inQuote { s -= 1 }
                let segment = Array(t[(s + 1)..<p]).filter { $0.isWord }
                // An appositive opens in lower case ("X, the deputy commander, said") or, after a name, ends in a
                // common noun ("Larkspur Travel Group, Wendmark's biggest online holiday company, said").
                if let first = segment.first, !first.isCapitalized
                    || (s > 0 && t[s].text == "," && t[s - 1].isCapitalized && segment.count >= 2 && segment.last.map { !$0.isCapitalized } == true) {
                    p = s; continue
                }
                p -= 1; continue
            }
            let np = nounPhrase(t, endingAt: p)
            if np.isEmpty { return documentAgent(t, endingAt: p) }
            if let owner = mouthpieceOwner(t, before: np) { return owner }
            // "The ministry's most recent count, issued on Monday, put …": the owner of a count speaks for it.
            // So does the owner of a document: "The commission's decision notice says".
            if let head = np.last, Vocabulary.figureNouns.contains(head.lower) || Vocabulary.figureNouns.contains(String(head.lower.dropLast()))
                || SpeakerNames.reportHeads.contains(head.lower),
               let firstWord = np.first, let at = t[...p].lastIndex(where: { $0.start == firstWord.start }),
               // over a few adjectives the phrase left out: "the union's own tally", "the ministry's latest count"
               let mark = (max(1, at - 3)..<max(1, at + 1)).reversed().first(where: { ["'s", "’s", "'", "’"].contains(t[$0].text) }),
               t[(mark + 1)..<at].allSatisfy({ $0.isWord && !$0.isCapitalized }), t[mark - 1].isWord {
                let owner = nounPhrase(t, endingAt: mark - 1)
                if !owner.isEmpty { return owner }
            }
            return np
        }
        return []
    }

    /// The noun phrase ending at p: names, titles, determiners and nouns, back to a stop word or mark.
    private func nounPhrase(_ t: [Token], endingAt p: Int) -> [Token] {
        var q = p
        var first = p + 1
        while q >= 0 {
            let tok = t[q]
            if tok.text == ".", q > 0, names.isTitle(t[q - 1].lower) { q -= 1; continue }
            // "the Tessing County Sheriff's Office": a possessive inside a capitalised name.
            if ["'s", "’s", "'S", "’S", "'", "’"].contains(tok.text), q > 0, t[q - 1].isCapitalized, first <= p, t[first].isCapitalized {
                q -= 1; continue
            }
            guard tok.isWord, !tok.inQuote else { break }
            // "the Ministry of the Interior", "Bank of England": "of (the)" inside a capitalised name.
            // "Hana Lisowski of the firm Greyfell Labs": so too a name led by its common noun.
            if tok.lower == "the", q >= 2, t[q - 1].lower == "of", t[q - 2].isCapitalized, first <= p, t[first].isCapitalized || t[p].isCapitalized {
                first = q; q -= 1; continue
            }
            if tok.lower == "of", first <= p, t[first].isCapitalized || t[first].lower == "the" && first < p && (t[first + 1].isCapitalized || t[p].isCapitalized),
               q > 0, t[q - 1].isCapitalized || names.isTitle(t[q - 1].lower) {
                first = q; q -= 1; continue
            }
            let acronym = tok.text.count >= 2 && tok.text == tok.text.uppercased()
            if Self.stops.contains(tok.lower) && !acronym || !tok.isCapitalized && Self.verbs.contains(tok.lower) && Self.isPastForm(tok.lower) { break }
            first = q
            if WordLists.current.words(Lists.attributionSubjectStarts).contains(tok.lower) || p - q >= 8 { break }
            q -= 1
        }
        // "Last Friday Larkspur raised …", "On Monday Police Scotland said", "Yesterday the ministry said": a day
        // that opens the phrase is no name.
        while first < p, let w = Optional(t[first].lower), Lexicon.weekdays[w] != nil || Lexicon.months[w] != nil
                || WordLists.current.words(Lists.attributionDayBeforeWords).contains(w) || Self.auxiliaries.contains(w) {
            first += 1
        }
        // "experts in and outside the US government warn": a prepositional object is not the subject.
        if first > 0, t[first - 1].isWord, Self.prepositions.contains(t[first - 1].lower) { return [] }
        // "the 1.1 million vehicles announced in February": what a figure counts is not who speaks.
        if first > 0, t[first - 1].isNumber || first <= p && Lexicon.magnitudes[t[first].lower] != nil { return [] }
        guard first <= p else { return [] }
        var words: [Token] = []
        for tok in t[first...p] {
            if tok.isWord { words.append(tok) } else if Self.isPossessive(tok), !tok.spaceBefore, !words.isEmpty { Self.attach(tok, to: &words) }
        }
        return words
    }

    static func isPossessive(_ tok: Token) -> Bool { ["'s", "’s", "'S", "’S", "'", "’"].contains(tok.text) }

    /// "Sheriff" + "'s" → "Sheriff's": a possessive inside a name stays in its shown name.
    static func attach(_ mark: Token, to words: inout [Token]) {
        var last = words.removeLast()
        last.text += mark.text; last.lower += mark.lower; last.end = mark.end
        words.append(last)
    }

    static var prepositions: Set<String> { WordLists.current.words(Lists.attributionPrepositions) }

    static func isPastForm(_ w: String) -> Bool { w.hasSuffix("ed") || WordLists.current.words(Lists.attributionIrregularReportingForms).contains(w) }

    /// "according to" at token v.
    static func isAccordingTo(_ t: [Token], at v: Int) -> Bool {
        v + 1 < t.count && t[v].lower == "according" && t[v + 1].lower == "to"
    }

    /// The phrase after "according to", up to a mark, a verb of publication or the sentence's verb ("according to
    /// the unions marched across the country").
    private func phraseAfter(_ t: [Token], _ k: Int) -> [Token] {
        var out: [Token] = []
        var j = k
        while j < t.count, out.count < 8 {
            let tok = t[j]
            if tok.text == ".", let last = out.last, names.isTitle(last.lower) { j += 1; continue }
            // A possessive inside a name: "the Lorvenian Dock Workers' Union", "St John's Hospital".
            if Self.isPossessive(tok), let last = out.last, last.isCapitalized, j + 1 < t.count, t[j + 1].isWord, t[j + 1].isCapitalized {
                Self.attach(tok, to: &out); j += 1; continue
            }
            guard tok.isWord else { break }
            if !tok.isCapitalized, !out.isEmpty,
               WordLists.current.words(Lists.attributionAccordingToEnds).contains(tok.lower) || OpenMeasure.isVerbLike(tok.lower) { break }
            out.append(tok); j += 1
        }
        return out
    }

    /// The noun phrase that opens a sentence ("The Brackenford Transit Workers' Union", "the union"), up to its verb.
    private func openingSubject(_ t: [Token], before limit: Int) -> [Token] {
        var e = 0
        while e < limit, t[e].isWord || ["'s", "’s", "'", "’"].contains(t[e].text),
              e == 0 || t[e].isCapitalized || !t[e].isWord || SpeakerNames.orgWords.contains(t[e].lower) || ["of", "for", "and"].contains(t[e].lower) {
            e += 1
        }
        return Array(t[0..<e])
    }

    private func resolve(_ np: [Token], t: [Token], state: inout SpeakerState, report: Bool) -> Speaker? {
        guard !np.isEmpty, let s = names.speaker(for: np, state: state, sentenceMentionsReport: report) else { return nil }
        var speaker = s
        if speaker.kind == .person, !speaker.name.isEmpty {
            if let known = state.names[speaker.key], known.count > speaker.name.count { speaker.name = known }
            state.names[speaker.key] = speaker.name
        }
        switch speaker.kind {
        case .person: state.lastPerson = speaker
        case .report: state.lastReport = speaker; state.lastSubject = nil
        case .organization: state.lastOrganization = speaker; state.lastSubject = speaker; state.remember(speaker)
        case .unknown: break
        }
        return speaker
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let attributionMouthpieceTitles = ListName("attribution", "mouthpieceTitles")
    static let attributionInvertedVerbs = ListName("attribution", "invertedVerbs")
    static let attributionInvertedCreditFollowers = ListName("attribution", "invertedCreditFollowers")
    static let attributionRevisionObjects = ListName("attribution", "revisionObjects")
    static let attributionAnaphorHeads = ListName("attribution", "anaphorHeads")
    static let attributionAgentParticiples = ListName("attribution", "agentParticiples")
    static let attributionDayBeforeWords = ListName("attribution", "dayBeforeWords")
    static let speakersCompanySuffixes = ListName("speakers", "companySuffixes")
    static let measuresPossessives = ListName("measures", "possessives")
    static let attributionAccordingToEnds = ListName("attribution", "accordingToEnds")
    static let attributionAuxiliaries = ListName("attribution", "auxiliaries")
    static let attributionBeForms = ListName("attribution", "beForms")
    static let attributionIrregularReportingForms = ListName("attribution", "irregularReportingForms")
    static let attributionNounLike = ListName("attribution", "nounLike")
    static let attributionParticiples = ListName("attribution", "participles")
    static let attributionPrepositions = ListName("attribution", "prepositions")
    static let attributionReportModifiers = ListName("attribution", "reportModifiers")
    static let attributionReportingVerbs = ListName("attribution", "reportingVerbs")
    static let attributionStops = ListName("attribution", "stops")
    static let attributionSubjectStarts = ListName("attribution", "subjectStarts")
    static let attributionVerbObjectStarts = ListName("attribution", "verbObjectStarts")
}
