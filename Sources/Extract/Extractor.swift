import Model

/// Finds checkable claims and dated events in a source's sentences.
public struct Extractor: Sendable {
    public let config: Config

    public init(config: Config) {
        self.config = config
    }

    /// Claims and events in every analysed sentence of a source, dated against its publication date.
    public func extract(from source: Source) -> Extraction {
        Extraction(source: source.id, claims: [], events: [])
    }
}
