import Foundation
import Model

extension Ingester {
    /// Fields of `sources.yml` that can be set per file.
    static let overridableFields: Set<String> = ["title", "outlet", "url", "published", "language", "authors"]

    /// The overrides for a file, looked up by relative path, file name or stem.
    func overrides(for file: String) -> [String: String]? {
        let name = (file as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return overrides[file] ?? overrides[name] ?? overrides[stem]
    }

    /// Sets every field `sources.yml` gives for this file, marking it as coming from there.
    func applyOverrides(to metadata: inout Metadata, file: String, notices: inout [Notice]) {
        guard let fields = overrides(for: file) else { return }
        let origin = "sources.yml"
        for (field, value) in fields.sorted(by: { $0.key < $1.key }) {
            let value = value.trimmingWhitespace()
            switch field {
            case "title": metadata.title = value
            case "outlet": metadata.outlet = value
            case "url": metadata.url = value
            case "published":
                guard let date = EventDate(iso: value) ?? DateParser.date(in: value) else {
                    notices.append(Notice(.warning, file: file, message: "sources.yml: published “\(value)” is not a date: ignored"))
                    continue
                }
                metadata.published = date
                metadata.publishedText = value
            case "language":
                metadata.language = value.isEmpty ? nil : value.lowercased()
                if value.lowercased().hasPrefix("en") {
                    notices.removeAll { $0.message.hasPrefix("not in English") }
                }
            case "authors":
                metadata.authors = value.split(whereSeparator: { $0 == ";" || $0 == "," })
                    .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            default:
                notices.append(Notice(.warning, file: file, message: "sources.yml: unknown field “\(field)”: ignored"))
                continue
            }
            metadata.provenance[field] = origin
        }
    }
}
