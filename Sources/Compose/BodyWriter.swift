import Model
/// Builds a CommonMark page body line by line; every heading goes through it so its anchor is known.
struct BodyWriter {
    private(set) var text = ""
    private var slugs = Slug.Registry()

    /// Adds a heading of plain text and returns the anchor the render stage will give it.
    @discardableResult
    mutating func heading(_ level: Int, _ plain: String) -> String {
        text += String(repeating: "#", count: level) + " " + CommonMark.escaped(plain) + "\n\n"
        return slugs.slug(for: plain)
    }

    /// Adds a paragraph of CommonMark (the caller escapes any article text in it).
    mutating func paragraph(_ markdown: String) {
        text += markdown + "\n\n"
    }

    /// Adds a bulleted list of CommonMark items.
    mutating func list(_ items: [String]) {
        guard !items.isEmpty else { return }
        text += items.map { "- " + $0 }.joined(separator: "\n") + "\n\n"
    }
}
