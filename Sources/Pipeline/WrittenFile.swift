import Crypto
import Foundation

/// What the writer recorded about a file it left in the site: its size, modification time and digest.
/// A file whose size and time still match is taken to hold those bytes (as git's index does), so a
/// rebuild compares digests instead of reading every old file.
struct WrittenFile: Hashable, Sendable {
    var size: Int
    /// Nanoseconds since 1970.
    var modified: Int
    /// Hex SHA-256 of the bytes.
    var digest: String

    /// Size and modification time of a regular file, nil when there is none.
    static func stamp(of url: URL) -> (size: Int, modified: Int)? {
        var info = stat()
        guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return (Int(info.st_size), Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec))
    }

    static func digest(of data: Data) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// One record file per output folder in the cache, so `build` and `serve` keep their own.
    static func url(in cache: URL, output: URL) -> URL {
        cache.appendingPathComponent("written-" + String(digest(of: Data(output.standardizedFileURL.path.utf8)).prefix(12)) + ".txt")
    }

    /// The records of the last write to `output`; empty when there are none or they are unreadable.
    static func read(from cache: URL, output: URL) -> [String: WrittenFile] {
        guard let data = FileManager.default.contents(atPath: url(in: cache, output: output).path) else { return [:] }
        var records: [String: WrittenFile] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, let size = Int(fields[1]), let modified = Int(fields[2]) else { continue }
            records[String(fields[3])] = WrittenFile(size: size, modified: modified, digest: String(fields[0]))
        }
        return records
    }

    /// Saves the records (digest, size, time, path per line); a failure only costs speed next time.
    static func write(_ records: [String: WrittenFile], to cache: URL, output: URL) {
        var text = ""
        for (path, record) in records.sorted(by: { $0.key < $1.key }) where !path.contains("\n") && !path.contains("\t") {
            text += "\(record.digest)\t\(record.size)\t\(record.modified)\t\(path)\n"
        }
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: url(in: cache, output: output), options: .atomic)
    }
}
