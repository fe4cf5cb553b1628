import Foundation
import Model
import TestSupport
import Testing
@testable import Pipeline

/// Config type errors name the line of the value.
@Suite struct ConfigLineTests {
    @Test(arguments: [
        ("site:\n  title: Report\nlimits:\n  maxFileBytes: [1, 2]\n", 4),
        ("site:\n  title: Report\ntopics:\n  - id: a\n    title: A\n    measures: 7\n", 6),
    ])
    func configTypeErrorsNameTheirLine(yaml: String, line: Int) {
        do {
            _ = try ConfigLoader.decode(yaml, file: "crosscheck.yml")
            Issue.record("accepted")
        } catch let error as PipelineError {
            #expect(error.line == line, "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
