import Model
import Mustache

/// The HTML escaping of Mustache's `{{name}}`, on UTF-8 bytes. swift-mustache's own (`HTMLContentType`) walks
/// the text `Character` by `Character` and replaces the five characters `<`, `>`, `&`, `"` and `'`; this does
/// the same on bytes, so it gives the same bytes: a special ASCII byte between ASCII bytes (or an end) is a
/// `Character` of its own (no ASCII byte extends, joins or prepends to a grapheme), so it is replaced there
/// too. A special byte next to a non-ASCII byte might be part of a larger grapheme (`<` + U+0338), which the
/// `Character` walk leaves as it is: such a text takes the `Character` walk. Cost: one pass over the bytes;
/// a text without the five characters is returned as it is.
enum HTMLEscape {
    /// The content type every template renders with (`Templates` puts it first in each template).
    static let contentTypeName = "CROSSCHECK_HTML"

    /// Registers the content type once; `Templates` calls it before compiling.
    static let registered: Void = MustacheContentTypes.register(ContentType(), named: contentTypeName)

    /// The pragma line put before each template's text: a standalone tag line, so it adds no output and
    /// leaves the template's first line at the start of a line, as it was.
    static let pragma = "{{% CONTENT_TYPE: \(contentTypeName)}}\n"

    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscape.escape(text) }
    }

    private static func replacement(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// `text` with `<`, `>`, `&`, `"` and `'` replaced as swift-mustache's HTML content type replaces them.
    static func escape(_ text: String) -> String {
        var text = text
        let fast: String?? = text.withUTF8 { bytes -> String?? in
            var specials = 0
            for (i, byte) in bytes.enumerated() where isSpecial(byte) {
                if (i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.count && bytes[i + 1] >= 0x80) { return .some(nil) }
                specials += 1
            }
            if specials == 0 { return .none }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + specials * 5)
            for byte in bytes {
                if let replacement = replacement(byte) {
                    replacement.withUTF8Buffer { out.append(contentsOf: $0) }
                } else {
                    out.append(byte)
                }
            }
            return .some(String(decoding: out, as: UTF8.self))
        }
        switch fast {
        case .none: return text
        case .some(.some(let escaped)): return escaped
        case .some(.none): return text.htmlEscaped  // swift-mustache's `htmlEscape()`, the same walk
        }
    }
}
