import Foundation
import Model

/// `claims.json` and `claims.csv` assembled from one fragment per record, so a build that keeps the fragments
/// of equal records (`serve`) encodes only the records that changed. The bytes are those of one
/// `JSONEncoder` pass over the whole document (`ExportFragmentTests`).
extension Export {
    /// Returns the bytes of one record: kept from an earlier build for an equal key, or made by the closure
    /// (nil when the record cannot be encoded). The default makes every record.
    public typealias Fragments = (AnyHashable, () -> Data?) -> Data?

    /// `claims.json` from fragments. Cost: building and hashing each record (one look-up each), encoding the
    /// records `fragment` does not keep, one copy of every fragment into the document.
    public static func json(_ analysis: Analysis, fragment: Fragments) -> Data {
        let document = Document(analysis)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var failed = false
        func pieces<R: Encodable & Hashable>(_ records: [R]) -> [Data] {
            records.map { record in
                // A record at the top of a document is indented as it stands in the document's array.
                guard let data = fragment(AnyHashable(record), { (try? encoder.encode(record)).map(indented) }) else {
                    failed = true
                    return Data()
                }
                return data
            }
        }
        let arrays: [(name: String, records: [Data])] = [
            ("sources", pieces(document.sources)), ("claims", pieces(document.claims)),
            ("propositions", pieces(document.propositions)), ("families", pieces(document.families)),
            ("drift", pieces(document.drift)), ("timeline", pieces(document.timeline)),
            ("disputes", pieces(document.disputes)), ("ratioChecks", pieces(document.ratioChecks)),
        ]
        let skeleton = Skeleton(generator: document.generator, schemaVersion: document.schemaVersion,
                                arrays: Dictionary(uniqueKeysWithValues: arrays.map { ($0.name, $0.records.isEmpty ? [] : [placeholder($0.name)]) }))
        guard !failed, let frame = try? encoder.encode(skeleton) else { return Data() }
        // The frame holds each non-empty array as one placeholder string; each gives way to its records.
        var result = Data()
        result.reserveCapacity(frame.count + arrays.reduce(0) { $0 + $1.records.reduce(0) { $0 + $1.count + 6 } })
        var spliced: [(at: Range<Data.Index>, records: [Data])] = []
        for (name, records) in arrays where !records.isEmpty {
            guard let at = frame.firstRange(of: Data("\"\(placeholder(name))\"".utf8)) else { return Data() }
            spliced.append((at, records))
        }
        var rest = frame[...]
        let separator = Data(",\n    ".utf8)
        for (at, records) in spliced.sorted(by: { $0.at.lowerBound < $1.at.lowerBound }) {
            result.append(rest[..<at.lowerBound])
            for (n, record) in records.enumerated() {
                if n > 0 { result.append(separator) }
                result.append(record)
            }
            rest = rest[at.upperBound...]
        }
        result.append(rest)
        result.append(10)
        return result
    }

    /// `claims.csv` from fragments, one per row, keyed by the row's claim and proposition. Cost: hashing each
    /// claim (one look-up each), quoting the rows `fragment` does not keep.
    public static func csvData(_ analysis: Analysis, fragment: Fragments) -> Data {
        let propositionOf = Dictionary(analysis.propositions.flatMap { p in p.members.map { ($0, p) } },
                                       uniquingKeysWith: { first, _ in first })
        var result = Data(csvHeader.joined(separator: ",").utf8)
        result.append(contentsOf: [13, 10])
        for claim in analysis.claims {
            let proposition = propositionOf[claim.id]
            let key = RowKey(claim: claim, proposition: proposition?.id.rawValue ?? "", status: proposition?.status.rawValue ?? "")
            result.append(fragment(AnyHashable(key), { Data((row(key).map(quote).joined(separator: ",") + "\r\n").utf8) }) ?? Data())
        }
        return result
    }

    /// What one row of `claims.csv` is made of.
    struct RowKey: Hashable, Encodable {
        let claim: Claim, proposition: String, status: String
    }

    private static func placeholder(_ name: String) -> String { "@crosscheck-records-" + name }

    /// A record encoded at the top of a document, indented two levels deeper: four spaces after every newline
    /// except before an empty line (`JSONEncoder` writes an empty array or object as "[", "", "]"). Cost: one
    /// pass over its bytes.
    static func indented(_ data: Data) -> Data {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 4)
            var from = 0
            for i in bytes.indices where bytes[i] == 10 && i + 1 < bytes.count && bytes[i + 1] != 10 {
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[from...i]))
                for _ in 0..<4 { out.append(32) }
                from = i + 1
            }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[from...]))
            return Data(out)
        }
    }

    /// The document with each array as one placeholder (or empty), keys as `Document` has them.
    private struct Skeleton: Encodable {
        let generator: String
        let schemaVersion: Int
        let arrays: [String: [String]]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(generator, forKey: Key("generator"))
            try container.encode(schemaVersion, forKey: Key("schemaVersion"))
            for (name, array) in arrays { try container.encode(array, forKey: Key(name)) }
        }

        struct Key: CodingKey {
            let stringValue: String
            init(_ name: String) { stringValue = name }
            init?(stringValue: String) { self.stringValue = stringValue }
            var intValue: Int? { nil }
            init?(intValue: Int) { nil }
        }
    }
}
