import Foundation
import Model

/// Reads Markdown: front matter to metadata; headings, lists, quotes and paragraphs to raw blocks,
/// with emphasis, links, images, code spans and inline HTML stripped to their text.
enum MarkdownReader {
    static func read(_ text: String, file: String, limits: Config.Limits = Config.Limits()) -> Draft {
        let front = FrontMatter.split(text, limits: limits)
        var draft = Draft(format: .markdown)
        draft.metadata = FrontMatter.metadata(from: front.fields)
        if let problem = front.problem { draft.notices.append(.init(.warning, file: file, message: problem)) }
        draft.blocks = blocks(front.body, firstLine: front.bodyLine)
        return draft
    }

    static func blocks(_ body: String, firstLine: Int) -> [RawBlock] {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var blocks: [RawBlock] = []
        var paragraph: [String] = []
        var paragraphLine = 0
        var fence: String?
        var code: [String] = []

        func flush(as kind: RawBlock.Kind = .paragraph) {
            defer { paragraph.removeAll() }
            let text = inline(paragraph.joined(separator: " "))
            if !text.isEmpty { blocks.append(RawBlock(text: text, line: paragraphLine, kind: kind)) }
        }

        for (offset, raw) in lines.enumerated() {
            let number = firstLine + offset
            let line = raw.trimmingWhitespace()
            if let open = fence {
                if line.hasPrefix(open) {
                    blocks.append(RawBlock(text: code.joined(separator: "\n"), line: number - code.count - 1, kind: .code))
                    fence = nil
                    code.removeAll()
                } else { code.append(raw) }
                continue
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") { flush(); fence = String(line.prefix(3)); continue }
            if line.isEmpty { flush(); continue }
            if isRule(line) {
                if !paragraph.isEmpty, line.allSatisfy({ $0 == "=" || $0 == "-" }) {
                    flush(as: .heading(line.first == "=" ? 1 : 2))
                } else { flush() }
                continue
            }
            if line.hasPrefix("#") {
                let level = line.prefix(while: { $0 == "#" }).count
                if level <= 6, line.dropFirst(level).first == " " {
                    flush()
                    paragraph = [String(line.dropFirst(level)).trimming("# ")]
                    paragraphLine = number
                    flush(as: .heading(level))
                    continue
                }
            }
            if line.hasPrefix("["), line.range(of: #"^\[[^\]]+\]:\s*\S+"#, options: .regularExpression) != nil {
                continue  // a link reference definition
            }
            if let item = listItem(line) {
                flush(); paragraph = [item]; paragraphLine = number; flush(as: .listItem); continue
            }
            if line.hasPrefix(">") {
                flush(); paragraph = [line.trimming("> ")]; paragraphLine = number; flush(as: .quote); continue
            }
            if line.hasPrefix("!["), line.hasSuffix(")") {
                flush(); paragraph = [line]; paragraphLine = number; flush(as: .caption); continue
            }
            if paragraph.isEmpty { paragraphLine = number }
            paragraph.append(line)
        }
        if fence != nil, !code.isEmpty { blocks.append(RawBlock(text: code.joined(separator: "\n"), line: firstLine, kind: .code)) }
        flush()
        return blocks
    }

    private static func isRule(_ line: String) -> Bool {
        let compact = line.filter { !$0.isSpace }
        guard compact.count >= 3, let first = compact.first, "-*_=".contains(first) else { return false }
        return compact.allSatisfy { $0 == first }
    }

    private static func listItem(_ line: String) -> String? {
        if let item = PlainText.listItem(line) { return item }
        if line.hasPrefix("+ ") { return String(line.dropFirst(2)) }
        let digits = line.prefix(while: \.isWordDigit)
        if !digits.isEmpty, digits.count <= 3 {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return String(rest.dropFirst(2)) }
        }
        return nil
    }

    /// Markdown inline markup to plain text; link targets and HTML tags never survive.
    static func inline(_ text: String) -> String {
        // Escaped punctuation is set aside so the rules below do not read it as markup.
        var s = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping, scalar.isASCII, "\\`*_{}[]()#+-.!>~|<&".unicodeScalars.contains(scalar) {
                s.unicodeScalars.append(Unicode.Scalar(0xF000 + scalar.value)!)
            } else if escaping {
                s += "\\" + String(scalar)
            } else if scalar != "\\" {
                s.unicodeScalars.append(scalar)
            }
            escaping = !escaping && scalar == "\\"
        }
        let rules: [(String, String)] = [
            (#"!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)"#, "$1"),   // images → alt text
            (#"\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)"#, "$1"),    // links → text
            (#"\[([^\]]+)\]\[[^\]]*\]"#, "$1"),             // reference links
            (#"<((?:https?|mailto):[^>\s]+)>"#, "$1"),      // autolinks
            (#"`+([^`]*)`+"#, "$1"),                        // code spans
            (#"(\*\*|__|~~)(.+?)\1"#, "$2"),                // strong, strike
            (#"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"#, "$1"),
            (#"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])"#, "$1"),
        ]
        for (pattern, template) in rules {
            s = s.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        if s.contains("<") || s.contains("&") {
            s = HTMLTokenizer.tokens(s).compactMap { token -> String? in
                if case .text(let content, _) = token { return content }
                return nil
            }.joined()
        }
        let restored = String(String.UnicodeScalarView(s.unicodeScalars.map { scalar in
            (0xF000...0xF07F).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xF000)! : scalar
        }))
        return PlainText.collapseSpaces(restored)
    }
}
