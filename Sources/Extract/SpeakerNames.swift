import Lexicon
import Model

/// Normalises speaker phrases to stable keys: one key per person, organisation or report across articles.
struct SpeakerNames: Sendable {
    /// Place names and adjectives, stripped from unnamed speakers ("a senior Iraqi official").
    let placeWords: Set<String>

    static var titles: Set<String> { WordLists.current.words(Lists.speakersTitles) }
    static var particles: Set<String> { WordLists.current.words(Lists.speakersParticles) }
    static var orgWords: Set<String> { WordLists.current.words(Lists.speakersOrgWords) }
    static var reportHeads: Set<String> { WordLists.current.words(Lists.speakersReportHeads) }
    /// Organisations written both ways; the key is the usual acronym.
    static var knownOrganizations: [String: String] { WordLists.current.table(Lists.speakersKnownOrganizations) }

    func isTitle(_ w: String) -> Bool { Self.titles.contains(w) }
    func isParticle(_ w: String) -> Bool { Self.particles.contains(w) }

    /// The speaker a noun phrase names, resolving pronouns and "the report" against what came before.
    func speaker(for np: [Token], state: SpeakerState, sentenceMentionsReport: Bool) -> Speaker? {
        var words = np
        let first = words.first!.lower
        if words.count == 1 {
            switch first {
            case "he", "she": return state.lastPerson
            case "it": return state.lastSubject ?? state.lastReport ?? state.lastOrganization
            case "they": return state.lastOrganization
            default: if WordLists.current.words(Lists.speakersPronounsOfNoSpeaker).contains(first) { return nil }
            }
        }
        let determiner = WordLists.current.words(Lists.speakersDeterminers).contains(first) ? first : nil
        if determiner != nil { words.removeFirst() }
        guard let head = words.last else { return nil }
        if words.count == 1, ["the", "this", "that"].contains(determiner ?? "the"), !head.isCapitalized || determiner != nil,
           let s = anaphor(head: head.lower, state: state) { return s }
        // "the holiday company", "the national grid operator": a business by its trade, with words that describe it,
        // is the last business named.
        if determiner == "the", (2...4).contains(words.count), words.allSatisfy({ !$0.isCapitalized }),
           WordLists.current.words(Lists.attributionCompanyDescriptors).contains(Self.singular(head.lower)),
           let s = anaphor(head: head.lower, state: state), s.kind != .unknown { return s }
        let caps = words.filter { $0.isCapitalized && !isTitle($0.lower) }
        if Self.reportHeads.contains(head.lower) {
            let issuers = caps.filter { $0 != head && !placeWords.contains($0.lower) || Self.knownOrganizations[$0.lower] != nil }
            if issuers.isEmpty {
                if determiner == nil || ["the", "this", "that", "its"].contains(determiner!) {
                    return state.lastReport ?? Speaker(key: "report", name: "the report", kind: .report)
                }
                return Speaker(key: "report", name: "a report", kind: .report)
            }
            let key = organizationKey(issuers.filter { $0 != head })
            return Speaker(key: key + "-report", name: issuers.map(\.text).joined(separator: " ") + " report", kind: .report)
        }
        // "the general", "the minister": a title alone points back to the last person named.
        if determiner == "the", words.count == 1, isTitle(head.lower) { return state.lastPerson }
        // "Hana Lisowski of Greyfell Labs", "the researcher Hana Lisowski of the firm Greyfell Labs": a person's name
        // of two words or more, then "of" and a capitalised name, is that person, shown with the organisation.
        if let of = words.firstIndex(where: { $0.lower == "of" }), of >= 2, words.count > of + 1,
           words[(of - 2)..<of].allSatisfy({ $0.isCapitalized && !isTitle($0.lower) && !Self.orgWords.contains($0.lower) && !placeWords.contains($0.lower) }),
           words[(of + 1)...].contains(where: { $0.isCapitalized && !placeWords.contains($0.lower) }) {
            var nameStart = of - 2
            while nameStart > 0, words[nameStart - 1].isCapitalized, !isTitle(words[nameStart - 1].lower),
                  !placeWords.contains(words[nameStart - 1].lower), !Self.orgWords.contains(words[nameStart - 1].lower) { nameStart -= 1 }
            let after = Array(words[(of + 1)...])
            let org = after.indices.filter { after[$0].isCapitalized || after[$0].lower == "of"
                || after[$0].lower == "the" && $0 + 1 < after.count && after[$0 + 1].isCapitalized }.map { after[$0] }
            let shown = (words[nameStart..<of].map(\.text) + ["of"] + org.map(\.text)).joined(separator: " ")
            return Speaker(key: Self.fold(words[of - 1].text), name: shown, kind: .person)
        }
        let run = trailingNameRun(words)
        if run.isEmpty {
            let content = words.filter { !placeWords.contains($0.lower) }
            let kept = content.count >= 2 || content.isEmpty ? (content.isEmpty ? words : content) : words
            let key = kept.map { $0.lower }.joined(separator: "-")
            let singular = !head.lower.hasSuffix("s") || head.lower.hasSuffix("ss")
            // "the Velmoran coastguard": a head noun that names a body is one, singular or not.
            let organization = !singular || Self.anaphorHeads.contains(Self.singular(head.lower)) || Self.orgWords.contains(head.lower)
            return Speaker(key: key, name: np.map(\.text).joined(separator: " "), kind: organization ? .organization : .person)
        }
        if isOrganization(run) {
            let key = organizationKey(run)
            if sentenceMentionsReport { return Speaker(key: key + "-report", name: run.map(\.text).joined(separator: " ") + " report", kind: .report) }
            return Speaker(key: key, name: run.map(\.text).joined(separator: " "), kind: .organization)
        }
        if Self.reportHeads.contains(run.last!.lower) {
            return Speaker(key: organizationKey(run), name: run.map(\.text).joined(separator: " "), kind: .report)
        }
        // A person: the name is what follows the last title or place adjective.
        var nameStart = 0
        for (n, w) in run.enumerated() where isTitle(w.lower) || placeWords.contains(w.lower) || w.lower == "of" { nameStart = n + 1 }
        let name = Array(run[nameStart...])
        guard let surname = name.last else { return state.lastPerson }
        return Speaker(key: Self.fold(surname.text), name: name.map(\.text).joined(separator: " "), kind: .person)
    }

    /// The run of names and titles that ends the phrase ("Iraqi General Qais al-Mohamadawi").
    private func trailingNameRun(_ words: [Token]) -> [Token] {
        var run: [Token] = []
        for w in words.reversed() {
            let isNamePart = w.isCapitalized || isParticle(w.lower) || w.lower.hasPrefix("al-") || w.lower.hasPrefix("el-")
            if run.isEmpty, !isNamePart { return [] }
            // "Ministry of the Interior": "the" only right after "of".
            guard isNamePart || isTitle(w.lower) || w.lower == "of" || w.lower == "the" && run.first?.isCapitalized == true else { break }
            if let first = run.first, first.lower == "the", w.lower != "of" { break }
            run.insert(w, at: 0)
        }
        while let f = run.first, f.lower == "of" || f.lower == "the" { run.removeFirst() }
        return run
    }

    private func isOrganization(_ run: [Token]) -> Bool {
        let lowered = run.map(\.lower)
        if Self.knownOrganizations[lowered.joined(separator: " ")] != nil { return true }
        // "Interior Ministry", "State Department": a title word before an organisation word qualifies it.
        if let last = run.last, Self.orgWords.contains(last.lower) { return true }
        // "Ministry of the Interior", "Bank of England": an organisation word heads the name before "of".
        if let of = lowered.firstIndex(of: "of"), of > 0, Self.orgWords.contains(lowered[of - 1]) { return true }
        if lowered.contains(where: isTitle) { return false }
        if lowered.contains(where: Self.orgWords.contains) { return true }
        if let last = run.last, last.text.count >= 2, last.text == last.text.uppercased(), last.text.contains(where: \.isLetter) { return true }
        return false
    }

    /// "United Nations" and "UN" → "un"; "NBC News" → "nbc-news"; "Financial Integrity Network" → "fin".
    func organizationKey(_ run: [Token]) -> String {
        let words = run.map(\.text).filter { !["the", "The"].contains($0) }
        let joined = words.joined(separator: " ").lowercased()
        if let known = Self.knownOrganizations[joined] { return known }
        if words.count == 1 { return joined.replacingAll(".", with: "") }
        if words.contains(where: { $0.count >= 2 && $0 == $0.uppercased() }) {
            return words.map { Self.knownOrganizations[$0.lowercased()] ?? $0.lowercased() }.joined(separator: "-")
        }
        let initials = words.filter { !["of", "for", "and", "on", "in"].contains($0.lowercased()) }.compactMap(\.first)
        return initials.count >= 2 ? String(initials).lowercased() : joined.replacingAll(" ", with: "-")
    }

    /// A surname folded for matching: lowercase, possessive and "al-"/"el-" particles dropped.
    static func fold(_ name: String) -> String {
        var s = name.lowercased()
        for suffix in ["'s", "’s"] where s.hasSuffix(suffix) { s = String(s.dropLast(2)) }
        for particle in WordLists.current.words(Lists.speakersArticles) where s.hasPrefix(particle) && s.count > particle.count + 2 {
            s = String(s.dropFirst(particle.count))
            break
        }
        return s
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let attributionCompanyDescriptors = ListName("attribution", "companyDescriptors")
    static let speakersArticles = ListName("speakers", "articles")
    static let speakersDeterminers = ListName("speakers", "determiners")
    static let speakersKnownOrganizations = ListName("speakers", "knownOrganizations")
    static let speakersOrgWords = ListName("speakers", "orgWords")
    static let speakersParticles = ListName("speakers", "particles")
    static let speakersPronounsOfNoSpeaker = ListName("speakers", "pronounsOfNoSpeaker")
    static let speakersReportHeads = ListName("speakers", "reportHeads")
    static let speakersTitles = ListName("speakers", "titles")
}
