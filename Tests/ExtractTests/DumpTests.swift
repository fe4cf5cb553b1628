import Testing
import Foundation
import Model
@testable import Extract

@Test func dumpSeeds() throws {
    guard ProcessInfo.processInfo.environment["DUMP"] != nil else { return }
    let extractor = Extractor(config: TestConfig.standard)
    for stem in SeedCorpus.stems {
        let source = try SeedCorpus.source(stem, extractor: extractor)
        print("=== \(stem) published \(source.metadata.published?.iso ?? "nil")")
        let x = extractor.extract(from: source)
        for s in source.sentences {
            print("[s\(s.index)] \(s.text)")
            for e in x.events where e.sentence == s.index { print("    EVENT \(e.date.iso)\(e.date.inferred ? "~" : "") '\(e.dateText)'") }
            for c in x.claims where c.sentence == s.index {
                print("    CLAIM '\(c.text)' \(c.value.notation) \(c.value.qualifier) \(c.value.unit ?? "-") per=\(c.value.per ?? "-") m=\(c.measure ?? "nil") term='\(c.term)' scope=\(c.scope) who=\(c.attribution.map { "\($0.key)/\($0.kind)/\($0.name)" } ?? "nil") date=\(c.eventDate?.iso ?? "nil") derived=\(c.derivedFrom?.rawValue ?? "")")
            }
        }
    }
}
