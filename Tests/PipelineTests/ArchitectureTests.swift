import Foundation
import TestSupport
import Testing

/// Rules of the codebase's shape that a refactor could silently break.
@Suite struct ArchitectureTests {
    func swiftFiles(under folder: String) -> [(String, String)] {
        let root = Fixtures.root.appendingPathComponent(folder)
        return Fixtures.tree(root).filter { $0.key.hasSuffix(".swift") }
            .map { ($0.key, String(decoding: $0.value, as: UTF8.self)) }
    }

    @Test func exactlyOneSwiftFileImportsLibcmark() {
        let importers = swiftFiles(under: "Sources").filter { $0.1.contains("import CCmark") }.map(\.0)
        #expect(importers == ["Render/Markdown.swift"])
    }

    @Test func pureStagesDoNoFileIO() {
        for stage in ["Extract", "Reconcile", "Compose"] {
            for (path, text) in swiftFiles(under: "Sources/\(stage)") {
                #expect(!text.contains("FileManager"), "\(stage)/\(path) touches the file system")
                #expect(!text.contains("(contentsOf: URL") && !text.contains("contentsOfFile"), "\(stage)/\(path) reads a file")
                #expect(!text.contains("import Dispatch"), "\(stage)/\(path) schedules work itself")
            }
        }
    }

    @Test func theExecutableOnlyCallsTheCommandLibrary() {
        let main = swiftFiles(under: "Sources/crosscheck")
        #expect(main.count == 1)
        #expect(main.first?.1.contains("Crosscheck.main()") == true)
    }

    /// Files generated from data (the lexicon, the built-in config and templates, HTML's entity table).
    static let generated: Set<String> = ["Lexicon/BuiltInLexicon.swift", "Pipeline/DefaultConfig.swift",
                                         "Render/DefaultTemplates.swift", "Ingest/HTMLEntities+Table.swift"]
    /// Files whose literals name the parts of a format rather than words of a language: HTML elements and
    /// schema.org types, config and front-matter keys, output columns and reserved page names.
    static let formatIdentifiers: Set<String> = [
        "Ingest/HTMLReader.swift", "Ingest/HTMLTokenizer.swift", "Ingest/HTMLMetadata.swift", "Ingest/Overrides.swift",
        "Pipeline/ConfigLoader.swift", "Reconcile/TopicPlanner.swift", "Compose/Composer+Cards.swift",
        "Compose/Composer+Sources.swift", "Compose/Export.swift", "Compose/Export+Fragments.swift", "CrosscheckCLI/Claims.swift", "Preview/MediaTypes.swift",
        "Render/Templates.swift",
    ]

    /// The rule: a bracketed literal (array, set or dictionary), or a `case` of a switch, holding more than five
    /// string literals that are lower-case words or phrases is a word list, and word lists live in
    /// `Sources/Lexicon/<language>/`.
    @Test func noWordListIsLeftInSwift() {
        var lists: [String] = []
        for (path, text) in swiftFiles(under: "Sources")
        where !Self.generated.contains(path) && !Self.formatIdentifiers.contains(path) {
            for line in Self.wordListLines(in: text) + Self.caseListLines(in: text) { lists.append("\(path):\(line)") }
        }
        #expect(lists.isEmpty, "word lists in Swift (move them to Sources/Lexicon/en/*.yml): \(lists)")
    }

    @Test func theWordListRuleFindsAList() {
        #expect(Self.wordListLines(in: "let a = 1\nlet x = [\"one\", \"two\", \"three\",\n \"four\", \"five\", \"six\"]") == [2])
        #expect(Self.wordListLines(in: "let x = [\"a\", \"b\", \"c\", \"d\", \"e\"] // five is a closed set") == [])
        #expect(Self.wordListLines(in: "let x = [\"A\", \"B\", \"-\", \"–\", \"C\", \"D\"]") == [])
        #expect(Self.caseListLines(in: "switch w {\n case \"one\", \"two\", \"three\", \"four\", \"five\", \"six\": break") == [2])
        #expect(Self.caseListLines(in: "switch w {\n case \"he\", \"she\": break") == [])
    }

    /// Lines where a `case` lists more than five lower-case word strings.
    static func caseListLines(in text: String) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { n, line in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("case \"") else { return nil }
            let strings = trimmed.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 1 }.map { String($0.element) }
            let words = strings.filter { s in
                s.first.map { $0.isLowercase } == true && s.allSatisfy { $0.isLowercase || "'’-. ".contains($0) }
            }
            return words.count > 5 ? n + 1 : nil
        }
    }

    /// Lines where a word-list literal opens (comments and multi-line strings are skipped).
    static func wordListLines(in text: String) -> [Int] {
        var found: [Int] = []
        var stack: [(line: Int, words: Int)] = []
        var line = 1
        var chars = Array(text.unicodeScalars)[...]
        func isWord(_ s: String) -> Bool {
            guard let first = s.unicodeScalars.first, CharacterSet.lowercaseLetters.contains(first) else { return false }
            return s.unicodeScalars.allSatisfy { CharacterSet.lowercaseLetters.contains($0) || "'’-. ".unicodeScalars.contains($0) }
        }
        while let c = chars.popFirst() {
            switch c {
            case "\n": line += 1
            case "/" where chars.first == "/":
                while let d = chars.first, d != "\n" { chars.removeFirst() }
            case "\"":
                if chars.starts(with: "\"\"".unicodeScalars) {
                    chars.removeFirst(2)
                    while !chars.isEmpty, !chars.starts(with: "\"\"\"".unicodeScalars) {
                        if chars.removeFirst() == "\n" { line += 1 }
                    }
                    chars = chars.dropFirst(3)
                    continue
                }
                var literal = ""
                while let d = chars.popFirst(), d != "\"" {
                    if d == "\\" { _ = chars.popFirst(); literal.append("\\") } else { literal.unicodeScalars.append(d) }
                }
                if isWord(literal), !stack.isEmpty { stack[stack.count - 1].words += 1 }
            case "[": stack.append((line, 0))
            case "]":
                if let top = stack.popLast(), top.words > 5 { found.append(top.line) }
            default: break
            }
        }
        return found
    }
}
