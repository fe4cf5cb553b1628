import Foundation
import Model
import Yams

/// YAML front matter at the top of a Markdown file: title, outlet, url, published, language, authors.
enum FrontMatter {
    /// The metadata the front matter states, the body after it, the line the body starts on, and
    /// a notice when the YAML cannot be read.
    static func split(_ text: String, limits: Config.Limits = Config.Limits())
        -> (fields: [String: Any], body: String, bodyLine: Int, problem: String?) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, String(first).trimmingWhitespace() == "---",
              let close = lines.dropFirst().firstIndex(where: { ["---", "..."].contains(String($0).trimmingWhitespace()) })
        else { return ([:], text, 1, nil) }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        do {
            let node = try SafeYAML.compose(yaml, limits: limits)
            guard let mapping = node?.mapping else {
                return ([:], body, close + 2, node == nil ? nil : "front matter is not a mapping: ignored")
            }
            // A date stays the text printed, for the one date grammar (`DateParser`) to read.
            var fields: [String: Any] = [:]
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                fields[name] = value.any is Date ? value.scalar.map { Timestamp(text: $0.string) } as Any : value.any
            }
            return (fields, body, close + 2, nil)
        } catch let refusal as SafeYAML.Refusal {
            let line = refusal.line.map { " (line \($0 + 1))" } ?? ""
            return ([:], body, close + 2, "front matter refused\(line): \(refusal.message): ignored")
        } catch {
            return ([:], body, close + 2, "front matter is not valid YAML: ignored")
        }
    }

    /// Metadata from front matter fields, each marked as coming from the front matter.
    static func metadata(from fields: [String: Any]) -> Metadata {
        var m = Metadata(language: nil)
        let origin = "front matter"
        func value(_ keys: String...) -> Any? { keys.lazy.compactMap { fields[$0] }.first }
        m.fill(\.title, text(value("title", "headline")), from: origin, key: "title")
        m.fill(\.outlet, text(value("outlet", "site", "publisher", "source")), from: origin, key: "outlet")
        m.fill(\.url, text(value("url", "link", "canonical")), from: origin, key: "url")
        m.fill(\.language, text(value("language", "lang")).map { $0.lowercased() }, from: origin, key: "language")
        if let raw = value("published", "date", "published_at") {
            if let timestamp = raw as? Timestamp {
                m.published = DateParser.date(in: timestamp.text)
                m.publishedText = m.published?.iso
            } else if let printed = text(raw) {
                m.published = DateParser.date(in: printed)
                m.publishedText = printed
            }
            if m.published != nil { m.provenance["published"] = origin }
        }
        if let authors = value("authors", "author") {
            let names = (authors as? [Any])?.compactMap(text) ?? text(authors).map { [$0] } ?? []
            if !names.isEmpty {
                m.authors = names
                m.provenance["authors"] = origin
            }
        }
        return m
    }

    /// A YAML timestamp (`published: 2023-03-13T09:00:00Z`), kept as written.
    struct Timestamp { var text: String }

    private static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String: return string.trimmingWhitespace().isEmpty ? nil : string.trimmingWhitespace()
        case let number as Int: return String(number)
        case let object as [String: Any]: return text(object["name"])
        default: return nil
        }
    }
}
