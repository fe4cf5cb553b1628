import Foundation
import Model

/// Fast look-ups over an analysis, shared by every page composer. Built once per build in one pass over
/// sources, claims, propositions and drift, so no page scans the whole corpus.
struct Catalog {
    let analysis: Analysis
    let config: Config
    let sources: [ID<Source>: Source]
    let claims: [ID<Claim>: Claim]
    /// 1-based display number of each source ("S1"), in id order.
    let numbers: [ID<Source>: Int]
    let families: [ID<Source>: Family]
    /// Each source's claims, in sentence order.
    let claimsBySource: [ID<Source>: [Claim]]
    /// The proposition each claim belongs to.
    let propositionOf: [ID<Claim>: ID<Proposition>]
    /// Each proposition's drift, in analysis order (looked up per card instead of scanning all drift).
    let driftByProposition: [ID<Proposition>: [Drift]]
    /// The newest publication date in the corpus (every ClaimReview carries it).
    let newestPublished: EventDate?
    /// Source id text → label, for rewriting evidence.
    private let labels: [String: String]

    init(analysis: Analysis, config: Config) {
        self.analysis = analysis
        self.config = config
        sources = Dictionary(analysis.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        claims = Dictionary(analysis.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        numbers = Dictionary(analysis.sources.map(\.id).sorted().enumerated().map { ($1, $0 + 1) },
                             uniquingKeysWith: { first, _ in first })
        var families: [ID<Source>: Family] = [:]
        for family in analysis.families {
            for member in family.sources { families[member] = family }
        }
        self.families = families
        claimsBySource = Dictionary(grouping: analysis.claims, by: \.source).mapValues { claims in
            claims.sorted { ($0.sentence, $0.span.start) < ($1.sentence, $1.span.start) }
        }
        propositionOf = Dictionary(analysis.propositions.flatMap { p in p.members.map { ($0, p.id) } },
                                   uniquingKeysWith: { first, _ in first })
        var drift: [ID<Proposition>: [Drift]] = [:]
        for item in analysis.drift { if let id = item.proposition { drift[id, default: []].append(item) } }
        driftByProposition = drift
        newestPublished = analysis.sources.compactMap(\.metadata.published).max()
        let numbers = self.numbers
        labels = Dictionary(numbers.map { ($0.key.rawValue, "S\($0.value)") }, uniquingKeysWith: { first, _ in first })
    }

    /// The site path of a source's page.
    static func sourcePath(_ id: ID<Source>) -> String {
        // Every link to a source goes through here: an id of safe ASCII only (the usual file stem) is used as it is.
        if id.rawValue.utf8.allSatisfy({ byte in
            (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }) {
            return "sources/" + id.rawValue + ".html"
        }
        let safe = id.rawValue.map { ch -> Character in
            ch.isASCII && (ch.isWordLetter || ch.isWordDigit || ch == "-" || ch == "_" || ch == ".") ? ch : "-"
        }
        return "sources/" + String(safe) + ".html"
    }

    /// "S3": a short, stable label for a source.
    func label(_ id: ID<Source>) -> String { "S\(numbers[id] ?? 0)" }

    /// The outlet's name, or the source label where the article does not print one.
    func outlet(_ id: ID<Source>) -> String {
        sources[id]?.metadata.outlet ?? label(id)
    }

    /// An outlet name as reconcile recorded it: a source id where the article printed no outlet.
    func outletName(_ recorded: String) -> String {
        sources[ID(recorded)] != nil ? outlet(ID(recorded)) : recorded
    }

    /// The headline, or for an article that prints none, its opening words marked as such.
    func title(_ id: ID<Source>) -> String {
        guard let source = sources[id] else { return id.rawValue }
        return Catalog.title(of: source)
    }

    /// The headline of a source, or its opening words marked as such.
    static func title(of source: Source) -> String {
        if let title = source.metadata.title, !title.isEmpty { return title }
        guard let first = source.sentences.first?.text else { return "Untitled (\(source.file))" }
        let words = first.split(separator: " ")
        return "Untitled: “" + words.prefix(10).joined(separator: " ") + (words.count > 10 ? "…”" : "”")
    }

    /// Text that names sources by id, with each id replaced by its label ("S1").
    func labelled(_ text: String) -> String {
        // One pass: every run of id characters is looked up, so the cost is the text's length.
        var result = ""
        var word = ""
        func flush() {
            result += labels[word] ?? word
            word = ""
        }
        for ch in text {
            if ch.isWordLetter || ch.isWordDigit || ch == "_" || ch == "-" || ch == "." {
                word.append(ch)
            } else {
                flush()
                result.append(ch)
            }
        }
        flush()
        return result
    }

    /// Whether `text` contains `id` (as `String.contains`). Every source page of a family scans the family's
    /// evidence for its id, which is quadratic in the family's size, so ASCII text and a safe ASCII id (the
    /// usual case, where bytes and characters coincide) are compared as bytes; anything else by characters.
    static func mentions(_ text: String, _ id: String) -> Bool {
        var text = text, id = id
        // One pass over the text's bytes: a byte match between ASCII neighbours (or ends) is a match of
        // `Character`s too; a text with a non-ASCII byte and no such match is asked `contains` itself
        // (canonical equivalence could match there), and so is an id outside letters, digits, "-", "_", ".".
        let answer: Bool? = text.withUTF8 { haystack in
            id.withUTF8 { needle -> Bool? in
                guard let first = needle.first, needle.count <= haystack.count else { return nil }
                for byte in needle {
                    guard (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
                            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") else { return nil }
                }
                var ascii = true
                let last = haystack.count - needle.count
                for i in 0..<haystack.count {
                    let byte = haystack[i]
                    if byte >= 0x80 { ascii = false; continue }
                    guard byte == first, i <= last else { continue }
                    var j = 1
                    while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                    guard j == needle.count else { continue }
                    let end = i + needle.count
                    if (i == 0 || haystack[i - 1] < 0x80) && (end == haystack.count || haystack[end] < 0x80) { return true }
                    ascii = false
                }
                return ascii ? false : nil
            }
        }
        return answer ?? text.contains(id)
    }

    /// The text of a cited sentence.
    func sentence(_ citation: Citation) -> String {
        guard let source = sources[citation.source], source.sentences.indices.contains(citation.sentence) else { return "" }
        return source.sentences[citation.sentence].text
    }

    func measureLabel(_ id: String) -> String { config.measure(id)?.label ?? id }
}
