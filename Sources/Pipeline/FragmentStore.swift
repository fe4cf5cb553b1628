import Foundation

/// The CLI's counterpart of `FragmentMemo`: the `claims.json` (or `claims.csv`) fragments of the last build,
/// kept in one file in the cache by the `DigestEncoder` digest of each record (its type's name first), so a
/// build encodes only the records that changed. A fragment is a pure function of its record's value and the
/// tool, and the file carries the tool's identity: another tool's file is not read. Cost: one file read, a
/// digest per record (one `Encodable` walk and SHA-256 of the stream, far less than `JSONEncoder` with
/// sorted keys, pretty-printed), the encoding of the records not kept, and one file write when the set of
/// fragments changed. One store serves one export, on one thread.
final class FragmentStore: @unchecked Sendable {
    private struct Digest: Hashable {
        let a: UInt64, b: UInt64, c: UInt64, d: UInt64

        init?(_ bytes: some Collection<UInt8>) {
            guard bytes.count == 32 else { return nil }
            var words = [UInt64](repeating: 0, count: 4)
            for (i, byte) in bytes.enumerated() { words[i / 8] |= UInt64(byte) << UInt64(8 * (i % 8)) }
            (a, b, c, d) = (words[0], words[1], words[2], words[3])
        }

        var bytes: [UInt8] {
            [a, b, c, d].flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> UInt64(8 * $0)) } }
        }
    }

    private let url: URL
    private var kept: [Digest: Data] = [:]
    private var used: [(digest: Digest, data: Data)] = []
    private var usedKeys: Set<Digest> = []
    private var missed = false

    /// The store named `name` in the cache folder, with the fragments the file holds for this tool.
    init(cache: URL, name: String) {
        url = cache.appendingPathComponent("fragments-" + name + ".bin")
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        kept = Self.parse(data) ?? [:]
    }

    private static var header: Data { Data(("crosscheck fragments 1 " + BuildCache.toolIdentity + "\n").utf8) }

    /// Entries after the header: 32 bytes of digest, the length as 8 bytes little-endian, the fragment.
    private static func parse(_ data: Data) -> [Digest: Data]? {
        let header = Self.header
        guard data.starts(with: header) else { return nil }
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> [Digest: Data]? in
            var entries: [Digest: Data] = [:]
            var at = header.count
            while at < bytes.count {
                guard at + 40 <= bytes.count, let digest = Digest(bytes[at..<(at + 32)]) else { return nil }
                var length = 0
                for i in 0..<8 { length |= Int(bytes[at + 32 + i]) << (8 * i) }
                at += 40
                guard length >= 0, at + length <= bytes.count else { return nil }
                entries[digest] = Data(bytes[at..<(at + length)])
                at += length
            }
            return entries
        }
    }

    /// The kept fragment of an equal record, else the one `make` gives. A key that is not `Encodable` is made.
    func fragment(_ key: AnyHashable, _ make: () -> Data?) -> Data? {
        guard let record = key.base as? any Encodable else { return make() }
        guard let digest = Digest(DigestEncoder.bytes(of: record, prefix: [Data(String(reflecting: type(of: key.base)).utf8)])) else {
            return make()
        }
        if let data = kept[digest] {
            if usedKeys.insert(digest).inserted { used.append((digest, data)) }
            return data
        }
        guard let made = make() else { return nil }
        missed = true
        if usedKeys.insert(digest).inserted { used.append((digest, made)) }
        return made
    }

    /// Writes the fragments this build used, when they are not the ones the file holds; failures only cost
    /// speed next time.
    func save() {
        guard missed || used.count != kept.count else { return }
        var out = Self.header
        out.reserveCapacity(out.count + used.reduce(0) { $0 + $1.data.count + 40 })
        for (digest, data) in used {
            out.append(contentsOf: digest.bytes)
            withUnsafeBytes(of: UInt64(data.count).littleEndian) { out.append(contentsOf: $0) }
            out.append(data)
        }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? out.write(to: url, options: .atomic)
    }
}
