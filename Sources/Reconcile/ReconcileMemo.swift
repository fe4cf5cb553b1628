import Foundation
import Model

/// What reconciling kept between the builds of one process (`serve`): each family's aligned sentences, by the
/// family's members in order and their `SentenceFacts`, and each date's merged timeline entries, by the date's
/// events and their sources' families. Both are pure functions of their keys, so a family or a date the new or
/// edited article does not touch is not aligned or merged again. Entries no build used since the one before are
/// dropped when a build starts.
public final class ReconcileMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var families = Generations<FamilyKey, [[Citation]]>()
    private var dates = Generations<TimelineKey, [TimelineEntry]>()

    public init() {}

    /// Starts a build: what the last build did not use is forgotten.
    public func beginBuild() {
        lock.withLock {
            families.begin()
            dates.begin()
        }
    }

    /// The entries kept for one date's events. Cost: hashing the events (their summaries) and on a hit one
    /// comparison of them.
    func timeline(_ key: TimelineKey) -> [TimelineEntry]? { lock.withLock { dates.value(for: key) } }

    func store(_ entries: [TimelineEntry], for key: TimelineKey) { lock.withLock { dates.store(entries, for: key) } }

    /// The clusters of `family`: kept for an equal key, else made by `make`. Families whose members are not all
    /// described by their facts are always made. Cost: hashing the members' facts (their word hashes and
    /// places) and on a hit one comparison of them, against aligning the family.
    func clusters(of family: Family, lookup: SentenceLookup, make: () -> [[Citation]]) -> [[Citation]] {
        guard let key = lookup.familyKey(family) else { return make() }
        if let kept = lock.withLock({ families.value(for: key) }) { return kept }
        let made = make()
        lock.withLock { families.store(made, for: key) }
        return made
    }
}

/// Values by key, the last build's and this one's: a value this build uses moves to `current`.
private struct Generations<Key: Hashable, Value> {
    var current: [Key: Value] = [:]
    var previous: [Key: Value] = [:]

    mutating func begin() {
        previous = current
        current = [:]
    }

    mutating func value(for key: Key) -> Value? {
        if let hit = current[key] { return hit }
        guard let hit = previous.removeValue(forKey: key) else { return nil }
        current[key] = hit
        return hit
    }

    mutating func store(_ value: Value, for key: Key) { current[key] = value }
}

/// One date's events in the order they are merged, with each one's family: everything merging them reads (their
/// words are their summaries').
struct TimelineKey: Hashable {
    let events: [Event]
    let families: [ID<Family>?]
}

/// A family's members in order with each one's sentence facts: everything `Alignment.clusters(in:)` reads.
struct FamilyKey: Hashable {
    let members: [ID<Source>]
    let facts: [SentenceFacts]
}

extension SentenceLookup {
    /// The key of a family whose every member has facts that describe it and sentences numbered by position
    /// (the clusters cite `Sentence.index`); nil otherwise. Cost: O(the members' sentences).
    func familyKey(_ family: Family) -> FamilyKey? {
        var facts: [SentenceFacts] = []
        facts.reserveCapacity(family.sources.count)
        for id in family.sources {
            guard let kept = self.facts(of: id), let source = sources[id],
                  source.sentences.indices.allSatisfy({ source.sentences[$0].index == $0 }) else { return nil }
            facts.append(kept)
        }
        return FamilyKey(members: family.sources, facts: facts)
    }
}
