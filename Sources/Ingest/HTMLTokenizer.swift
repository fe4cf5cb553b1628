/// A small, tolerant HTML tokenizer: tags with attributes, text with entities decoded, comments
/// skipped, and the raw-text elements (`script`, `style`, …) kept whole so their content never
/// leaks into article text.
struct HTMLTokenizer {
    enum Token: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool, line: Int)
        case end(name: String, line: Int)
        case text(String, line: Int)
        /// The content of a raw-text element (script, style, textarea, title…), undecoded for scripts.
        case raw(name: String, content: String, attributes: [String: String], line: Int)
    }

    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "xmp", "iframe",
                                               "noembed", "noframes", "noscript", "template", "plaintext"]

    static func tokens(_ html: String) -> [Token] {
        let chars = Array(html)
        var tokens: [Token] = []
        var i = 0
        var line = 1
        var text = ""
        var textLine = 1

        func flushText() {
            if !text.isEmpty { tokens.append(.text(HTMLEntities.decode(text), line: textLine)) }
            text = ""
        }
        func advance(to j: Int) {
            var k = i
            while k < j && k < chars.count { if chars[k] == "\n" { line += 1 }; k += 1 }
            i = min(j, chars.count)
        }
        func find(_ needle: String, from start: Int) -> Int? {
            let n = Array(needle)
            guard !n.isEmpty, start < chars.count else { return nil }
            var k = start
            while k + n.count <= chars.count {
                var match = true
                for m in 0..<n.count where chars[k + m].lowercased() != String(n[m]) { match = false; break }
                if match { return k }
                k += 1
            }
            return nil
        }

        while i < chars.count {
            let c = chars[i]
            guard c == "<", i + 1 < chars.count else {
                if text.isEmpty { textLine = line }
                text.append(c)
                if c == "\n" { line += 1 }
                i += 1
                continue
            }
            let next = chars[i + 1]
            if next == "!" || next == "?" {
                flushText()
                let close = find("<!--", from: i) == i ? find("-->", from: i + 4).map { $0 + 3 } : find(">", from: i).map { $0 + 1 }
                advance(to: close ?? chars.count)
                continue
            }
            guard next.isWordLetter || (next == "/" && i + 2 < chars.count && chars[i + 2].isWordLetter) else {
                if text.isEmpty { textLine = line }
                text.append(c)
                i += 1
                continue
            }
            flushText()
            let tagLine = line
            let (tag, after) = parseTag(chars, from: i)
            advance(to: after)
            switch tag {
            case .start(let name, let attributes, let selfClosing, _):
                if rawTextElements.contains(name) && !selfClosing {
                    let end = find("</" + name, from: i) ?? chars.count
                    let content = String(chars[i..<end])
                    let closeEnd = end < chars.count ? (find(">", from: end).map { $0 + 1 } ?? chars.count) : chars.count
                    advance(to: closeEnd)
                    tokens.append(.raw(name: name, content: content, attributes: attributes, line: tagLine))
                } else {
                    tokens.append(.start(name: name, attributes: attributes, selfClosing: selfClosing, line: tagLine))
                }
            case .end(let name, _):
                tokens.append(.end(name: name, line: tagLine))
            default: break
            }
        }
        flushText()
        return tokens
    }

    /// Parses `<name attr="v" attr2=v attr3>` or `</name>` starting at `<`; returns the index after `>`.
    private static func parseTag(_ chars: [Character], from start: Int) -> (Token, Int) {
        var i = start + 1
        let closing = chars[i] == "/"
        if closing { i += 1 }
        var name = ""
        while i < chars.count, !chars[i].isSpace, chars[i] != ">", chars[i] != "/" {
            name.append(Character(chars[i].lowercased())); i += 1
        }
        var attributes: [String: String] = [:]
        var selfClosing = false
        while i < chars.count, chars[i] != ">" {
            if chars[i].isSpace { i += 1; continue }
            if chars[i] == "/" { selfClosing = true; i += 1; continue }
            var key = ""
            while i < chars.count, !chars[i].isSpace, !"=>/".contains(chars[i]) {
                key.append(Character(chars[i].lowercased())); i += 1
            }
            while i < chars.count, chars[i].isSpace { i += 1 }
            var value = ""
            if i < chars.count, chars[i] == "=" {
                i += 1
                while i < chars.count, chars[i].isSpace { i += 1 }
                if i < chars.count, chars[i] == "\"" || chars[i] == "'" {
                    let quote = chars[i]; i += 1
                    while i < chars.count, chars[i] != quote { value.append(chars[i]); i += 1 }
                    i += 1
                } else {
                    while i < chars.count, !chars[i].isSpace, chars[i] != ">" { value.append(chars[i]); i += 1 }
                }
            }
            if !key.isEmpty, attributes[key] == nil { attributes[key] = HTMLEntities.decode(value) }
            if key.isEmpty { i += 1 }
        }
        let end = min(i + 1, chars.count)
        return closing ? (.end(name: name, line: 0), end) : (.start(name: name, attributes: attributes, selfClosing: selfClosing, line: 0), end)
    }
}
