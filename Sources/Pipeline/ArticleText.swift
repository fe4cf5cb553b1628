import Foundation
import Ingest
import Model

extension Pipeline {
    /// One article file as `build` reads it, for `crosscheck extract`: the text of the blocks the analysis reads
    /// (headline, standfirst, body; front matter, HTML, datelines and page debris left out), one paragraph each,
    /// and the article's own publication day when it gives one. Cost: one ingest of the file.
    public static func articleText(path: String, data: Data, config: Config) -> (text: String, published: EventDate?) {
        let source = Ingester(config: config).source(from: InputFile(path: URL(fileURLWithPath: path).lastPathComponent, data: data))
        let text = source.blocks.filter(\.role.isAnalysed).map(\.text).joined(separator: "\n\n")
        return (text, source.metadata.published.flatMap { $0.granularity == .day ? $0 : nil })
    }
}
