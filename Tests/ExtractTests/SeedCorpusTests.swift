import Testing
import Foundation
import Model
@testable import Extract

/// The five seed articles as a fixture corpus: the "done when" expectations.
struct SeedCorpusTests {
    static let extractor = Fixture.extractor

    static func extraction(_ prefix: String) throws -> (Source, Extraction) {
        let stem = try #require(SeedCorpus.stems.first { $0.hasPrefix(prefix) })
        let source = try SeedCorpus.source(stem, extractor: extractor)
        return (source, extractor.extract(from: source))
    }

    @Test func pressConferenceOnSundayResolvesToTheDayBefore() throws {
        let (source, x) = try Self.extraction("002")
        #expect(source.metadata.published?.iso == "2023-03-13")
        let sunday = try #require(x.events.first { $0.dateText.contains("Sunday") })
        #expect(sunday.date.iso == "2023-03-12")
        #expect(sunday.date.inferred)
    }

    @Test func mondayInArticleOfSunday21January2018IsThe15th() throws {
        let (source, x) = try Self.extraction("004")
        #expect(source.metadata.published?.iso == "2018-01-21")
        let monday = try #require(x.events.first { $0.dateText.contains("Monday") })
        #expect(monday.date.iso == "2018-01-15")
    }

    @Test func upTo500IsAnUpperBoundOnFightersByMohamadawi() throws {
        let (_, x) = try Self.extraction("000")
        let claim = try #require(x.claims.first { $0.text.lowercased() == "up to 500" })
        #expect(claim.value.notation == "(,500]")
        #expect(claim.value.qualifier == .upTo)
        #expect(claim.value.unit == "people")
        #expect(claim.measure == "fighters")
        #expect(claim.scope == ["Iraq"])
        #expect(claim.attribution?.key == "mohamadawi")
    }

    @Test func mohamadawiVariantsAreOneSpeakerAcrossArticles() throws {
        var keys = Set<String>()
        for prefix in ["000", "001", "002", "003"] {
            let (_, x) = try Self.extraction(prefix)
            keys.formUnion(x.claims.compactMap(\.attribution).filter { $0.kind == .person && $0.name.contains("Mohamadawi") }.map(\.key))
        }
        #expect(keys == ["mohamadawi"])
    }

    @Test func unReportIsOneSourceAcrossArticles() throws {
        var keys = Set<String>()
        for prefix in ["000", "001", "002", "003"] {
            let (_, x) = try Self.extraction(prefix)
            keys.formUnion(x.claims.compactMap(\.attribution).filter { $0.kind == .report }.map(\.key))
        }
        #expect(keys == ["un-report"])
    }

    @Test func cashReservesRangeCarriesMagnitudeAndCurrency() throws {
        for prefix in ["002", "003"] {
            let (_, x) = try Self.extraction(prefix)
            let claim = try #require(x.claims.first { $0.measure == "cash-reserves" })
            #expect(claim.value.notation == "[25000000,50000000]")
            #expect(claim.value.unit == "USD")
            #expect(claim.term == "cash reserves")
            #expect(claim.topic == "finances")
        }
    }

    @Test func membersAndSupportersGiveADerivedFighterEstimate() throws {
        for prefix in ["000", "001", "002", "003"] {
            let (_, x) = try Self.extraction(prefix)
            let members = try #require(x.claims.first { $0.measure == "members" && $0.value.notation == "[5000,7000]" })
            let derived = try #require(x.claims.first { $0.derivedFrom == members.id })
            #expect(derived.measure == "fighters")
            #expect(derived.value.notation == "[2500,3500]")
            #expect(derived.value.qualifier == .approx)
        }
    }

    @Test func nameWithNumeralIsNotAClaim() throws {
        let (source, x) = try Self.extraction("004")
        let sentence = try #require(source.sentences.first { $0.text.contains("ISIS 2.0") })
        #expect(!x.claims.contains { $0.sentence == sentence.index })
    }

    @Test func some7000IsAnApproximateCountOfLoyalists() throws {
        let (_, x) = try Self.extraction("004")
        let claim = try #require(x.claims.first { $0.text.hasPrefix("some 7,000") })
        #expect(claim.measure == "members")
        #expect(claim.term == "loyalists")
        #expect(claim.value.qualifier == .approx)
        #expect(claim.attribution?.key == "hassan")
    }

    @Test func moreThanTenThousandAndTheReversedRange() throws {
        let (_, x) = try Self.extraction("004")
        #expect(x.claims.contains { $0.text == "from 3,000 to 1,000" && $0.value.notation == "[1000,3000]" && $0.measure == "fighters" })
        #expect(x.claims.contains { $0.text == "closer to 10,000" && $0.measure == "members" && $0.value.qualifier == .approx })
        #expect(x.claims.contains { $0.value.per == "month" && $0.measure == "revenue" && $0.eventDate?.iso == "2015" })
    }

    @Test func killedCueWinsOverTheCountedNoun() throws {
        let (_, x) = try Self.extraction("000")
        let claim = try #require(x.claims.first { $0.measure == "killed" })
        #expect(claim.value.notation == "[22,22]")
        #expect(claim.eventDate?.iso == "2023-02-26")
        #expect(claim.scope == ["Anbar"])
    }

    @Test func everyClaimSpanMatchesItsSentence() throws {
        for stem in SeedCorpus.stems {
            let source = try SeedCorpus.source(stem, extractor: Self.extractor)
            for claim in Self.extractor.extract(from: source).claims {
                let chars = Array(source.sentences[claim.sentence].text)
                #expect(String(chars[claim.span.start..<claim.span.end]) == claim.text)
                #expect(claim.id.rawValue.hasPrefix("\(stem)-s\(claim.sentence)-"))
            }
        }
    }
}
