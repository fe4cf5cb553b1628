import Model

/// Groups claims into propositions, finds text-reuse families, drift and the timeline.
public struct Reconciler: Sendable {
    public let config: Config

    public init(config: Config) {
        self.config = config
    }

    /// The analysis of a corpus: pure, deterministic, no I/O.
    public func reconcile(sources: [Source], extractions: [Extraction], notices: [Notice] = []) -> Analysis {
        Analysis(sources: sources, claims: extractions.flatMap(\.claims), events: extractions.flatMap(\.events),
                 families: [], propositions: [], drift: [], timeline: [], notices: notices)
    }
}
