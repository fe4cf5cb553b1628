import Crypto
import Foundation
import Ingest
import Model

/// A content-addressed cache of the expensive per-source work (ingest and extraction), its entries in
/// `BinaryCoder`'s encoding. Keys hash the
/// input bytes with the config, the overrides and the tool's identity, so a cached build equals a clean
/// one; the cheap corpus-wide stages always rerun.
struct BuildCache: Sendable {
    /// The cache folder; nil disables caching.
    let folder: URL?
    /// Mixed into every key: the config, the overrides and the tool's identity.
    let salt: String
    /// Values kept between builds of one process, looked up before the folder.
    let memory: BuildMemory?

    init(folder: URL?, config: Config, overrides: [String: [String: String]], memory: BuildMemory? = nil) {
        self.folder = folder
        self.memory = memory
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let configBytes = (try? encoder.encode(config)) ?? Data()
        let overrideBytes = (try? encoder.encode(overrides)) ?? Data()
        salt = BuildCache.digest([Data(BuildCache.toolIdentity.utf8), configBytes, overrideBytes])
    }

    /// The version and the running binary's size and date, so a rebuilt tool never reads stale entries.
    static let toolIdentity: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.stringValue ?? "?"
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "crosscheck-\(Version.current)-\(size)-\(date)"
    }()

    static func digest(_ parts: [Data]) -> String {
        var hasher = SHA256()
        for part in parts {
            hasher.update(data: withUnsafeBytes(of: UInt64(part.count).littleEndian) { Data($0) })
            hasher.update(data: part)
        }
        return DigestEncoder.hex(Array(hasher.finalize()))
    }

    func ingestKey(_ file: InputFile) -> String {
        BuildCache.digest([Data("ingest".utf8), Data(salt.utf8), Data(file.path.utf8), file.data])
    }

    /// The key of a source's extraction, from the digest of the source as refined (`SourceDigests`).
    func extractKey(_ sourceDigest: String) -> String {
        BuildCache.digest([Data("extract".utf8), Data(salt.utf8), Data(sourceDigest.utf8)])
    }

    /// A cached value, if present and readable.
    func value<T: Decodable & Sendable>(_ type: T.Type, for key: String) -> T? {
        guard let folder else { return nil }
        if let kept = memory?.value(T.self, for: key) { return kept }
        let url = folder.appendingPathComponent(String(key.prefix(2))).appendingPathComponent(key + ".bin")
        guard let data = FileManager.default.contents(atPath: url.path),
              let value = try? BinaryCoder.decode(T.self, from: data) else { return nil }
        memory?.store(value, for: key)
        return value
    }

    /// Stores a value; failures only cost speed, never correctness.
    func store<T: Encodable & Sendable>(_ value: T, for key: String) {
        guard let folder else { return }
        memory?.store(value, for: key)
        guard let data = try? BinaryCoder.encode(value) else { return }
        let dir = folder.appendingPathComponent(String(key.prefix(2)))
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(key + ".bin")
        let temp = dir.appendingPathComponent(".\(key).\(UUID().uuidString).tmp")
        guard (try? data.write(to: temp)) != nil else { return }
        if (try? FileManager.default.moveItem(at: temp, to: url)) == nil { try? FileManager.default.removeItem(at: temp) }
    }
}

/// The digest of every source as refined, made once per build: it keys the source's extraction and,
/// with the page's context, its page. Cost: one `DigestEncoder` pass over each source.
struct SourceDigests: Sendable {
    private let byID: [ID<Source>: (source: Source, digest: String)]

    init(sources: [Source], digests: [String]) {
        var byID: [ID<Source>: (source: Source, digest: String)] = [:]
        for (source, digest) in zip(sources, digests) { byID[source.id] = (source, digest) }
        self.byID = byID
    }

    /// A source's digest: the hex SHA-256 of its canonical encoding.
    static func digest(of source: Source) -> String {
        DigestEncoder.digest(of: source, prefix: [Data("source".utf8)])
    }

    /// The digest of a source, reused when it is the value hashed earlier (the comparison is cheap: the
    /// values share their storage), else computed.
    func digest(of source: Source) -> String {
        if let known = byID[source.id], known.source == source { return known.digest }
        return Self.digest(of: source)
    }
}

/// Crosscheck's version.
public enum Version {
    public static let current = "0.1.0"
}
