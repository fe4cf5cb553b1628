import Foundation
import Model
import TestSupport
import Testing
@testable import Pipeline

/// Only http(s) URLs reach claims.json and ClaimReview.
@Suite struct WebURLTests {
    @Test func onlyWebURLsReachTheExports() throws {
        let input = HostileCorpusTests.corpus([
            "front.md": HostileCorpusTests.text("---\ntitle: Front\nurl: \"javascript:alert(document.cookie)\"\n---\n\nOfficials said 300 fighters remain in Norland.\n"),
            "plain.txt": HostileCorpusTests.text(HostileCorpusTests.article),
            "web.md": HostileCorpusTests.text("---\ntitle: Web\nurl: https://news.example.org/a\n---\n\nOfficials said 310 fighters remain in Norland.\n"),
            "sources.yml": HostileCorpusTests.text("plain.txt:\n  url: \" JaVaScRiPt:alert(1)\"\n"),
        ])
        let builder = Builder(input: input)
        let report = try builder.build()
        let files = Fixtures.tree(builder.output)
        for (path, data) in files where path.hasSuffix(".json") || path.hasSuffix(".html") || path.hasSuffix(".csv") {
            #expect(!String(decoding: data, as: UTF8.self).lowercased().contains("javascript:"), "\(path)")
        }
        #expect(String(decoding: files["claims.json"]!, as: UTF8.self).contains("https://news.example.org/a"))
        #expect(report.notices.filter { $0.message.contains("http(s)") }.count == 2)
    }
}
