import Foundation
import Model
import TestSupport
import Testing
@testable import Pipeline

/// The cache keys made without JSON: equal values hash equal in any process, different ones differ.
struct DigestEncoderTests {
    struct Sample: Encodable {
        var name: String
        var tags: [String: String]
        var counts: [Int]
        var note: String?
    }

    @Test func equalValuesHashEqualWhateverTheDictionaryOrder() {
        var a: [String: String] = [:], b: [String: String] = [:]
        let keys = (0..<50).map { "key\($0)" }
        for key in keys { a[key] = key.uppercased() }
        for key in keys.reversed() { b[key] = key.uppercased() }
        b.reserveCapacity(500)  // another bucket layout, another iteration order
        #expect(DigestEncoder.digest(of: Sample(name: "x", tags: a, counts: [1], note: nil))
                == DigestEncoder.digest(of: Sample(name: "x", tags: b, counts: [1], note: nil)))
    }

    @Test func anyChangeChangesTheDigest() {
        let base = Sample(name: "x", tags: ["a": "b"], counts: [1, 2], note: nil)
        var variants = [base]
        variants.append(Sample(name: "y", tags: ["a": "b"], counts: [1, 2], note: nil))
        variants.append(Sample(name: "x", tags: ["a": "c"], counts: [1, 2], note: nil))
        variants.append(Sample(name: "x", tags: ["b": "b"], counts: [1, 2], note: nil))
        variants.append(Sample(name: "x", tags: ["a": "b"], counts: [12], note: nil))
        variants.append(Sample(name: "x", tags: ["a": "b"], counts: [1, 2], note: ""))
        variants.append(Sample(name: "xa", tags: [:], counts: [1, 2], note: nil))
        let digests = variants.map { DigestEncoder.digest(of: $0) }
        #expect(Set(digests).count == variants.count)
        // Strings split differently across fields never collide (lengths are part of the stream).
        #expect(DigestEncoder.digest(of: ["ab", "c"]) != DigestEncoder.digest(of: ["a", "bc"]))
        #expect(DigestEncoder.digest(of: [[1], [2]]) != DigestEncoder.digest(of: [[1, 2]]))
    }

    @Test func aSourceDigestFollowsEveryField() {
        let source = Fixtures.source("a", outlet: "Wire", paragraphs: ["Officials said 400 people died.", "Rescue goes on."])
        var retitled = source
        retitled.metadata.title = "New title"
        var rerolled = source
        rerolled.blocks[1].role = .boilerplate
        var noted = source
        noted.notices.append(Notice(.info, file: "a.txt", message: "note"))
        let digests = [source, retitled, rerolled, noted].map(SourceDigests.digest(of:))
        #expect(Set(digests).count == 4)
        #expect(SourceDigests.digest(of: source) == SourceDigests.digest(of: source))
        #expect(digests[0].count == 64)
    }
}
