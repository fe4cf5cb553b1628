import Foundation
import Model
import TestSupport
import Testing
@testable import Pipeline

/// Hostile files built end to end (big ones generated here, at run time, never committed), starting
/// with figures no integer holds.
@Suite struct HostileCorpusTests {
    static let article = """
        Ministry warns of new attacks in Norland

        Officials said on Monday that about 300 fighters remain in Norland, the ministry said.
        """

    /// An input folder with the given files (path → bytes).
    static func corpus(_ files: [String: Data]) -> URL {
        let input = Fixtures.temporaryFolder("hostile")
        for (path, data) in files {
            let url = input.appendingPathComponent(path)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! data.write(to: url)
        }
        return input
    }

    static func text(_ string: String) -> Data { Data(string.utf8) }

    static func json(_ builder: Builder) throws -> [String: Any] {
        let data = try Data(contentsOf: builder.output.appendingPathComponent("claims.json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    @Test func figuresBeyondWhatAnIntegerHoldsStayClaimsAndNeverCrash() throws {
        let input = HostileCorpusTests.corpus([
            "huge.txt": HostileCorpusTests.text("""
                Commanders count the fighters

                Commanders said on Monday that 12,000,000,000,000,000,000,000 fighters were ready in Norland.

                The ministry said 40,000,000,000,000,000,000 fighters had been trained in Norland.

                The budget was $7,500,000,000,000,000,000,000,000 a year, the ministry said.
                """),
            "normal.txt": HostileCorpusTests.text(HostileCorpusTests.article),
        ])
        let builder = Builder(input: input)
        try builder.build()
        let claims = try HostileCorpusTests.json(builder)["claims"] as? [[String: Any]] ?? []
        let huge = claims.filter { ($0["source"] as? String) == "huge" }
        #expect(huge.count >= 2)
        let fighters = try String(contentsOf: builder.output.appendingPathComponent("fighters.html"), encoding: .utf8)
        #expect(fighters.contains("10^22") || fighters.contains("10^19"))
    }
}

/// One folder of every kind of hostile file at once: it builds, in bounded time, with a notice naming each
/// bad file, and the good article still yields its claims.
@Suite(.serialized) struct HostileFolderTests {
    static func bomb() -> String {
        var lines = ["---", "a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1..<9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(refs)]")
        }
        lines += ["title: boom", "---", "", "Body text about 300 fighters, officials said."]
        return lines.joined(separator: "\n")
    }

    @Test(.timeLimit(.minutes(5))) func aFolderOfHostileFilesBuildsWithANoticePerBadFile() throws {
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "Port reopens\n\nThe port reopened on Tuesday after repairs, officials said.\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let line = (0..<900_000).map { $0 % 997 == 0 ? "\($0)" : "word" }.joined(separator: " ")  // about 4.5 MB, no punctuation
        let nested = "<html><body>" + String(repeating: "<div>", count: 20_000) + "<p>Officials said 12 people died.</p>"
            + String(repeating: "</div>", count: 20_000) + "</body></html>"
        let input = HostileCorpusTests.corpus([
            "good.txt": HostileCorpusTests.text(HostileCorpusTests.article),
            "huge-number.txt": HostileCorpusTests.text("Officials said 9,999,999,999,999,999,999 fighters remain.\n"),
            "bomb.md": HostileCorpusTests.text(Self.bomb()),
            "long-line.txt": HostileCorpusTests.text(line),
            "binary.txt": Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37) }),
            "invalid.txt": Data("Officials said 40 fighters".utf8) + Data([0xFF, 0xFE, 0xC3]) + Data(" remain.\n".utf8),
            "wide.txt": Data(utf16),
            "same.txt": HostileCorpusTests.text("Same name\n\nOfficials said 5 people were hurt.\n"),
            "same.md": HostileCorpusTests.text("Same name\n\nOfficials said 6 people were hurt.\n"),
            "nested.html": HostileCorpusTests.text(nested),
        ])
        let outside = Fixtures.temporaryFolder("outside").appendingPathComponent("secret.txt")
        try Data("Secret: 77 agents.\n".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: input.appendingPathComponent("link.txt"), withDestinationURL: outside)
        let builder = Builder(input: input)
        let report = try builder.build()
        let named = Set(report.notices.map { ($0.file as NSString).lastPathComponent })
        for bad in ["bomb.md", "binary.txt", "invalid.txt", "link.txt"] {
            #expect(named.contains(bad), "a notice names \(bad): \(report.notices.map(\.formatted))")
        }
        #expect(named.contains("same.txt") || named.contains("same.md"), "the id collision is reported")
        let claims = try HostileCorpusTests.json(builder)["claims"] as? [[String: Any]] ?? []
        #expect(claims.contains { ($0["source"] as? String) == "good" })
        #expect(!claims.contains { ($0["text"] as? String)?.contains("77") == true }, "nothing is read through a symlink")
        #expect(FileManager.default.fileExists(atPath: builder.output.appendingPathComponent("index.html").path))
    }
}
