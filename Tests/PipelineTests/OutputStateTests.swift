import Foundation
import Model
import TestSupport
import Testing
@testable import Pipeline

/// What a build finds in and next to the output: an edited site is rebuilt, a killed build's staging
/// folder is removed and reported.
@Suite struct OutputStateTests {
    @Test func anEditedOutputIsRebuiltEvenWhenNothingElseChanged() throws {
        var builder = Builder(input: Fixtures.seeds)
        builder.cache = Fixtures.temporaryFolder("cache")
        try builder.build()
        let index = builder.output.appendingPathComponent("index.html")
        let good = try Data(contentsOf: index)
        try Data("defaced".utf8).write(to: index)
        let report = try builder.build()
        #expect(report.write.written >= 1)
        #expect(try Data(contentsOf: index) == good)
    }

    @Test func aStagingFolderLeftByAKilledBuildIsRemovedAndReported() throws {
        let project = Fixtures.temporaryFolder("stale-staging")
        let builder = Builder(input: Fixtures.seeds, output: project.appendingPathComponent("public"))
        let staging = project.appendingPathComponent(".public.staging")
        try FileManager.default.createDirectory(at: staging.appendingPathComponent("sources"), withIntermediateDirectories: true)
        try Data("half a site".utf8).write(to: staging.appendingPathComponent("sources/x.html"))
        let report = try builder.build()
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        #expect(report.notices.contains { $0.file.hasSuffix(".public.staging") })
    }
}
