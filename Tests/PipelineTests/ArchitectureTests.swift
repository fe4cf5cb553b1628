import Foundation
import TestSupport
import Testing

/// Rules of the codebase's shape that a refactor could silently break.
@Suite struct ArchitectureTests {
    func swiftFiles(under folder: String) -> [(String, String)] {
        let root = Fixtures.root.appendingPathComponent(folder)
        return Fixtures.tree(root).filter { $0.key.hasSuffix(".swift") }
            .map { ($0.key, String(decoding: $0.value, as: UTF8.self)) }
    }

    @Test func exactlyOneSwiftFileImportsLibcmark() {
        let importers = swiftFiles(under: "Sources").filter { $0.1.contains("import CCmark") }.map(\.0)
        #expect(importers == ["Render/Markdown.swift"])
    }

    @Test func pureStagesDoNoFileIO() {
        for stage in ["Extract", "Reconcile", "Compose"] {
            for (path, text) in swiftFiles(under: "Sources/\(stage)") {
                #expect(!text.contains("FileManager"), "\(stage)/\(path) touches the file system")
                #expect(!text.contains("(contentsOf: URL") && !text.contains("contentsOfFile"), "\(stage)/\(path) reads a file")
                #expect(!text.contains("import Dispatch"), "\(stage)/\(path) schedules work itself")
            }
        }
    }

    @Test func theExecutableOnlyCallsTheCommandLibrary() {
        let main = swiftFiles(under: "Sources/crosscheck")
        #expect(main.count == 1)
        #expect(main.first?.1.contains("Crosscheck.main()") == true)
    }
}
