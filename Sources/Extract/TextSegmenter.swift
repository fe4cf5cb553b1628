import Model

/// Splits free text into sentences with their character offsets.
enum TextSegmenter {
    /// Paragraphs end at blank lines; each is split with `SentenceSplitter`.
    static func sentences(in text: String, maxLength: Int = SentenceSplitter.defaultMaxLength) -> [(String, Int)] {
        let chars = Array(text)
        var result: [(String, Int)] = []
        var start = 0
        var i = 0
        func flush(_ end: Int) {
            guard end > start else { return }
            let paragraph = Array(chars[start..<end])
            var cursor = 0
            for sentence in SentenceSplitter.sentences(in: String(paragraph), maxLength: maxLength) {
                let target = Array(sentence)
                if let at = find(target, in: paragraph, from: cursor) {
                    result.append((sentence, start + at)); cursor = at + target.count
                } else {
                    result.append((sentence, start + cursor))
                }
            }
        }
        while i < chars.count {
            if chars[i] == "\n" {
                var j = i + 1
                while j < chars.count, chars[j] != "\n", chars[j].isSpace { j += 1 }
                if j < chars.count, chars[j] == "\n" {
                    flush(i)
                    while j < chars.count, chars[j].isSpace { j += 1 }
                    start = j; i = j; continue
                }
            }
            i += 1
        }
        flush(chars.count)
        return result
    }

    private static func find(_ needle: [Character], in hay: [Character], from: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
