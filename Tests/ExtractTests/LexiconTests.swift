import Foundation
import Model
import Pipeline
import TestSupport
import Testing
@testable import Extract
@testable import Lexicon

/// The lexicon is data: its YAML files are what the binary embeds, they parse, a project extends them from
/// `crosscheck.yml`, and no word list is left in Swift.
@Suite struct LexiconTests {
    static let folder = Fixtures.root.appendingPathComponent("Sources/Lexicon")

    /// Every `Sources/Lexicon/<language>/*.yml`, by path under `Sources/Lexicon`.
    static var dataFiles: [String: String] {
        Fixtures.tree(folder).filter { $0.key.hasSuffix(".yml") }.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test func theBuiltInLexiconIsItsDataFiles() {
        let files = Self.dataFiles
        #expect(!files.isEmpty)
        #expect(Set(files.keys) == Set(BuiltInLexicon.files.keys), "run `make lexicon`")
        for (path, text) in files {
            #expect(BuiltInLexicon.files[path].map { $0 + "\n" } == text, "\(path) differs from BuiltInLexicon.swift: run `make lexicon`")
        }
    }

    @Test func everyDataFileParses() throws {
        let lists = try WordLists.parse(BuiltInLexicon.files, language: "en")
        #expect(lists.listNames.count > 80)
        #expect(lists.words("attribution", "reportingVerbs").contains("said"))
        #expect(lists.table("currencies", "names")["swiss francs"] == "CHF")
        #expect(lists.numbers("numbers", "magnitudes")["million"] == 1e6)
        #expect(lists.integers("calendar", "months")["sept"] == 9)
        #expect(lists.longestTerm("currencies", "names") == 4)
    }

    @Test func aBadFileIsNamedWithItsLine() {
        let files = ["en/numbers.yml": "units:\n  one: 1\ntens: 20\n"]
        #expect {
            try WordLists.parse(files, language: "en")
        } throws: { error in
            let error = error as? LexiconError
            return error?.file == "en/numbers.yml" && error?.line == 3
        }
    }

    @Test func aUserAddedCurrencyAndReportingVerbAreRead() throws {
        let config = try ConfigLoader.decode("""
            lexicon:
              currencies:
                names: {doubloons: XDB, "pieces of eight": XPE}
              attribution:
                reportingVerbs: [quipped]
            """, file: "crosscheck.yml")
        let text = "The pirates demanded 5,000 doubloons and 300 pieces of eight, Smith quipped."
        let plain = Extractor(config: ShippedConfig.standard).analyse(text: text, reference: nil).claims
        let extended = Extractor(config: config).analyse(text: text, reference: nil).claims
        #expect(!plain.contains { $0.value.value?.unit == "XDB" })
        let currencies = extended.compactMap(\.value.value?.unit)
        #expect(currencies.contains("XDB"))
        #expect(currencies.contains("XPE"))
        #expect(plain.allSatisfy { $0.attribution?.name.contains("Smith") != true })
        #expect(extended.contains { $0.attribution?.name.contains("Smith") == true })
        // The built-in lexicon is untouched.
        #expect(WordLists.english.table("currencies", "names")["doubloons"] == nil)
    }

    @Test(arguments: [
        ("lexicon:\n  currencies:\n    coins: {doubloons: XDB}\n", 3),
        ("lexicon:\n  currencies:\n    names: [doubloons]\n", 3),
        ("lexicon:\n  numbers:\n    magnitudes: {lots: many}\n", 3),
    ])
    func aBadAdditionIsAConfigErrorWithItsLine(yaml: String, line: Int) {
        #expect {
            try ConfigLoader.decode(yaml, file: "crosscheck.yml")
        } throws: { error in
            (error as? PipelineError)?.line == line
        }
    }
}
