import Foundation
import Model
import TestSupport
import Testing
@testable import Pipeline

/// An undated telling of a wire story is dated like its dated copies when they were published within a week:
/// its "on Saturday" and "April 30" resolve as theirs do. A wider window leaves its relative dates unresolved.
@Suite struct UndatedCopyTests {
    static let story = """
        A crane collapsed at the Torvik container terminal on Saturday, killing three dock workers, the port authority said.

        Rescue teams worked through the night after the collapse, which also injured 11 people, according to the authority.

        The crane had been inspected on April 30 and declared safe, the authority said in a statement issued on Sunday.

        Unions said they had warned about the state of the terminal's cranes for months and called for an independent inquiry.
        """

    static func page(_ title: String, outlet: String, date: String?) -> String {
        "---\ntitle: \(title)\n" + (date.map { "date: \($0)\n" } ?? "") + "outlet: \(outlet)\n---\n" + story + "\n"
    }

    static func analyse(_ files: [String: String]) throws -> Analysis {
        let folder = Fixtures.temporaryFolder("undated-copy")
        Fixtures.write(files, into: folder)
        var timer = StageTimer()
        let config = try ConfigLoader.load(from: folder.appendingPathComponent("none.yml"))
        return try Pipeline.analyse(input: folder, config: config, timer: &timer)
    }

    @Test func anUndatedCopyTakesItsFamilysDate() throws {
        let analysis = try Self.analyse([
            "wire.md": Self.page("Crane collapse kills three at Torvik terminal", outlet: "Nordic Wire", date: "2024-05-13"),
            "copy.md": Self.page("Three dock workers killed as crane falls in Torvik", outlet: "Coastal Times", date: nil),
        ])
        #expect(analysis.families.contains { Set($0.sources.map(\.rawValue)) == ["wire", "copy"] })
        let killed = try #require(analysis.claims.first { $0.source.rawValue == "copy" && $0.value.low == 3 })
        #expect(killed.eventDate?.iso == "2024-05-11", "\(String(describing: killed.eventDate))")
        #expect(killed.eventDate?.inferred == true)
        let inspected = try #require(analysis.timeline.first { $0.date.iso == "2024-04-30" })
        #expect(inspected.citations.contains { $0.source.rawValue == "copy" })
        // The copy itself stays undated: only its figures' and events' dates are resolved.
        #expect(analysis.sources.first { $0.id.rawValue == "copy" }?.metadata.published == nil)
    }

    @Test func aWideWindowLeavesAnUndatedCopysRelativeDatesUnresolved() throws {
        let analysis = try Self.analyse([
            "wire.md": Self.page("Crane collapse kills three at Torvik terminal", outlet: "Nordic Wire", date: "2024-05-13"),
            "later.md": Self.page("A month on, Torvik crane victims remembered", outlet: "Harbour Weekly", date: "2024-06-20"),
            "copy.md": Self.page("Three dock workers killed as crane falls in Torvik", outlet: "Coastal Times", date: nil),
        ])
        let killed = try #require(analysis.claims.first { $0.source.rawValue == "copy" && $0.value.low == 3 })
        #expect(killed.eventDate == nil, "\(String(describing: killed.eventDate))")
        #expect(!analysis.timeline.contains { $0.citations.contains { $0.source.rawValue == "copy" } })
    }
}
