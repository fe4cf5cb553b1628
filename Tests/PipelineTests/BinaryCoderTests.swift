import Foundation
import Model
import TestSupport
import Testing
@testable import Pipeline

/// The cache's binary encoding gives back every value it was given: the entries of a generated corpus (parsed
/// sources with their refine facts, extractions with their reuse facts), values of every primitive kind,
/// optionals, nested and empty containers; a torn or foreign entry is an error (a cache miss), never a value.
@Suite struct BinaryCoderTests {
    struct Everything: Codable, Equatable {
        var string = "naïve “quotes” \u{301} 👩\u{200D}💻"
        var empty = ""
        var int = Int.min
        var big = Int.max
        var small: Int8 = -128
        var unsigned = UInt64.max
        var byte: UInt8 = 255
        var double = -0.0
        var tiny = Double.leastNonzeroMagnitude
        var nan = Double.nan.bitPattern
        var float: Float = 3.25
        var yes = true
        var none: String?
        var some: Int? = 0
        var nestedNone: [String?] = [nil, "x", nil]
        var list = [[1, 2], [], [3]]
        var map = ["b": [1.5], "a": [], "": [2]]
        var intKeys = [3: "three", -1: "minus one"]
        var set: Set<String> = ["a", "b"]
        var date = Date(timeIntervalSinceReferenceDate: 12_345.678)
        var data = Data([0, 1, 254, 255])
        var url = URL(string: "https://example.com/a?b=c")!
        var range = 1...5
        var ids = [ID<Source>("a"), ID<Source>("b")]
    }

    @Test func valuesOfEveryKindRoundTrip() throws {
        let value = Everything()
        #expect(try BinaryCoder.decode(Everything.self, from: try BinaryCoder.encode(value)) == value)
        #expect(try BinaryCoder.decode([Everything].self, from: try BinaryCoder.encode([value, value])) == [value, value])
        #expect(try BinaryCoder.decode(String.self, from: try BinaryCoder.encode("top")) == "top")
        #expect(try BinaryCoder.decode(Int?.self, from: try BinaryCoder.encode(Int?.none)) == nil)
    }

    @Test func tornOrForeignEntriesAreErrors() throws {
        let data = try BinaryCoder.encode(Everything())
        for bad in [Data(), data.dropLast(1), data + Data([0]), Data("{\"string\": \"x\"}".utf8), Data(data.prefix(data.count / 2))] {
            #expect(throws: (any Error).self) { try BinaryCoder.decode(Everything.self, from: bad) }
        }
    }

    @Test func theCacheEntriesOfACorpusRoundTrip() throws {
        let corpus = try #require(try IncrementalBuildTests.generatedCorpus(count: 60), "python3 Benchmarks/generate.py failed")
        let cache = Fixtures.temporaryFolder("binary-cache")
        _ = try Pipeline.build(IncrementalBuildTests.options(corpus, output: Fixtures.temporaryFolder("binary-site"), cache: cache))
        // Each entry read back, encoded and read again is the same value (compared as JSON with sorted keys: a
        // dictionary's order may differ between equal values); the analysis read through the cache equals one
        // made from the texts (`IncrementalBuildTests`).
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var parsed = 0, extracted = 0
        for (path, data) in Fixtures.tree(cache) where path.hasSuffix(".bin") && !path.contains("fragments-") {
            if let value = try? BinaryCoder.decode(ParsedSource.self, from: data) {
                let again = try BinaryCoder.decode(ParsedSource.self, from: try BinaryCoder.encode(value))
                #expect(try encoder.encode(again) == encoder.encode(value))
                #expect(again.source == value.source)
                parsed += 1
            } else {
                let value = try BinaryCoder.decode(ExtractedSource.self, from: data)
                let again = try BinaryCoder.decode(ExtractedSource.self, from: try BinaryCoder.encode(value))
                #expect(try encoder.encode(again) == encoder.encode(value))
                #expect(again.extraction == value.extraction)
                extracted += 1
            }
        }
        #expect(parsed == 60 && extracted == 60)
    }
}
