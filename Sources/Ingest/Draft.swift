import Model

/// A paragraph-like piece of a file before roles are assigned, with what its markup said about it.
struct RawBlock: Hashable {
    /// What the file's own markup or layout says a block is.
    enum Kind: Hashable {
        case paragraph
        case heading(Int)
        case listItem
        case caption
        case quote
        /// A `<time>` element, with its `datetime` attribute.
        case time(String?)
        case code
        /// Page furniture the reader removed (navigation, comments…), with the reason.
        case dropped(String)
    }

    var text: String
    var line: Int
    var kind: Kind = .paragraph
    /// Share of the text that sits inside links (0…1).
    var linkDensity: Double = 0
    /// Blank lines before the block in the file.
    var gapBefore: Int = 0
}

/// What a format reader produced: raw blocks plus metadata the markup stated outright.
struct Draft {
    var format: Source.Format
    var blocks: [RawBlock] = []
    var metadata = Metadata(language: nil)
    /// A language the markup declared (`<html lang>`, front matter), used when detection is unsure.
    var declaredLanguage: String?
    /// A title to use when the text itself prints no headline (a page's `<title>`).
    var fallbackTitle: String?
    var notices: [Notice] = []
}

extension Metadata {
    /// Sets a field only when it is still empty, recording where it came from.
    mutating func fill<T>(_ keyPath: WritableKeyPath<Metadata, T?>, _ value: T?, from provenance: String, key: String) {
        guard self[keyPath: keyPath] == nil, let value else { return }
        if let text = value as? String, text.trimmingWhitespace().isEmpty { return }
        self[keyPath: keyPath] = value
        self.provenance[key] = provenance
    }
}
