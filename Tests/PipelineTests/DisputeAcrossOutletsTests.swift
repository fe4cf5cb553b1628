import Foundation
import Model
import TestSupport
import Testing
@testable import Pipeline

/// Two independent reports of one march, each giving the organisers' and the police's figures in its own words
/// ("The organisers' estimate of 90,000 was far above the police figure of 30,000"; "Police put the turnout at
/// Saturday's march in Kestria at 30,000, while organisers claimed 90,000"): one dispute, each side told by both
/// outlets as two independent origins, never one party's figure merged into the other's.
@Suite struct DisputeAcrossOutletsTests {
    static let files = [
        "a.txt": """
            Tens of thousands march in Kestria against pension reform

            Published: 28 April 2024

            Tens of thousands of people marched through Kestria on Saturday against the government's pension reform. The organisers' estimate of 90,000 was far above the police figure of 30,000.

            The march passed off peacefully, although police said 12 people were detained near the parliament.
            """,
        "b.txt": """
            Kestria pension march: police and unions disagree on size

            Published: 28 April 2024

            By Mara Olsen

            Police put the turnout at Saturday's march in Kestria at 30,000, while organisers claimed 90,000.

            The unions plan another march on 11 May.
            """,
    ]

    @Test func bothOutletsTellOneDispute() throws {
        let folder = Fixtures.temporaryFolder("dispute-outlets")
        Fixtures.write(Self.files, into: folder)
        var timer = StageTimer()
        let config = try ConfigLoader.load(from: folder.appendingPathComponent("none.yml"))
        let analysis = try Pipeline.analyse(input: folder, config: config, timer: &timer)
        let propositions = Dictionary(uniqueKeysWithValues: analysis.propositions.map { ($0.id, $0) })
        let claims = Dictionary(uniqueKeysWithValues: analysis.claims.map { ($0.id, $0) })
        #expect(analysis.disputes.count == 1, "\(analysis.disputes.map(\.id))")
        let dispute = try #require(analysis.disputes.first)
        #expect(dispute.ratio == 3)
        for side in dispute.sides {
            let p = try #require(propositions[side])
            #expect(p.origins == 2, "\(side): \(p.origins) origins")
            let parties = Set(p.members.compactMap { claims[$0]?.attribution?.key })
            #expect(parties.count == 1, "\(side) mixes parties: \(parties)")
        }
    }
}
