import Foundation

/// Helpers that keep article text inert inside CommonMark.
public enum CommonMark {
    /// Escapes every character that CommonMark could read as markup, so article text stays text.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count + 8)
        for ch in text {
            switch ch {
            case "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "+", "-", ".", "!", "|", "~", "&", "\"":
                out.append("\\")
                out.append(ch)
            case "\n", "\r":
                out.append(" ")
            default:
                out.append(ch)
            }
        }
        return out
    }

    /// A link whose text and title are escaped article text.
    public static func link(_ text: String, to url: String, title: String? = nil) -> String {
        var result = "[\(escaped(text))](<\(url)>"
        if let title {
            let safeTitle = title.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: " ")
            result += " \"\(safeTitle)\""
        }
        return result + ")"
    }

    /// A table cell: escaped, with pipes escaped.
    public static func cell(_ text: String) -> String { escaped(text) }
}
