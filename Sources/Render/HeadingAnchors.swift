import Model
import Compose

/// Gives every heading in rendered HTML an `id` made by `Slug.Registry`, in document order, so the
/// anchors compose promised exist.
enum HeadingAnchors {
    static func add(to html: String) -> String {
        var registry = Slug.Registry()
        var out = ""
        out.reserveCapacity(html.utf8.count + 256)
        var rest = Substring(html)
        while let open = rest.range(of: "<h") {
            let after = rest[open.upperBound...]
            guard let level = after.first, ("1"..."6").contains(level),
                  after.dropFirst().first == ">",
                  let close = after.range(of: "</h\(level)>") else {
                out += rest[..<open.upperBound]
                rest = after
                continue
            }
            let inner = after[after.index(after.startIndex, offsetBy: 2)..<close.lowerBound]
            let slug = registry.slug(for: plainText(of: String(inner)))
            out += rest[..<open.lowerBound]
            out += "<h\(level) id=\"\(slug)\">" + inner + "</h\(level)>"
            rest = after[close.upperBound...]
        }
        out += rest
        return out
    }

    /// The text of an HTML fragment: tags removed, the entities cmark writes decoded.
    static func plainText(of fragment: String) -> String {
        var text = ""
        var inTag = false
        for ch in fragment {
            if ch == "<" { inTag = true } else if ch == ">" { inTag = false } else if !inTag { text.append(ch) }
        }
        for (entity, value) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacing(entity, with: value)
        }
        return text
    }
}
