/// Heading anchors: the render stage gives every heading `id="<slug>"`, so pages can link to them.
public enum Slug {
    /// Lowercase ASCII letters and digits joined by hyphens: "400 to 500 fighters" → "400-to-500-fighters".
    public static func make(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSetASCII.isAlphanumeric(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "section" : out
    }

    /// Unique slugs within one page, in the order headings appear: "a", "a-2", "a-3".
    public struct Registry {
        private var used: [String: Int] = [:]

        public init() {}

        /// The slug for the next heading with this text.
        public mutating func slug(for text: String) -> String {
            let base = Slug.make(text)
            let count = (used[base] ?? 0) + 1
            used[base] = count
            return count == 1 ? base : "\(base)-\(count)"
        }
    }
}

private enum CharacterSetASCII {
    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "0" && s <= "9")
    }
}
