import Lexicon
import Model

/// Finds configured places in a sentence, plus provinces named as such ("Al-Anbar province").
struct Gazetteer: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var name: String
    }

    let entries: [Entry]
    /// Entries by first word as written, so a token tries only the spellings that start with it.
    let entriesByFirstWord: PhraseIndex
    /// Every place word, for telling place adjectives from names ("Iraqi General ...").
    let placeWords: Set<String>
    static var regionNouns: Set<String> { WordLists.current.words(Lists.placesRegionNouns) }

    init(places: [Config.Place]) {
        var list: [Entry] = []
        for place in places {
            for spelling in [place.name] + place.aliases {
                list.append(Entry(words: spelling.split(separator: " ").map(String.init), name: place.name))
            }
        }
        entries = list.sorted { $0.words.count > $1.words.count }
        var index = PhraseIndex()
        for (n, entry) in entries.enumerated() { index.add(entry.words.first, at: n) }
        entriesByFirstWord = index
        placeWords = Set(list.filter { $0.words.count == 1 }.map { $0.words[0].lowercased() })
    }

    /// Canonical names of the places in a sentence, in order of first mention, without repeats.
    /// Cost: linear in the tokens; each capitalised token costs one hash look-up and the few spellings starting with it.
    func places(in t: [Token]) -> [String] {
        var found: [String] = []
        var modifiers: [String] = []
        func add(_ name: String) { if !found.contains(name) { found.append(name) } }
        var i = 0
        while i < t.count {
            guard t[i].isWord, t[i].isCapitalized else { i += 1; continue }
            if let (entry, n) = entry(t, at: i) {
                // A place word that modifies a title or a name ("US General", "Iraqi Prime Minister",
                // "US Central Command") says who someone is, not where a figure applies.
                let next = i + n < t.count ? t[i + n] : nil
                // An alias used as an adjective ("US officials", "Iraqi forces") names an origin, not a place.
                let attributive = entry.words.joined(separator: " ") != entry.name
                    && (next.map { $0.isWord && !$0.isCapitalized && !Gazetteer.functionWords.contains($0.lower) } ?? false)
                if attributive {
                    if !modifiers.contains(entry.name) { modifiers.append(entry.name) }
                } else if !(next.map { $0.isWord && $0.isCapitalized && !placeWords.contains($0.lower) } ?? false) {
                    add(entry.name)
                } else if !modifiers.contains(entry.name) {
                    modifiers.append(entry.name)
                }
                i += n
                continue
            }
            // Hyphenated compounds ("US-backed", "Iraqi-Syrian border") are modifiers, not scope.
            // "Anbar province", but not "A district court" or "The province".
            if i + 1 < t.count, Self.regionNouns.contains(t[i + 1].lower), t[i].text.count > 1,
               !Gazetteer.functionWords.contains(t[i].lower), !Lexicon.determiners.contains(t[i].lower),
               !WordLists.current.words(Lists.placesIndefiniteDeterminers).contains(t[i].lower) {
                add(Self.canonicalRegion(t[i].text))
            }
            i += 1
        }
        // "the province of Nineveh".
        for k in t.indices where k + 2 < t.count && (t[k].lower == "province" || t[k].lower == "governorate") && t[k + 1].lower == "of"
            && t[k + 2].isCapitalized {
            add(Self.canonicalRegion(t[k + 2].text))
        }
        // "Iraqi General X said … in his country": the speaker's country is the scope only when the
        // sentence refers back to it and names no other place.
        if found.isEmpty, !modifiers.isEmpty, Gazetteer.refersToACountry(t) { return [modifiers[0]] }
        return found
    }

    /// Words that may follow a place name without making it an adjective ("in the US last year").
    static var functionWords: Set<String> { WordLists.current.words(Lists.placesFunctionWords) }

    static func refersToACountry(_ t: [Token]) -> Bool {
        t.indices.contains { k in
            k + 1 < t.count && ["his", "her", "their", "the"].contains(t[k].lower) && t[k + 1].lower == "country"
        }
    }

    private func entry(_ t: [Token], at i: Int) -> (Entry, Int)? {
        for n in entriesByFirstWord(t[i].text) {
            let e = entries[n]
            guard i + e.words.count <= t.count else { continue }
            if e.words.enumerated().allSatisfy({ t[i + $0.offset].text == $0.element }) { return (e, e.words.count) }
        }
        return nil
    }

    /// "Al-Anbar" and "Anbar" are one province.
    static func canonicalRegion(_ name: String) -> String {
        let lower = name.lowercased()
        for particle in WordLists.current.words(Lists.placesArticles) where lower.hasPrefix(particle) && name.count > particle.count + 1 {
            let rest = name.dropFirst(particle.count)
            return rest.prefix(1).uppercased() + rest.dropFirst()
        }
        return name
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let placesArticles = ListName("places", "articles")
    static let placesFunctionWords = ListName("places", "functionWords")
    static let placesIndefiniteDeterminers = ListName("places", "indefiniteDeterminers")
    static let placesRegionNouns = ListName("places", "regionNouns")
}
