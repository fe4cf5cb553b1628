import Foundation
import Model
import TestSupport
import Testing
@testable import Pipeline

/// The limits of README's "Limits": YAML alias bombs are refused, long lines are cut into bounded
/// sentences, and build time grows linearly with the length of a line.
@Suite struct LimitTests {
    @Test func aYAMLAliasBombInFrontMatterIsSkippedWithAWarningAndTheBuildGoesOn() throws {
        var lines = ["---", "title: Ten levels", "l0: &l0 [lol, lol]"]
        for level in 1...10 { lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ",") + "]") }
        lines += ["---", "", "Officials said 250 fighters remain in Norland."]
        let input = HostileCorpusTests.corpus([
            "bomb.md": HostileCorpusTests.text(lines.joined(separator: "\n")),
            "normal.txt": HostileCorpusTests.text(HostileCorpusTests.article),
        ])
        let report = try Builder(input: input).build()
        let warning = report.notices.first { $0.file == "bomb.md" && $0.message.contains("front matter") }
        #expect(warning?.severity == .warning)
        #expect(report.sources == 2)
    }

    @Test func aConfigWithAnAliasBombIsRefusedWithItsLine() {
        var lines = ["site:", "  title: Bomb", "boilerplate:", "  phrases: &p0 [a, b]"]
        for level in 1...10 { lines.append("  x\(level): &p\(level) [" + Array(repeating: "*p\(level - 1)", count: 9).joined(separator: ",") + "]") }
        do {
            _ = try ConfigLoader.decode(lines.joined(separator: "\n"), file: "crosscheck.yml")
            Issue.record("an alias bomb was accepted")
        } catch let error as PipelineError {
            #expect(error.code == .configInvalid)
            #expect(error.line != nil)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// One line of words without a full stop, `bytes` long.
    static func runOnLine(bytes: Int) -> String {
        let words = ["fighters", "remain", "in", "the", "hills", "of", "Norland", "and", "300", "more", "arrived", "said", "officials"]
        var line = "Ministry notes\n\n"
        var i = 0
        while line.utf8.count < bytes {
            line += words[i % words.count] + " "
            i += 1
        }
        return line
    }

    @Test func aLongLineIsCutIntoBoundedSentences() throws {
        let input = HostileCorpusTests.corpus(["long.txt": HostileCorpusTests.text(LimitTests.runOnLine(bytes: 60_000))])
        let builder = Builder(input: input)
        try builder.build()
        let sources = try HostileCorpusTests.json(builder)["sources"] as? [[String: Any]] ?? []
        let sentences = sources.first?["sentences"] as? Int ?? 0
        #expect(sentences >= 60_000 / Config.Limits().maxSentenceCharacters)
    }

    /// Seconds to build a corpus of one run-on line of `bytes` bytes (the best of two tries).
    static func buildSeconds(lineBytes bytes: Int) throws -> Double {
        let input = HostileCorpusTests.corpus(["long.txt": HostileCorpusTests.text(LimitTests.runOnLine(bytes: bytes))])
        var best = Double.infinity
        for _ in 0..<2 {
            let clock = ContinuousClock()
            let elapsed = try clock.measure { try Builder(input: input).build() }
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }

    @Test func buildTimeGrowsLinearlyWithTheLengthOfALine() throws {
        // Four times the text: four times the work when every stage is linear, sixteen when one is quadratic.
        let short = try LimitTests.buildSeconds(lineBytes: 25_000)
        let long = try LimitTests.buildSeconds(lineBytes: 100_000)
        #expect(long / short < 9, "25 KB took \(short) s, 100 KB \(long) s")
    }
}
