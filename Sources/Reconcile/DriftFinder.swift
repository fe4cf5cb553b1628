import Lexicon
import Model

/// Flags the versions of a statement that deviate from the majority of tellings: a range cut to one end,
/// a bound changed, a different figure, a place name changed in otherwise matching text.
struct DriftFinder {
    let sources: [ID<Source>: Source]
    let claims: [ID<Claim>: Claim]
    let config: Config
    /// Each sentence's places where kept (`SentenceFacts`); the others are found in the text.
    var lookup: SentenceLookup?
    /// Place names tokenised once, indexed by their first word.
    private let placesByFirstWord: [String: [(words: [String], name: String)]]

    init(sources: [ID<Source>: Source], claims: [ID<Claim>: Claim], config: Config) {
        self.sources = sources
        self.claims = claims
        self.config = config
        var index: [String: [(words: [String], name: String)]] = [:]
        for place in config.places {
            let words = Words.tokens(place.name)
            if let first = words.first { index[first, default: []].append((words, place.name)) }
        }
        placesByFirstWord = index
    }

    func outlet(_ id: ID<Source>) -> String { sources[id]?.metadata.outlet ?? id.rawValue }

    /// Figure drift inside propositions told by three or more sources: against the version most of them
    /// carry, or, when no version has a majority across origins, against the version most copies of one
    /// wire family carry (independent reports differ by nature; copies should not).
    func figureDrift(in propositions: [Proposition], familyOf: [ID<Source>: ID<Family>] = [:]) -> [Drift] {
        var result: [Drift] = []
        for proposition in propositions {
            let members = proposition.members.compactMap { claims[$0] }
                .filter { $0.value.qualifier != .vague && $0.derivedFrom == nil }
            let found = figureDrift(in: proposition, members: members)
            if !found.isEmpty || familyOf.isEmpty { result += found; continue }
            let byFamily = Dictionary(grouping: members) { familyOf[$0.source]?.rawValue ?? "" }
            for (family, copies) in byFamily.sorted(by: { $0.key < $1.key }) where !family.isEmpty {
                result += figureDrift(in: proposition, members: copies)
            }
        }
        return result
    }

    private func figureDrift(in proposition: Proposition, members: [Claim]) -> [Drift] {
        var result: [Drift] = []
        let bySource = Dictionary(grouping: members, by: \.source)
        guard bySource.count >= 3 else { return [] }
        // Compare each source at its most precise: "up to 500" and "400 to 500" in one article is 400 to 500.
        let tightest = Grouping.tightestBySource(members)
        var support: [IntervalKey: Set<ID<Source>>] = [:]
        for (source, value) in tightest { support[IntervalKey(value), default: []].insert(source) }
        // The version most sources carry; on a tie, the most informative (narrowest) one.
        guard let (majorityKey, majoritySources) = support.max(by: { a, b in
                  (a.value.count, -a.key.width, b.key) < (b.value.count, -b.key.width, a.key)
              }),
              majoritySources.count * 2 > bySource.count else { return [] }
        let majorityClaims = members.filter { majoritySources.contains($0.source) && IntervalKey($0.value) == majorityKey }
            .sorted { ($0.source, $0.sentence) < ($1.source, $1.sentence) }
        guard let majorityText = majorityClaims.first?.text else { return [] }
        var deviations: [String: (kind: Drift.Kind, text: String, claims: [Claim])] = [:]
        for (source, claims) in bySource.sorted(by: { $0.key < $1.key }) where !majoritySources.contains(source) {
            let value = tightest[source]!
            let kind = classify(value, against: majorityKey)
            let shown = claims.filter { IntervalKey($0.value) == IntervalKey(value) }.sorted { $0.sentence < $1.sentence }
            let claim = shown.first ?? claims.sorted { $0.sentence < $1.sentence }[0]
            let signature = IntervalKey(value).description
            deviations[signature, default: (kind, claim.text, [])].claims.append(contentsOf: shown.isEmpty ? [claim] : shown)
        }
        for (signature, deviation) in deviations.sorted(by: { $0.key < $1.key }) {
            let outlets = Set(deviation.claims.map { outlet($0.source) }).sorted()
            var note = explain(deviation.kind, version: tightest[deviation.claims[0].source]!)
            if outlets.count > 1 { note += " Sharing a deviation suggests these outlets copy one another or one source." }
            result.append(Drift(
                id: ID("d-" + proposition.id.rawValue + "-" + Words.tokens(signature).joined(separator: "-")),
                kind: deviation.kind, majority: majorityText, deviation: deviation.text,
                majorityCitations: majorityClaims.map { Citation(source: $0.source, sentence: $0.sentence) },
                deviatingCitations: deviation.claims.map { Citation(source: $0.source, sentence: $0.sentence) },
                deviatingOutlets: outlets, proposition: proposition.id, note: note))
        }
        return result
    }

    /// One sentence on how a version departs from the majority, in the direction it does.
    private func explain(_ kind: Drift.Kind, version: Quantity) -> String {
        switch kind {
        case .rangeTruncated:
            return "Most tellings give a range; this version keeps only one end of it."
        case .boundChanged where version.low == nil || version.high == nil:
            return "Most tellings give a range; this version keeps only a bound and drops the other end."
        case .boundChanged:
            return "Most tellings give only a bound; this version gives a range with both ends."
        case .valueChanged:
            return "This version gives a figure that most tellings do not."
        default:
            return "This version departs from most tellings."
        }
    }

    private func classify(_ value: Quantity, against key: IntervalKey) -> Drift.Kind {
        let isRange = key.low != nil && key.high != nil && key.low != key.high
        if isRange, value.isPoint, value.low == key.high || value.low == key.low { return .rangeTruncated }
        // One end kept, the other opened or closed: "15 to 30" ↔ "up to 30", "400 to 500" ↔ "up to 500".
        if value.high == key.high, (value.low == nil) != (key.low == nil) { return .boundChanged }
        if value.low == key.low, (value.high == nil) != (key.high == nil) { return .boundChanged }
        return .valueChanged
    }

    /// Place drift: aligned sentences where one version names a different place than the majority.
    func placeDrift(in clusters: [[Citation]]) -> [Drift] {
        var result: [Drift] = []
        for cluster in clusters {
            let versions = cluster.map { citation in (citation, lookup?.places(citation, finder: self) ?? places(in: sentence(citation))) }
            guard Set(versions.map { $0.0.source }).count >= 3 else { continue }
            var counts: [Set<String>: Int] = [:]
            for (_, set) in versions { counts[set, default: 0] += 1 }
            guard let (majority, count) = counts.max(by: { ($0.value, $1.key.sorted().joined()) < ($1.value, $0.key.sorted().joined()) }),
                  count * 2 > versions.count, !majority.isEmpty else { continue }
            let deviating = versions.filter { $0.1 != majority && !$0.1.isEmpty }
            guard !deviating.isEmpty else { continue }
            var bySet: [Set<String>: [Citation]] = [:]
            for (citation, set) in deviating { bySet[set, default: []].append(citation) }
            for (set, citations) in bySet.sorted(by: { $0.key.sorted().joined() < $1.key.sorted().joined() }) {
                let added = set.subtracting(majority).sorted()
                let missing = majority.subtracting(set).sorted()
                guard !added.isEmpty else { continue }
                let outlets = Set(citations.map { outlet($0.source) }).sorted()
                let majorityCitations = versions.filter { $0.1 == majority }.map(\.0)
                var note = "In otherwise matching text, this version names \(added.joined(separator: ", "))"
                note += missing.isEmpty ? "." : " where the others name \(missing.joined(separator: ", "))."
                if outlets.count > 1 { note += " Sharing a deviation suggests these outlets copy one another or one source." }
                result.append(Drift(
                    id: ID("d-place-" + citations[0].source.rawValue + "-s\(citations[0].sentence)"),
                    kind: .entityChanged, majority: missing.isEmpty ? majority.sorted().joined(separator: ", ") : missing.joined(separator: ", "),
                    deviation: added.joined(separator: ", "), majorityCitations: majorityCitations,
                    deviatingCitations: citations, deviatingOutlets: outlets, proposition: nil, note: note))
            }
        }
        return result
    }

    private func sentence(_ citation: Citation) -> String {
        guard let source = sources[citation.source], source.sentences.indices.contains(citation.sentence) else { return "" }
        return source.sentences[citation.sentence].text
    }

    /// Places named as nouns (not adjectives: "Iraqi-Syrian border" names no place here): the gazetteer's, and
    /// local names the gazetteer cannot list, capitalised words ending in a place noun ("Castle Square",
    /// `places.localPlaceHeads`). Linear in the sentence's words.
    func places(in sentence: String) -> Set<String> { places(in: sentence, tokens: Words.tokens(sentence)) }

    /// `places(in:)` given the sentence's `Words.tokens`, when they were made for something else too.
    /// Cost: one look-up per token, and one pass over the sentence for its runs of capitalised words (on
    /// bytes when `Words.plainWords` can split it).
    func places(in sentence: String, tokens: [String], stopWords: Set<String> = Words.stopWords) -> Set<String> {
        var found = Set<String>()
        for (start, token) in tokens.enumerated() {
            for place in placesByFirstWord[token] ?? [] where start + place.words.count <= tokens.count
                && tokens[start..<(start + place.words.count)].elementsEqual(place.words) {
                found.insert(place.name)
            }
        }
        let heads = WordLists.current.words(Lists.placesLocalPlaceHeads)
        var run: [String] = []
        func flush() {
            // "The Castle Square", "In Castle Square": a capitalised function word opening the sentence is no part of it.
            while let first = run.first, stopWords.contains(first.lowercased()) { run.removeFirst() }
            if run.count >= 2, heads.contains(run.last!.lowercased()) { found.insert(run.joined(separator: " ")) }
            run = []
        }
        let words = Words.plainWords(sentence)
            ?? sentence.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" && $0 != "’" }).map(String.init)
        for word in words {
            if word.first?.isUppercase == true { run.append(word) } else { flush() }
        }
        flush()
        return found
    }
}

/// The ends of an interval, ignoring the qualifier, for counting versions.
struct IntervalKey: Hashable, Comparable, CustomStringConvertible {
    var low: Double?
    var high: Double?

    init(_ q: Quantity) {
        low = q.low
        high = q.high
    }

    var description: String { "\(low.map(Quantity.format) ?? "")-\(high.map(Quantity.format) ?? "")" }

    /// How much the interval leaves open; open ends are infinitely wide.
    var width: Double {
        guard let low, let high else { return .infinity }
        return high - low
    }

    static func < (a: IntervalKey, b: IntervalKey) -> Bool { a.description < b.description }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let placesLocalPlaceHeads = ListName("places", "localPlaceHeads")
}
