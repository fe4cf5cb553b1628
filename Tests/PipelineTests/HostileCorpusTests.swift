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
