import Foundation
import Testing
import Model
@testable import Ingest

/// Bad input never crashes and never silently disappears: each gets one notice naming the file.
@Suite struct BadInputTests {
    private func ingest(_ bytes: [UInt8], path: String = "bad.txt", maxBytes: Int = 5_000_000) -> Source {
        var config = Fixtures.config
        config.limits.maxFileBytes = maxBytes
        return Ingester(config: config).source(from: InputFile(path: path, data: Data(bytes)))
    }

    @Test(arguments: [[], Array(" \n\n\t ".utf8)])
    func emptyFileIsAnError(bytes: [UInt8]) {
        let source = ingest(bytes)
        #expect(source.sentences.isEmpty)
        #expect(source.notices.count == 1)
        #expect(source.notices.first?.severity == .error)
        #expect(source.notices.first?.file == "bad.txt")
        #expect(source.id == ID("bad"))
    }

    @Test func binaryFileIsSkippedWithAnError() {
        let source = ingest([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], path: "image.txt")
        #expect(source.blocks.isEmpty && source.sentences.isEmpty)
        #expect(source.notices.map(\.severity) == [.error])
        #expect(source.notices.first?.message.contains("binary") == true)
        #expect(source.notices.first?.byteOffset == 8)
    }

    @Test func invalidUTF8IsReplacedAndWarnedWithTheOffset() {
        let text = "Prices rise again\n\nPrices rose 3 percent in May, the statistics office said on Tuesday in its monthly report."
        var bytes = Array(text.utf8)
        bytes.insert(0xE9, at: 30)
        let source = ingest(bytes)
        #expect(source.notices.count == 1)
        #expect(source.notices.first?.severity == .warning)
        #expect(source.notices.first?.byteOffset == 30)
        #expect(source.notices.first?.message.contains("byte 30") == true)
        #expect(source.bodySentences.first?.text.contains("\u{FFFD}") == true)
    }

    @Test func byteOrderMarksAndCarriageReturnsAreHandled() {
        let utf8 = ingest([0xEF, 0xBB, 0xBF] + Array("Port reopens\r\n\r\nThe port reopened on Tuesday after repairs, officials said.\r\n".utf8))
        #expect(utf8.metadata.title == "Port reopens")
        #expect(utf8.notices.isEmpty)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "Port reopens\n\nThe port reopened on Tuesday after repairs, officials said.\n".utf16 {
            utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let wide = ingest(utf16)
        #expect(wide.metadata.title == "Port reopens")
        #expect(wide.bodySentences.count == 1)
    }

    @Test func oversizedFileIsAnError() {
        let source = ingest(Array(String(repeating: "word ", count: 100).utf8), maxBytes: 100)
        #expect(source.sentences.isEmpty)
        #expect(source.notices.map(\.severity) == [.error])
        #expect(source.notices.first?.message.contains("limit") == true)
    }

    @Test func notEnglishIsKeptButFlagged() {
        let source = Fixtures.fixture("not-english.txt")
        #expect(source.metadata.language == "fr")
        #expect(!source.isAnalysed)
        #expect(source.notices.count == 1)
        #expect(source.notices.first?.message == "not in English (detected “fr”): left out of extraction")
        #expect(!source.blocks.isEmpty)
    }

    @Test func unknownScriptIsUndetermined() {
        let text = String(repeating: "日本語の記事です。政府は月曜日に発表した。 ", count: 30)
        let source = Fixtures.ingest(text)
        #expect(source.metadata.language == "und")
        #expect(source.notices.contains { $0.message.hasPrefix("not in English") })
    }

    @Test func languageOverrideBringsASourceBack() {
        let source = Ingester(config: Fixtures.config, overrides: ["not-english.txt": ["language": "en"]])
            .source(from: Fixtures.file(Fixtures.folder.appendingPathComponent("not-english.txt")))
        #expect(source.metadata.language == "en")
        #expect(source.notices.isEmpty)
    }

    @Test func fileWithOnlyFurnitureWarns() {
        let source = Fixtures.ingest("Follow\nShort Url\nicon-facebook icon-twitter\n")
        #expect(source.sentences.isEmpty)
        #expect(source.notices.contains { $0.severity == .warning && $0.message.contains("no article text") })
    }

    @Test func garbageNeverCrashes() {
        var generator = SystemRandomNumberGenerator()
        for size in [1, 7, 64, 1000] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 1...255, using: &generator) }
            for path in ["r.txt", "r.md", "r.html"] { _ = ingest(bytes, path: path) }
        }
    }
}
