import Foundation

/// Helpers that keep article text inert inside CommonMark.
public enum CommonMark {
    /// Escapes every character that CommonMark could read as markup, so article text stays text.
    public static func escaped(_ text: String) -> String {
        // On bytes where that is the same walk (no special character touches a non-ASCII byte, and no "\r\n",
        // which is one `Character` the walk keeps as it is); else `Character` by `Character`.
        switch OnePass.check(text.utf8, special: isEscaped) {
        case .nothingToDo: return text
        case .needsFoundation: return escapedByCharacter(text)
        case .bytes: break
        }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 16)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == 0x0D && byte == 0x0A { return escapedByCharacter(text) }
            previous = byte
            switch byte {
            case 0x0A, 0x0D: out.append(UInt8(ascii: " "))
            case _ where isEscaped(byte):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes `escaped` changes: the punctuation it backslashes, and line ends.
    private static func isEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "|"),
             UInt8(ascii: "~"), UInt8(ascii: "&"), UInt8(ascii: "\""), 0x0A, 0x0D:
            true
        default: false
        }
    }

    /// `escaped`, `Character` by `Character`.
    static func escapedByCharacter(_ text: String) -> String {
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
        if let title { result += " \"" + titleEscaped(title) + "\"" }
        return result + ")"
    }

    /// A link title's text: backslashes doubled, quotes escaped, line feeds as spaces. One pass over the
    /// UTF-8 (the three replacements it stands for each copied the text; no replacement makes another's match).
    /// Foundation's replacement skips a match that a combining mark (or the like) joins to a neighbour, so
    /// where a special character touches a non-ASCII one the replacements themselves run, as they always did.
    static func titleEscaped(_ title: String) -> String {
        switch OnePass.check(title.utf8, special: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") || $0 == 0x0A }) {
        case .nothingToDo: return title
        case .needsFoundation:
            return title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: " ")
        case .bytes: break
        }
        var out = [UInt8]()
        out.reserveCapacity(title.utf8.count + 8)
        for byte in title.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case 0x0A: out.append(UInt8(ascii: " "))
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A table cell: escaped, with pipes escaped.
    public static func cell(_ text: String) -> String { escaped(text) }
}

/// When a one-pass byte replacement gives exactly what Foundation's `replacingOccurrences` gives: always
/// for ASCII neighbours; where a special character touches a non-ASCII byte, Foundation may see one composed
/// character and leave it, so the caller runs Foundation's replacements instead.
enum OnePass {
    enum Verdict { case nothingToDo, bytes, needsFoundation }

    static func check<Bytes: Collection>(_ bytes: Bytes, special: (UInt8) -> Bool) -> Verdict where Bytes.Element == UInt8 {
        var found = false
        var previous: UInt8 = 0
        var previousSpecial = false
        for byte in bytes {
            if special(byte) {
                if previous >= 0x80 { return .needsFoundation }
                found = true
                previousSpecial = true
            } else {
                if previousSpecial && byte >= 0x80 { return .needsFoundation }
                previousSpecial = false
            }
            previous = byte
        }
        return found ? .bytes : .nothingToDo
    }
}
