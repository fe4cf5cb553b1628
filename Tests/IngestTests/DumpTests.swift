import Foundation
import Testing
import Model
@testable import Ingest

/// Prints what ingest made of every seed and fixture when `INGEST_DUMP` is set; a reading aid.
@Test func dumpWhenAsked() {
    guard ProcessInfo.processInfo.environment["INGEST_DUMP"] != nil else { return }
    var files = ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds.path)) ?? [])
        .filter { !$0.hasSuffix(".yml") }.sorted().map { Fixtures.seeds.appendingPathComponent($0) }
    files += ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.folder.path)) ?? [])
        .sorted().map { Fixtures.folder.appendingPathComponent($0) }
    let ingester = Ingester(config: Fixtures.config)
    let sources = files.map { ingester.source(from: Fixtures.file($0)) }
    let refined = ingester.refine(sources)
    for source in refined.sources { print(Fixtures.dump(source)) }
    for notice in refined.notices { print("corpus ! \(notice.formatted)") }
}
