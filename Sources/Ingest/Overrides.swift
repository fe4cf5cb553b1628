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

    /// Only an `http(s)` address is kept as a source's URL: it reaches `claims.json` and ClaimReview's
    /// `appearance.url`, where a `javascript:` or `data:` address would run in whatever shows it.
    static func keepOnlyWebURL(in metadata: inout Metadata, file: String, notices: inout [Notice]) {
        guard let url = metadata.url else { return }
        if isWebURL(url) { return }
        metadata.url = nil
        metadata.provenance["url"] = "not used: not an http(s) address"
        // The address itself is not repeated: the notice reaches every page that lists notices.
        let scheme = url.prefix { $0 != ":" }.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.prefix(20).lowercased()
        notices.append(Notice(.warning, file: file, message: "its url is not an http(s) address"
                              + (url.contains(":") && !scheme.isEmpty ? " (scheme “\(scheme)”)" : "") + ": ignored"))
    }

    /// An absolute `http:` or `https:` URL with a host and no white space or control characters.
    static func isWebURL(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }),
              let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty else { return false }
        return true
    }
}
