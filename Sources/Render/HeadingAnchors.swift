import Model
import Compose

/// Gives every heading in rendered HTML an `id` made by `Slug.Registry`, in document order, so the
/// anchors compose promised exist.
enum HeadingAnchors {
    /// Cost: one pass over the bytes (cmark writes `<h1>`…`<h6>` and their ends in ASCII; text it escapes, so
    /// `<h` in its output always opens a tag).
    static func add(to html: String) -> String {
        var registry = Slug.Registry()
        var html = html
        return html.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 256)
            let lt = UInt8(ascii: "<"), h = UInt8(ascii: "h"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
            let n = bytes.count
            var copied = 0
            var i = 0
            while i + 1 < n {
                guard bytes[i] == lt, bytes[i + 1] == h else { i += 1; continue }
                let after = i + 2
                guard after + 1 < n, (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[after]), bytes[after + 1] == gt,
                      let close = find(bytes, from: after + 2, [lt, slash, h, bytes[after], gt]) else {
                    i = after
                    continue
                }
                let level = bytes[after]
                let inner = UnsafeBufferPointer(rebasing: bytes[(after + 2)..<close])
                let slug = registry.slug(for: plainText(of: String(decoding: inner, as: UTF8.self)))
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                out.append(contentsOf: [lt, h, level])
                out.append(contentsOf: " id=\"".utf8)
                out.append(contentsOf: slug.utf8)
                out.append(contentsOf: "\">".utf8)
                out.append(contentsOf: inner)
                out.append(contentsOf: [lt, slash, h, level, gt])
                i = close + 5
                copied = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The first index at or after `start` where `needle` begins, if any.
    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ needle: [UInt8]) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] {
                var j = 1
                while j < needle.count, bytes[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
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
