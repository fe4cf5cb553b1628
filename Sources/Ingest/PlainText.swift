import Model

/// Reads pasted plain text: one block per line, except hard-wrapped paragraphs, which are joined.
enum PlainText {
    private static let bullets: [Character] = ["•", "·", "▪", "‣", "◦", "●", "■", "►"]

    static func blocks(_ text: String, firstLine: Int = 1) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var group: [(text: String, line: Int)] = []
        var gap = 0
        var gapBeforeGroup = 0

        func flushGroup() {
            defer { group.removeAll() }
            guard !group.isEmpty else { return }
            if isWrapped(group.map(\.text)) {
                let joined = group.map(\.text).joined(separator: " ")
                blocks.append(RawBlock(text: joined, line: group[0].line, gapBefore: gapBeforeGroup))
                return
            }
            for (i, entry) in group.enumerated() {
                var block = RawBlock(text: entry.text, line: entry.line, gapBefore: i == 0 ? gapBeforeGroup : 0)
                if let item = listItem(entry.text) {
                    block.text = item
                    block.kind = .listItem
                } else if i > 0, let previous = blocks.last, previous.kind == .paragraph,
                          entry.text.first?.isLowercase == true, !Words.endsLikeSentence(previous.text),
                          !previous.text.hasSuffix(":"), previous.text.count >= 40 {
                    blocks[blocks.count - 1].text += " " + entry.text
                    continue
                }
                blocks.append(block)
            }
        }

        for (offset, raw) in lines(text).enumerated() {
            let line = String(raw).trimmingWhitespace()
            if line.isEmpty {
                if !group.isEmpty { flushGroup(); gap = 0 }
                gap += 1
                continue
            }
            if group.isEmpty { gapBeforeGroup = gap; gap = 0 }
            group.append((collapseSpaces(line), firstLine + offset))
        }
        flushGroup()
        return blocks
    }

    /// Text after a leading bullet, when the line is a list item.
    static func listItem(_ line: String) -> String? {
        guard let first = line.first else { return nil }
        if bullets.contains(first) { return String(line.dropFirst()).trimmingWhitespace() }
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("– ") {
            return String(line.dropFirst(2)).trimmingWhitespace()
        }
        return nil
    }

    /// A group of lines hard-wrapped at a fixed width: similar lengths, mostly not ending sentences.
    private static func isWrapped(_ lines: [String]) -> Bool {
        guard lines.count >= 2, !lines.contains(where: { listItem($0) != nil }) else { return false }
        let heads = lines.dropLast().map(\.count)
        guard let low = heads.min(), let high = heads.max(), low >= 40, high <= 100, high - low <= 30 else { return false }
        let open = lines.dropLast().filter { !Words.endsLikeSentence($0) }.count
        return open * 2 >= lines.count - 1 && (lines.last?.count ?? 0) <= high + 5
    }

    /// `text.split(separator: "\n", omittingEmptySubsequences: false)`, cut at the newline byte when no
    /// carriage return can make a "\r\n" character (decoded text has none).
    static func lines(_ text: String) -> [Substring] {
        guard !text.hasByte(0x0D) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// Every run of white space as one space, trimmed. Cost: one pass over the bytes (`CharacterScan`).
    static func collapseSpaces(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var lastWasSpace = false
        CharacterScan.forEach(text, ascii: { b in
            if CharacterScan.isSpace(b) {
                if !lastWasSpace { result.append(0x20) }
                lastWasSpace = true
            } else {
                result.append(b)
                lastWasSpace = false
            }
            return true
        }, other: { ch in
            if ch.isSpace {
                if !lastWasSpace { result.append(0x20) }
                lastWasSpace = true
            } else {
                result.append(contentsOf: ch.utf8)
                lastWasSpace = false
            }
            return true
        })
        return String(decoding: result, as: UTF8.self).trimmingWhitespace()
    }
}
