import Foundation
import Model
import TestSupport
import Testing
@testable import Pipeline

/// Every source gets its own id and page, whatever its file is called.
@Suite struct SourceIDTests {
    @Test func collidingFileNamesGetUniqueIDsAndAWarning() throws {
        let article = HostileCorpusTests.text(HostileCorpusTests.article)
        func variant(_ n: Int) -> Data { HostileCorpusTests.text(HostileCorpusTests.article + "\nA further \(n * 11) fighters arrived in Norland, officials said.\n") }
        let input = HostileCorpusTests.corpus([
            "b.txt": article, "b.md": variant(1), "p q.txt": variant(2), "p-q.txt": variant(3), "p+q.txt": variant(4),
            "index.txt": variant(5), "Case.txt": variant(6), "case.txt": variant(7), "sub/b.txt": variant(8),
        ])
        let builder = Builder(input: input)
        let report = try builder.build()
        #expect(report.sources == 9)
        let sources = try HostileCorpusTests.json(builder)["sources"] as? [[String: Any]] ?? []
        let ids = sources.compactMap { $0["id"] as? String }
        #expect(Set(ids.map { $0.lowercased() }).count == 9, "\(ids)")
        #expect(!ids.contains("index"))
        let pages = Fixtures.tree(builder.output).keys.filter { $0.hasPrefix("sources/") }
        #expect(pages.count == 10, "\(pages.sorted())")
        let claims = try HostileCorpusTests.json(builder)["claims"] as? [[String: Any]] ?? []
        let claimIDs = claims.compactMap { $0["id"] as? String }
        #expect(Set(claimIDs).count == claimIDs.count)
        let renamed = report.notices.filter { $0.message.contains("this source is") }
        #expect(renamed.count == 6, "\(renamed.map(\.formatted))")
        #expect(Set(renamed.map(\.file)).isSuperset(of: ["index.txt"]))
    }
}
