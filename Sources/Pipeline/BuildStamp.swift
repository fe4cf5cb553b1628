import Crypto
import Foundation
import Model

/// Remembers what the last build read, so a rebuild with nothing changed does no work: a digest of every
/// input file, the config, the templates, the options and the tool, with the counts for the summary.
struct BuildStamp: Codable, Equatable {
    var digest: String
    var output: String
    var sources: Int
    var claims: Int
    var propositions: Int
    var topics: Int
    var pages: Int
    var notices: [Notice]
    /// The digest of every file the build produced (path and bytes, in path order), so a restored or
    /// edited output folder is rebuilt even when its inputs did not change.
    var outputDigest: String?

    /// One stamp per output folder, so `build` and `serve` keep their own.
    static func fileName(for output: String) -> String {
        "last-build-" + SHA256.hash(data: Data(output.utf8)).prefix(6).map { String(format: "%02x", $0) }.joined() + ".json"
    }

    /// The digest of everything a build reads.
    static func digest(of options: BuildOptions) -> String {
        var parts = [Data(BuildCache.toolIdentity.utf8), Data((options.baseURL ?? "").utf8), Data(options.injection.utf8),
                     FileManager.default.contents(atPath: options.config.path) ?? Data("no config".utf8)]
        for folder in [options.input, options.templates] {
            for (path, data) in files(in: folder) { parts += [Data(path.utf8), data] }
        }
        return BuildCache.digest(parts)
    }

    /// Every regular file below a folder (hidden ones too: `sources.yml` may sit beside dotfiles), sorted.
    private static func files(in folder: URL) -> [(String, Data)] {
        let base = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var result: [(String, Data)] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            result.append((String(url.standardizedFileURL.path.dropFirst(base.count)), FileManager.default.contents(atPath: url.path) ?? Data()))
        }
        return result.sorted { $0.0 < $1.0 }
    }

    static func read(from cache: URL, output: String) -> BuildStamp? {
        guard let data = FileManager.default.contents(atPath: cache.appendingPathComponent(fileName(for: output)).path) else { return nil }
        return try? JSONDecoder().decode(BuildStamp.self, from: data)
    }

    func write(to cache: URL) {
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try? encoder.encode(self).write(to: cache.appendingPathComponent(BuildStamp.fileName(for: output)), options: .atomic)
    }

    /// The digest of a site's files: each path and the digest of its bytes, in path order.
    static func digest(ofOutput files: [(path: String, digest: String)]) -> String {
        BuildCache.digest(files.sorted { $0.path < $1.path }.flatMap { [Data($0.path.utf8), Data($0.digest.utf8)] })
    }

    /// Whether every file the last build produced is still in the output folder with the same bytes. A file
    /// whose size and time match what the writer recorded is not read again.
    func outputIsIntact(_ output: URL, known: [String: WrittenFile] = [:]) -> Bool {
        let manifest = SiteWriter(output: output).manifest()
        guard !manifest.isEmpty, let outputDigest else { return false }
        var files: [(path: String, digest: String)] = []
        for path in manifest {
            let url = output.appendingPathComponent(path)
            if let record = known[path], let stamp = WrittenFile.stamp(of: url), stamp.size == record.size, stamp.modified == record.modified {
                files.append((path, record.digest))
                continue
            }
            guard let data = FileManager.default.contents(atPath: url.path) else { return false }
            files.append((path, WrittenFile.digest(of: data)))
        }
        return BuildStamp.digest(ofOutput: files) == outputDigest
    }
}
