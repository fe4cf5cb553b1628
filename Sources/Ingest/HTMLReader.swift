import Lexicon
/// Reads a saved web page: the article's main text as raw blocks, page furniture as dropped blocks,
/// and metadata from the standard places. Scripts, styles, frames and attributes never reach the text.
struct HTMLReader {
    typealias Token = HTMLTokenizer.Token

    /// Elements whose whole subtree is page furniture, with the reason shown for them.
    static var furniture: [String: String] { WordLists.current.table(Lists.boilerplateFurnitureElements) }
    /// Elements whose content is never text.
    static let invisible: Set<String> = ["svg", "object", "embed", "canvas", "video", "audio", "map", "math", "head"]
    /// Words in a class, id or role that mark furniture.
    static var furnitureWords: [String: String] { WordLists.current.table(Lists.boilerplateFurnitureClassWords) }
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "section",
        "article", "main", "figure", "figcaption", "table", "tr", "td", "th", "dd", "dt", "dl", "header",
        "footer", "hr", "br", "body", "address", "caption", "center",
    ]
    static let voidElements: Set<String> = ["br", "hr", "img", "input", "meta", "link", "source", "wbr",
                                            "area", "base", "col", "embed", "param", "track", "keygen"]

    static func read(_ html: String) -> Draft {
        let tokens = HTMLTokenizer.tokens(html)
        var draft = Draft(format: .html)
        HTMLMetadata.read(tokens, into: &draft)
        let range = contentRange(tokens)
        var reader = HTMLReader(tokens: tokens, inArticle: range.isArticle)
        reader.walk(range.start..<range.end)
        draft.blocks = reader.blocks
        return draft
    }

    // MARK: - Walking

    private let tokens: [Token]
    private let inArticle: Bool
    private var blocks: [RawBlock] = []
    private var text = ""
    private var linkChars = 0
    private var line = 0
    private var kinds: [(name: String, kind: RawBlock.Kind)] = []
    private var timeStamp: String??
    private var linkDepth = 0

    private init(tokens: [Token], inArticle: Bool) {
        self.tokens = tokens
        self.inArticle = inArticle
    }

    private mutating func walk(_ range: Range<Int>) {
        var i = range.lowerBound
        while i < range.upperBound {
            switch tokens[i] {
            case .text(let content, let at):
                append(content, line: at)
            case .raw:
                break
            case .start(let name, let attributes, let selfClosing, let at):
                if let reason = furnitureReason(name, attributes) {
                    let end = matchingEnd(of: i, name: name, limit: range.upperBound)
                    flush()
                    let region = Self.plainText(tokens[(i + 1)..<end])
                    if !region.isEmpty {
                        let shown = region.count > 300 ? String(region.prefix(300)) + "…" : region
                        blocks.append(RawBlock(text: shown, line: at, kind: .dropped(reason)))
                    }
                    i = end + 1
                    continue
                }
                if Self.invisible.contains(name) && !selfClosing {
                    i = matchingEnd(of: i, name: name, limit: range.upperBound) + 1
                    continue
                }
                if Self.blockElements.contains(name) { flush() }
                if name == "a" && !selfClosing { linkDepth += 1 }
                if name == "time" { timeStamp = .some(attributes["datetime"]) ; if text.isEmpty { line = at } }
                if !selfClosing && !Self.voidElements.contains(name), let kind = Self.kind(of: name) {
                    kinds.append((name, kind))
                }
            case .end(let name, _):
                if Self.blockElements.contains(name) { flush() }
                if name == "a" { linkDepth = max(0, linkDepth - 1) }
                if let last = kinds.lastIndex(where: { $0.name == name }) { kinds.removeSubrange(last...) }
            }
            i += 1
        }
        flush()
    }

    private mutating func append(_ content: String, line at: Int) {
        if text.trimmingWhitespace().isEmpty, !content.trimmingWhitespace().isEmpty { line = at }
        text += content
        if linkDepth > 0 { linkChars += content.trimmingWhitespace().count }
    }

    private mutating func flush() {
        defer { text = ""; linkChars = 0; timeStamp = nil }
        let clean = PlainText.collapseSpaces(text)
        guard !clean.isEmpty else { return }
        var kind = kinds.last?.kind ?? .paragraph
        if let stamp = timeStamp, kind == .paragraph, Words.count(clean) <= 12 { kind = .time(stamp) }
        let density = Double(linkChars) / Double(max(1, clean.count))
        blocks.append(RawBlock(text: clean, line: line, kind: kind, linkDensity: min(1, density)))
    }

    private static func kind(of name: String) -> RawBlock.Kind? {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": return .heading(Int(String(name.last!)) ?? 2)
        case "li", "dd", "dt": return .listItem
        case "figcaption", "caption": return .caption
        case "blockquote": return .quote
        case "pre", "code": return name == "pre" ? .code : nil
        case "p", "div", "section", "article", "main", "td", "th": return .paragraph
        default: return nil
        }
    }

    private func furnitureReason(_ name: String, _ attributes: [String: String]) -> String? {
        if name == "header", inArticle { return nil }
        if let reason = Self.furniture[name] { return reason }
        if attributes["hidden"] != nil || attributes["aria-hidden"] == "true" { return "hidden text" }
        // Whole-page wrappers often carry layout classes ("has-sidebar") that say nothing about their content.
        guard !["html", "body", "main", "article"].contains(name) else { return nil }
        let marks = [attributes["class"], attributes["id"], attributes["role"]].compactMap { $0 }.joined(separator: " ")
        guard !marks.isEmpty else { return nil }
        for word in marks.lowercased().split(whereSeparator: { !$0.isWordLetter }) {
            if let reason = Self.furnitureWords[String(word)] { return reason }
        }
        return nil
    }

    private func matchingEnd(of start: Int, name: String, limit: Int) -> Int {
        var depth = 0
        for j in start..<limit {
            switch tokens[j] {
            case .start(let n, _, let selfClosing, _) where n == name && !selfClosing: depth += 1
            case .end(let n, _) where n == name:
                depth -= 1
                if depth == 0 { return j }
            default: break
            }
        }
        return limit - 1
    }

    /// Visible text of a run of tokens, one space between blocks.
    static func plainText(_ tokens: ArraySlice<Token>) -> String {
        var parts: [String] = []
        for token in tokens {
            if case .text(let content, _) = token { parts.append(content) }
            if case .start(let name, _, _, _) = token, blockElements.contains(name) { parts.append(" ") }
        }
        return PlainText.collapseSpaces(parts.joined())
    }

    // MARK: - Choosing the article

    /// The token range of the element holding the article: the `<article>`, `<main>` or
    /// `itemprop=articleBody` element with the most paragraph text, else `<body>`, else everything.
    private static func contentRange(_ tokens: [Token]) -> (start: Int, end: Int, isArticle: Bool) {
        var open: [(name: String, index: Int, candidate: Bool)] = []
        var best: (start: Int, end: Int, score: Int)?
        var body: (start: Int, end: Int)?
        for (i, token) in tokens.enumerated() {
            switch token {
            case .start(let name, let attributes, let selfClosing, _) where !selfClosing && !voidElements.contains(name):
                let candidate = name == "article" || name == "main" || attributes["itemprop"] == "articleBody"
                    || attributes["role"] == "main"
                open.append((name, i, candidate))
                if name == "body" { body = (i, tokens.count) }
            case .end(let name, _):
                guard let k = open.lastIndex(where: { $0.name == name }) else { continue }
                let element = open[k]
                open.removeSubrange(k...)
                if name == "body", let b = body { body = (b.start, i) }
                guard element.candidate else { continue }
                let score = paragraphText(tokens[element.index..<i])
                if score > (best?.score ?? 0) { best = (element.index, i, score) }
            default: break
            }
        }
        if let best, best.score >= 200 { return (best.start, best.end, true) }
        if let body { return (body.start, body.end, false) }
        return (0, tokens.count, false)
    }

    private static func paragraphText(_ tokens: ArraySlice<Token>) -> Int {
        var depth = 0
        var count = 0
        for token in tokens {
            switch token {
            case .start("p", _, _, _): depth += 1
            case .end("p", _): depth = max(0, depth - 1)
            case .text(let content, _) where depth > 0: count += content.count
            default: break
            }
        }
        return count
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let boilerplateFurnitureClassWords = ListName("boilerplate", "furnitureClassWords")
    static let boilerplateFurnitureElements = ListName("boilerplate", "furnitureElements")
}
