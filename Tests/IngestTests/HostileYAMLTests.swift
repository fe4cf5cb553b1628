import Foundation
import Model
import Testing
@testable import Ingest

/// YAML that would cost unbounded memory or time is refused before anything is built from it.
@Suite struct HostileYAMLTests {
    /// `levels` anchors, each a list of `width` aliases of the one before: width^levels values expanded.
    static func aliasBomb(levels: Int, width: Int) -> String {
        var lines = ["a0: &a0 [x, y]"]
        for level in 1...levels {
            let aliases = Array(repeating: "*a\(level - 1)", count: width).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(aliases)]")
        }
        return lines.joined(separator: "\n")
    }

    @Test func nestedAliasesAreRefusedByTheirExpandedSize() {
        // 8^6 = 262,144 leaves from some 200 bytes: more than the default budget of expanded values.
        let yaml = HostileYAMLTests.aliasBomb(levels: 6, width: 8)
        #expect(yaml.utf8.count < 400)
        #expect(throws: SafeYAML.Refusal.self) { try SafeYAML.load(yaml, limits: Config.Limits()) }
    }

    @Test func aFewAliasesWithinTheBudgetStillLoad() throws {
        let yaml = HostileYAMLTests.aliasBomb(levels: 2, width: 3)
        let loaded = try SafeYAML.load(yaml, limits: Config.Limits()) as? [String: Any]
        #expect((loaded?["a2"] as? [Any])?.count == 3)
    }

    @Test func tooManyAliasesAreRefusedBeforeParsing() {
        let yaml = "base: &b 1\nlist: [" + Array(repeating: "*b", count: 150).joined(separator: ", ") + "]"
        var limits = Config.Limits()
        #expect(throws: SafeYAML.Refusal.self) { try SafeYAML.compose(yaml, limits: limits) }
        limits.maxYAMLAliases = 200
        #expect((try? SafeYAML.compose(yaml, limits: limits)) != nil)
    }

    @Test func anAliasUsedAsAKeyIsRefused() {
        let yaml = "a: &a [1, 2]\nb:\n  *a : value\n"
        #expect(throws: SafeYAML.Refusal.self) { try SafeYAML.compose(yaml, limits: Config.Limits()) }
    }

    @Test func deepNestingAndOversizedTextAreRefused() {
        let deep = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(throws: SafeYAML.Refusal.self) { try SafeYAML.compose(deep, limits: Config.Limits()) }
        var limits = Config.Limits()
        limits.maxYAMLBytes = 100
        #expect(throws: SafeYAML.Refusal.self) { try SafeYAML.compose("title: " + String(repeating: "x", count: 200), limits: limits) }
    }

    @Test func frontMatterWithAnAliasBombIsIgnoredWithAWarningNamingTheFile() {
        let text = "---\ntitle: Bomb\n" + HostileYAMLTests.aliasBomb(levels: 6, width: 8) + "\n---\n\nOfficials said 300 fighters remain in Norland.\n"
        let source = Fixtures.ingest(text, path: "bomb.md")
        #expect(source.metadata.title != "Bomb")
        let warning = source.notices.first { $0.message.contains("front matter") }
        #expect(warning?.file == "bomb.md")
        #expect(warning?.severity == .warning)
        #expect(source.analysedText.contains("300 fighters"))
    }
}
