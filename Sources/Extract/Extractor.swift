import Lexicon
import Model

/// Finds checkable claims and dated events in a source's sentences.
public struct Extractor: Sendable {
    public let config: Config
    let analyzer: SentenceAnalyzer
    /// The lexicon the extractor reads: the built-in one plus the configuration's additions.
    let lists: WordLists

    /// An extractor reading measures, places and topics from a configuration.
    public init(config: Config) {
        self.config = config
        self.analyzer = SentenceAnalyzer(config: config)
        self.lists = config.wordLists
    }

    /// Claims and events in every sentence of `source.sentences`, dated against its publication date
    /// (relative dates stay unresolved when the source has none).
    public func extract(from source: Source) -> Extraction {
        lists.withLists { extractClaims(from: source) }
    }

    private func extractClaims(from source: Source) -> Extraction {
        var state = ArticleState(dates: DateContext(published: source.metadata.published))
        var claims: [Claim] = []
        var events: [Event] = []
        var previous = 0..<0
        for sentence in source.sentences {
            let result = analyzer.analyse(sentence.text, state: &state)
            let eventDate = result.eventDate
            if result.speaksForPrevious { Self.credit(&claims, previous, to: result.speaker) }
            previous = claims.count..<(claims.count + result.claims.count)
            var ids: [ID<Claim>] = []
            for (n, draft) in result.claims.enumerated() {
                let id = ID<Claim>("\(source.id.rawValue)-s\(sentence.index)-\(n + 1)")
                ids.append(id)
                claims.append(Claim(id: id, source: source.id, sentence: sentence.index, span: draft.quote?.span ?? draft.span,
                                    text: draft.quote?.text ?? draft.text,
                                    measure: draft.measure, term: draft.term, scope: draft.ownScope ?? draft.localScope.map { result.scope + [$0] } ?? result.scope,
                                    topic: draft.measure.flatMap { config.topic(forMeasure: $0)?.id },
                                    attribution: draft.speaker, value: draft.value, eventDate: draft.eventDate,
                                    derivedFrom: draft.derivedFrom.map { ids[$0] }, equivalentTo: draft.equivalentOf.map { ids[$0] },
                                    holder: draft.holder))
                claims[claims.count - 1].compares = draft.compares
                if draft.isOtherOccasion { claims[claims.count - 1].otherOccasion = true }
                if draft.toldEarlier { claims[claims.count - 1].earlier = true }
            }
            // The sentence's own date first, then every other date it puts an event on.
            if let eventDate {
                events.append(Event(source: source.id, sentence: sentence.index, date: eventDate.date, dateText: eventDate.text,
                                    summary: sentence.text, attribution: result.speaker))
                for other in result.eventDates where other.date.iso != eventDate.date.iso {
                    events.append(Event(source: source.id, sentence: sentence.index, date: other.date, dateText: other.text,
                                        summary: sentence.text, attribution: result.speaker))
                }
            }
        }
        return Extraction(source: source.id, claims: claims, events: events)
    }

    /// "The number of infections has reached 1,150. This was announced by the ministry.": the figures of the sentence
    /// before that no one was credited with are the ministry's.
    private static func credit(_ claims: inout [Claim], _ range: Range<Int>, to speaker: Speaker?) {
        for i in range where claims[i].attribution == nil { claims[i].attribution = speaker }
    }

    /// Mentions and claims in free text, split into paragraphs at blank lines and into sentences with
    /// `SentenceSplitter`, dated against `reference`.
    public func analyse(text: String, reference: EventDate?) -> TextAnalysis {
        lists.withLists { analyseText(text, reference: reference) }
    }

    private func analyseText(_ text: String, reference: EventDate?) -> TextAnalysis {
        var state = ArticleState(dates: DateContext(published: reference))
        var mentions: [Mention] = []
        var claims: [TextClaim] = []
        var previous = 0..<0
        for (sentence, offset) in TextSegmenter.sentences(in: text, maxLength: config.limits.maxSentenceCharacters) {
            let result = analyzer.analyse(sentence, state: &state)
            if result.speaksForPrevious {
                for i in previous where claims[i].attribution == nil { claims[i].attribution = result.speaker }
            }
            previous = claims.count..<(claims.count + result.claims.count)
            mentions += result.mentions.map { var m = $0; m.start += offset; return m }
            let first = claims.count
            for draft in result.claims {
                let mention = Mention(kind: draft.kind, text: draft.text, start: draft.span.start + offset, value: draft.value)
                claims.append(TextClaim(sentence: sentence, measure: draft.measure, term: draft.term,
                                        scope: draft.ownScope ?? draft.localScope.map { result.scope + [$0] } ?? result.scope,
                                        attribution: draft.speaker, value: mention, eventDate: draft.eventDate,
                                        topic: draft.measure.flatMap { config.topic(forMeasure: $0)?.id },
                                        derivedFrom: draft.derivedFrom.map { first + $0 }))
                claims[claims.count - 1].compares = draft.compares
            }
        }
        return TextAnalysis(mentions: mentions, claims: claims)
    }
}
