import Model

/// Gives every raw block a role (headline, date line, masthead, body, boilerplate…) and reads the
/// headline, date, outlet and authors the text itself prints.
struct Layout {
    let boilerplate: Boilerplate

    /// What layout found besides the roles.
    struct Findings {
        var headline: Int?
        var datelines: [Int: DateLine] = [:]
        var ambiguousDate: String?
        var outlet: (name: String, index: Int, kind: String)?
        var authors: [String] = []
        /// Every raw block's words, tokenised once (`Line`), in the order of the blocks.
        var lines: [Line] = []
    }

    private enum Marker { case listHeading, commentForm }

    /// Cost: each block is tokenised once (`Line`); every check after that reads its tokens, word count
    /// and key, and the checks that cannot apply to a long line stop after a bounded prefix.
    func assign(_ raws: [RawBlock], knownTitle: String? = nil) -> (blocks: [Block], findings: Findings) {
        var blocks = raws.map { Block(role: .body, text: $0.text, line: $0.line) }
        let lines = raws.map { Line($0.text) }
        var fixed = Array(repeating: false, count: raws.count)
        var markers: [Int: Marker] = [:]
        var found = Findings()

        func set(_ i: Int, _ role: Block.Role, _ reason: String?) {
            blocks[i].role = role
            blocks[i].reason = reason
            fixed[i] = true
        }

        // Pass 1: what each block is on its own.
        for (i, raw) in raws.enumerated() {
            switch raw.kind {
            case .dropped(let reason): set(i, .boilerplate, reason); continue
            case .code: set(i, .boilerplate, "code or markup, not article text"); continue
            case .caption: set(i, .caption, "photo caption or credit"); continue
            case .time(let stamp):
                if let date = stamp.flatMap(DateParser.date(in:)) ?? DateLine.parse(raw.text)?.date {
                    found.datelines[i] = DateLine(date: date, label: DateLine.parse(raw.text)?.label)
                    set(i, .dateline, "date line")
                    continue
                }
            default: break
            }
            if let dateline = DateLine.parse(raw.text) {
                found.datelines[i] = dateline
                set(i, .dateline, "date line")
            } else if lines[i].words <= 10, DateLine.isAmbiguous(raw.text) {
                found.ambiguousDate = found.ambiguousDate ?? raw.text
                set(i, .dateline, "date line whose day and month cannot be told apart: not used")
            } else if raw.kind != .heading(1), Masthead.segments(raw.text) != nil {
                set(i, .masthead, "site name and section links")
                if found.outlet == nil, let name = Masthead.outlet(in: raw.text) { found.outlet = (name, i, "masthead") }
            } else if let authors = Masthead.authors(in: raw.text) {
                set(i, .masthead, "byline")
                if found.authors.isEmpty { found.authors = authors }
            } else if let verdict = boilerplate.verdict(lines[i], linkDensity: raw.linkDensity) {
                switch verdict {
                case .boilerplate(let reason): set(i, .boilerplate, reason)
                case .caption(let reason): set(i, .caption, reason)
                case .linkListHeading(let reason): set(i, .boilerplate, reason); markers[i] = .listHeading
                case .commentForm(let reason): set(i, .boilerplate, reason); markers[i] = .commentForm
                }
                if found.outlet == nil, let holder = Masthead.copyrightHolder(in: raw.text) {
                    found.outlet = (holder, i, "copyright")
                }
            }
        }

        // Pass 2: the headline.
        var open = raws.indices.filter { !fixed[$0] }
        // "Brackenford Evening Telegraph" above "Commuters walk … as strike bites": a bare publication name on the
        // first line is the outlet, and the headline follows it.
        if open.count > 1, open[0] == raws.indices.first(where: { blocks[$0].role != .boilerplate }),
           Masthead.isBareOutletName(raws[open[0]].text), !Masthead.isBareOutletName(raws[open[1]].text),
           Self.isHeadlineLike(raws[open[1]], words: lines[open[1]].words) {
            set(open[0], .masthead, "site name")
            if found.outlet.map({ $0.index > open[0] }) ?? true {
                found.outlet = (Masthead.titleCased(raws[open[0]].text.trimmingWhitespace()), open[0], "masthead")
            }
            open.removeFirst()
        }
        if let title = knownTitle.map(Words.key), let match = open.first(where: { lines[$0].key == title }) {
            found.headline = match
        } else if let h1 = open.first(where: { raws[$0].kind == .heading(1) }) {
            found.headline = h1
        } else if let first = open.first, Self.isHeadlineLike(raws[first], words: lines[first].words) {
            found.headline = first
        }
        if let h = found.headline { set(h, .headline, "the headline") }

        // Pass 3: the rest, in reading order.
        let headlineKey = found.headline.map { lines[$0].key }
        var seenBody = false
        var listing: String?
        var inComments = false
        for i in raws.indices where i != found.headline {
            let raw = raws[i], line = lines[i]
            if let marker = markers[i] {
                if marker == .commentForm { inComments = true } else { listing = raw.text }
                continue
            }
            if inComments {
                if blocks[i].role != .dateline { set(i, .boilerplate, blocks[i].reason ?? "in the comment section") }
                continue
            }
            if fixed[i] { continue }
            if let heading = listing, Self.isHeadlineLike(raw, words: line.words), !Words.endsLikeSentence(raw.text) {
                set(i, .boilerplate, "a linked headline listed under “\(heading.trimming(" :"))”")
                continue
            }
            listing = nil
            let words = line.words
            let isFragment = words <= 3 && !Words.endsLikeSentence(raw.text) && !raw.text.hasSuffix(":")
            let beforeHeadline = found.headline.map { i < $0 } ?? !seenBody
            if let headlineKey, line.key == headlineKey {
                set(i, .boilerplate, "repeats the headline")
            } else if case .heading = raw.kind {
                set(i, isFragment && !seenBody ? .boilerplate : .subheadline, isFragment && !seenBody ? "a short label, not a sentence" : nil)
            } else if raw.kind == .listItem {
                if seenBody { blocks[i].role = .body } else { set(i, .subheadline, nil) }
            } else if beforeHeadline, !seenBody, !Words.endsLikeSentence(raw.text), words <= 12 {
                set(i, .boilerplate, found.headline == nil ? "a short line before the article text" : "above the headline")
            } else if !seenBody, found.headline != nil, Self.isHeadlineLike(raw, words: words) {
                set(i, .subheadline, nil)
            } else if isFragment {
                set(i, .boilerplate, "a short fragment, not a sentence")
            } else if seenBody, Boilerplate.isWordList(line) {
                set(i, .boilerplate, "a list of words, not prose")
            } else if seenBody, Self.isHeadlineLike(raw, words: words), words <= 16 {
                set(i, .subheadline, nil)
            } else {
                blocks[i].role = .body
                seenBody = true
            }
        }
        if let outlet = found.outlet, outlet.kind == "masthead",
           let firstBody = blocks.firstIndex(where: { $0.role == .body }), outlet.index > firstBody {
            found.outlet = nil
        }
        found.lines = lines
        return (blocks, found)
    }

    /// A single short line with no closing full stop, capitalised like a title.
    static func isHeadlineLike(_ raw: RawBlock) -> Bool {
        isHeadlineLike(raw, words: Words.count(raw.text))
    }

    /// `isHeadlineLike` for a block whose words are counted (`Words.count`).
    static func isHeadlineLike(_ raw: RawBlock, words: Int) -> Bool {
        let text = raw.text
        guard (2...25).contains(words) || (words == 1 && raw.kind == .heading(1)), Words.fits(text, 220) else { return false }
        if Words.endsLikeSentence(text), !(text.hasSuffix("?") || text.hasSuffix("!")) { return false }
        if text.hasSuffix(":") || text.hasSuffix(",") || text.hasSuffix(";") { return false }
        // "How many people marched in Lerin? It depends on whom you ask": a question and its answer, no full stop.
        let sentences = SentenceSplitter.sentences(in: text).count
        guard sentences <= 1 || (sentences == 2 && !text.hasSuffix(".") && SentenceSplitter.sentences(in: text)[0].hasSuffix("?"))
        else { return false }
        let first = text.first { $0.isWordLetter || $0.isWordDigit }
        return first.map { $0.isCapital || $0.isWordDigit || !$0.isCased } ?? false
    }
}
