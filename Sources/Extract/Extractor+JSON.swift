import Foundation

extension Extractor {
    /// The JSON of `crosscheck extract --format json`: `mentions` and `claims`, keys sorted, pretty-printed.
    public func json(of analysis: TextAnalysis) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(analysis), let text = String(data: data, encoding: .utf8) else { return "{}" }
        return text
    }
}
