import Lexicon
import Model

/// Finds where a second story starts in one file: a second headline followed by its own date line,
/// a second top-level heading, or a second date line between runs of body text.
enum Segmenter {
    /// The index of the first block of an appended story and the reason, if there is one.
    static func secondStory(in blocks: [Block], raws: [RawBlock], findings: Layout.Findings) -> (start: Int, reason: String)? {
        guard let firstBody = blocks.firstIndex(where: { $0.role == .body }) else { return nil }
        let mainDate = findings.datelines.filter { $0.key < firstBody + 1 }.sorted { $0.key < $1.key }.first?.value.date
        for j in (firstBody + 1)..<blocks.count {
            let isHeading = blocks[j].role == .subheadline
                || (raws[j].kind == .heading(1) && j != findings.headline)
            // The story before it has a body of its own: one line before a headline is a note or a standfirst.
            guard isHeading, Layout.isHeadlineLike(raws[j]), blocks[..<j].filter({ $0.role == .body }).count >= 2 else { continue }
            // Its own date line must follow before any body text does.
            var k = j + 1
            while k < blocks.count, blocks[k].role != .body {
                if let dateline = findings.datelines[k] {
                    return (j, reason(headline: blocks[j].text, date: dateline.date))
                }
                k += 1
            }
            if raws[j].kind == .heading(1) { return (j, reason(headline: blocks[j].text, date: nil)) }
        }
        // A section label after the story's text ("NEWS IN BRIEF", "ALSO IN BUSINESS"), then a headline, then body:
        // a digest of other stories.
        for j in (firstBody + 1)..<blocks.count where isSectionLabel(raws[j].text) {
            guard blocks[..<j].filter({ $0.role == .body }).count >= 2 else { continue }
            var k = j + 1
            while k < blocks.count, raws[k].text.trimmingWhitespace().isEmpty { k += 1 }
            guard k + 1 < blocks.count, Layout.isHeadlineLike(raws[k]), !isSectionLabel(raws[k].text),
                  blocks[(k + 1)...].contains(where: { $0.role == .body }) else { continue }
            return (j, reason(headline: blocks[k].text, date: nil))
        }
        // A date line after the story's text, with more body text after it, dated differently.
        for (k, dateline) in findings.datelines.sorted(by: { $0.key < $1.key }) where k > firstBody {
            let bodyBefore = blocks[..<k].filter { $0.role == .body }.count
            let bodyAfter = blocks[(k + 1)...].filter { $0.role == .body }.count
            guard bodyBefore >= 2, bodyAfter >= 2, dateline.date != mainDate else { continue }
            var start = k
            if k > 0, blocks[k - 1].role == .subheadline { start = k - 1 }
            let headline = start < k ? blocks[start].text : nil
            return (start, reason(headline: headline, date: dateline.date))
        }
        return nil
    }

    static let digestLabels = ListName("boilerplate", "digestLabels")

    /// A short line in capitals, without figures or a full stop: the label of a section of a page ("NEWS IN BRIEF");
    /// or a line of `boilerplate.digestLabels`, alone or followed by a site's name ("In other news", "Also on OBC News").
    static func isSectionLabel(_ text: String) -> Bool {
        let line = text.trimmingWhitespace()
        let words = Words.count(line)
        guard (1...6).contains(words), line.count <= 40, !line.contains(where: \.isWordDigit), !line.hasSuffix(".") else { return false }
        let key = Words.key(line)
        if WordLists.current.words(Self.digestLabels).contains(where: { key == $0 || key.hasPrefix($0 + " ") && words <= $0.split(separator: " ").count + 3 }) {
            return true
        }
        let letters = line.filter(\.isWordLetter)
        return words <= 5 && letters.count >= 4 && letters.allSatisfy { !$0.isCased || $0.isUppercase }
    }

    static func reason(headline: String?, date: EventDate?) -> String {
        var details: [String] = []
        if let headline { details.append("headline “\(headline)”") }
        if let date { details.append("dated \(date.display)") }
        let detail = details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")"
        return "a second story\(detail) appended after the article"
    }

    /// Marks every block from `start` on as unrelated.
    static func markUnrelated(_ blocks: inout [Block], from start: Int, reason: String) {
        for i in start..<blocks.count {
            blocks[i].role = .unrelated
            blocks[i].reason = reason
            blocks[i].sentences = []
        }
    }
}
