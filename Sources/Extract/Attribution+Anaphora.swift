import Lexicon
import Model

/// "The authority said", "the ministry estimated": an organisation named earlier, by its head noun.
extension SpeakerNames {
    /// Head nouns that point back to an organisation or report named earlier in the article.
    static var anaphorHeads: Set<String> { WordLists.current.words(Lists.attributionAnaphorHeads) }

    /// "agencies" → "agency", "ministries" → "ministry", "banks" → "bank".
    static func singular(_ w0: String) -> String {
        let w = w0.hasSuffix("isation") ? String(w0.dropLast(7)) + "ization" : w0.hasSuffix("isations") ? String(w0.dropLast(8)) + "izations" : w0
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), w != "police", w.count > 3 { return String(w.dropLast()) }
        return w
    }

    /// The organisation "the authority" points to: the last one named with that head word, else an
    /// anonymous speaker of kind `.unknown`; nil when `head` is not an organisation noun.
    func anaphor(head: String, state: SpeakerState) -> Speaker? {
        let one = Self.singular(head)
        guard Self.anaphorHeads.contains(one) else { return nil }
        if let named = state.organizations.last(where: { org in
            org.name.split(separator: " ").contains { Self.singular($0.lowercased()) == one }
        }) { return named }
        if WordLists.current.words(Lists.attributionCompanyDescriptors).contains(one) {
            let words = WordLists.current.words(Lists.attributionCompanyNameWords)
            if let business = state.organizations.last(where: { org in
                org.name.split(separator: " ").contains { words.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
            }) { return business }
        }
        // No earlier name: "the police", "the organisers" name a party of the story by their role
        // (`attribution.roleParties`); "the agency" and "the company" need a name to be one.
        let role = WordLists.current.words(Lists.attributionRoleParties).contains(one)
        return Speaker(key: one, name: "the " + head, kind: role ? .organization : .unknown)
    }

    /// Organisations named in a sentence ("the National Disaster Management Authority", "the World Bank"),
    /// found as runs of capitalised words that hold an organisation word or are a known organisation.
    func namedOrganizations(in t: [Token]) -> [Speaker] {
        var found: [Speaker] = []
        var run: [Token] = []
        func flush() {
            guard !run.isEmpty else { return }  // most tokens end no run
            while let last = run.last, !last.isCapitalized { run.removeLast() }
            while let first = run.first, !first.isCapitalized || first.lower == "the" { run.removeFirst() }
            // "Shares of Sakaki Motor Corp. fell": a sentence's capitalised first word before "of" is no part of the name
            // unless it is an organisation word ("Ministry of Health", "Bank of England").
            if run.count > 2, let at = t.firstIndex(where: { $0.start == run[0].start }), at == 0 || !t[at - 1].isWord,
               run[1].lower == "of", !Self.orgWords.contains(run[0].lower),
               Self.knownOrganizations[run.map(\.lower).joined(separator: " ")] == nil {
                run.removeFirst(2)
            }
            let lowered = run.map(\.lower)
            if !run.isEmpty, Self.knownOrganizations[lowered.joined(separator: " ")] != nil
                || Self.orgWords.contains(lowered.last!)
                || lowered.contains(where: Self.orgWords.contains) && !lowered.contains(where: { isTitle($0) && !Self.orgWords.contains($0) }) {
                found.append(Speaker(key: organizationKey(run), name: run.map(\.text).joined(separator: " "), kind: .organization))
            }
            run = []
        }
        for (i, tok) in t.enumerated() {
            // "the Callowford and Wenlow Hospitals Trust": "and" joins two names before the organisation word, not
            // two organisations ("the Health Ministry and the Red Cross").
            let joins = tok.lower == "and" && !run.isEmpty && i + 1 < t.count && t[i + 1].isCapitalized
                && !run.contains(where: { Self.orgWords.contains($0.lower) })
            if tok.isWord, !tok.inQuote, tok.isCapitalized || joins || (!run.isEmpty && ["of", "for", "on", "the"].contains(tok.lower)) {
                run.append(tok)
            } else {
                flush()
            }
        }
        flush()
        return found
    }
}

extension SpeakerState {
    /// Remembers an organisation as the most recently named one.
    mutating func remember(_ org: Speaker) {
        organizations.removeAll { $0.key == org.key }
        organizations.append(org)
        if organizations.count > 32 { organizations.removeFirst() }
    }
}

extension Attributor {
    /// "the World Bank put it closer to $15 billion", "officials put the toll at 45": "put" reports a figure
    /// when an "at" or "closer to" follows within a few words.
    /// "Larkspur raised its count of stolen records to 6.3 million", "the ministry raised the number of injured to 131": a verb of `attribution.revisionVerbs` with
    /// "its"/"their" and a noun of `attribution.revisionObjects` after it gives its subject's figure, as "said" does.
    static func isRevisionVerb(_ t: [Token], _ v: Int) -> Bool {
        guard v + 2 < t.count, WordLists.current.words(Lists.attributionRevisionVerbs).contains(t[v].lower),
              ["its", "their", "the"].contains(t[v + 1].lower) else { return false }
        let objects = WordLists.current.words(Lists.attributionRevisionObjects)
        // "raised the number of injured to 131", "revised the death toll": with "the", the noun comes right after it.
        // The subject must be a party then ("the ministry", "Police"), not a cause ("The storm raised the number of …").
        if t[v + 1].lower == "the" {
            var p = v - 1
            while p > 0, t[p].isWord, ["also", "later", "then"].contains(t[p].lower) || t[p].lower.hasSuffix("ly") { p -= 1 }
            guard p >= 0, t[p].isWord, p > 0 && t[p].isCapitalized || SpeakerNames.anaphorHeads.contains(SpeakerNames.singular(t[p].lower))
                    || SpeakerNames.orgWords.contains(SpeakerNames.singular(t[p].lower)) || Vocabulary.personNouns.contains(OpenMeasure.lemma(t[p].lower))
            else { return false }
            return t[(v + 2)..<min(t.count, v + 4)].contains { objects.contains($0.lower) }
        }
        return t[(v + 2)..<min(t.count, v + 5)].contains { objects.contains($0.lower) }
    }

    static func isPutVerb(_ t: [Token], _ v: Int) -> Bool {
        guard t[v].lower == "put" || t[v].lower == "puts" || t[v].lower == "putting", v + 1 < t.count,
              !WordLists.current.words(Lists.attributionNotPutAtAfter).contains(t[v + 1].lower)
        else { return false }
        for k in (v + 1)..<min(t.count, v + 7) {
            if WordLists.current.words(Lists.attributionPutAtWords).contains(t[k].lower) { return true }
            if [".", ";"].contains(t[k].text) { return false }
        }
        return false
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let attributionRevisionVerbs = ListName("attribution", "revisionVerbs")
    static let attributionRevisionObjects = ListName("attribution", "revisionObjects")
    static let attributionCompanyDescriptors = ListName("attribution", "companyDescriptors")
    static let attributionRoleParties = ListName("attribution", "roleParties")
    static let attributionCompanyNameWords = ListName("attribution", "companyNameWords")
    static let attributionAnaphorHeads = ListName("attribution", "anaphorHeads")
    static let attributionNotPutAtAfter = ListName("attribution", "notPutAtAfter")
    static let attributionPutAtWords = ListName("attribution", "putAtWords")
}
