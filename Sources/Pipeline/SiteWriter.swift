import CFileSwap
import Foundation

/// One file of the finished site.
public struct OutputFile: Hashable, Sendable {
    /// The site path, e.g. `sources/a.html`.
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

/// What a write changed.
public struct WriteReport: Hashable, Sendable {
    public var written: Int
    public var unchanged: Int
    public var removed: Int
}

/// Writes a site so that a build killed at any moment leaves the previous one intact: the new site is
/// staged next to the output (unchanged files hard-linked, so their bytes and mtimes stay), then swapped
/// in. Only files whose bytes changed are written; files the previous build produced and this one does
/// not are removed (per the manifest); files the build never produced (a CNAME) are kept.
public struct SiteWriter: Sendable {
    /// The manifest of produced files, kept inside the output folder.
    public static let manifestName = ".crosscheck-manifest"

    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    var staging: URL { output.deletingLastPathComponent().appendingPathComponent("." + output.lastPathComponent + ".staging") }
    var previous: URL { output.deletingLastPathComponent().appendingPathComponent("." + output.lastPathComponent + ".previous") }

    /// Removes the staging folder a killed build left behind (only call while holding the build lock);
    /// returns its path when there was one.
    func removeStaleStaging() -> String? {
        let fm = FileManager.default
        recoverInterruptedSwap()
        guard (try? fm.attributesOfItem(atPath: staging.path)) != nil else { return nil }
        try? fm.removeItem(at: staging)
        return staging.path
    }

    /// Writes the files; returns counts.
    /// - Throws: `PipelineError.outputUnwritable` naming the path that could not be written.
    public func write(_ files: [OutputFile]) throws -> WriteReport {
        try write(files, known: [:]).report
    }

    /// Writes the files, trusting `known` (what an earlier write recorded) for files whose size and
    /// modification time still match, so an unchanged file is recognised by its digest without reading it.
    /// Returns the counts and the record of every file now in the site. Files are compared and written on
    /// every core; links and folders are settled first, one file at a time. Cost: linear in the bytes produced,
    /// plus the bytes of the old files that have no matching record.
    /// - Throws: `PipelineError.outputUnwritable` naming the path that could not be written.
    func write(_ files: [OutputFile], known: [String: WrittenFile]) throws -> (report: WriteReport, records: [String: WrittenFile]) {
        let fm = FileManager.default
        recoverInterruptedSwap()
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            if fm.fileExists(atPath: output.path) { try linkTree(from: output, to: staging) }
        } catch {
            throw PipelineError(.outputUnwritable, stage: "write", file: staging.path, message: "cannot stage the site: \(error.localizedDescription)")
        }
        let oldManifest = Set(readManifest(in: staging))
        var report = WriteReport(written: 0, unchanged: 0, removed: 0)
        var produced = Set<String>()
        // A link placed in the output (say `sources` → elsewhere) is never written through.
        var linked = Set<String>()
        var folders = Set<String>()
        for file in files {
            produced.insert(file.path)
            if removeLinks(along: file.path) { linked.insert(file.path) }
            folders.insert((file.path as NSString).deletingLastPathComponent)
        }
        for folder in folders.sorted() where !folder.isEmpty {
            try? fm.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let staging = self.staging, links = linked
        let compareAndWrite: @Sendable (OutputFile) -> Result<(written: Bool, record: WrittenFile?), PipelineError> = { file in
            let target = staging.appendingPathComponent(file.path)
            let digest = WrittenFile.digest(of: file.data)
            if !links.contains(file.path) {
                let stamp = WrittenFile.stamp(of: target)
                if let old = known[file.path], let stamp, old.digest == digest, old.size == stamp.size, old.modified == stamp.modified {
                    return .success((false, old))
                }
                if stamp?.size == file.data.count, FileManager.default.contents(atPath: target.path) == file.data {
                    return .success((false, stamp.map { WrittenFile(size: $0.size, modified: $0.modified, digest: digest) }))
                }
            }
            do {
                try SiteWriter.replace(target, with: file.data)
            } catch let error as PipelineError {
                return .failure(error)
            } catch {
                return .failure(PipelineError(.outputUnwritable, stage: "write", file: target.path, message: "cannot write: \(error)"))
            }
            return .success((true, WrittenFile.stamp(of: target).map { WrittenFile(size: $0.size, modified: $0.modified, digest: digest) }))
        }
        // Two files for one path (an asset named like a page) are written in order, the last one winning.
        let outcomes = produced.count == files.count ? files.parallelMap(compareAndWrite) : files.map(compareAndWrite)
        var records: [String: WrittenFile] = [:]
        for (file, outcome) in zip(files, outcomes) {
            let (written, record) = try outcome.get()
            if written { report.written += 1 } else { report.unchanged += 1 }
            records[file.path] = record
        }
        for stale in oldManifest.subtracting(produced).sorted() where !stale.contains("..") && !passesThroughLink(stale) {
            let url = staging.appendingPathComponent(stale)
            if (try? fm.removeItem(at: url)) != nil {
                report.removed += 1
                removeEmptyParents(of: url)
            }
        }
        let manifest = Data((produced.sorted().joined(separator: "\n") + "\n").utf8)
        let manifestURL = staging.appendingPathComponent(SiteWriter.manifestName)
        let manifestChanged = fm.contents(atPath: manifestURL.path) != manifest
        if manifestChanged { try SiteWriter.replace(manifestURL, with: manifest) }
        guard report.written > 0 || report.removed > 0 || manifestChanged || !fm.fileExists(atPath: output.path) else {
            try? fm.removeItem(at: staging)
            return (report, records)
        }
        try swapIn()
        return (report, records)
    }

    private static func isLink(_ url: URL) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType) == .typeSymbolicLink
    }

    /// Whether a folder on the way to a site path in staging is a symbolic link.
    private func passesThroughLink(_ path: String) -> Bool {
        var url = staging
        for component in path.split(separator: "/").dropLast() {
            url.appendPathComponent(String(component))
            if SiteWriter.isLink(url) { return true }
        }
        return false
    }

    /// Removes the links (never their targets) in staging on the way to a site path and at it, so the
    /// write lands in a real folder of the output; returns whether there was one.
    private func removeLinks(along path: String) -> Bool {
        var url = staging
        var found = false
        for component in path.split(separator: "/") {
            url.appendPathComponent(String(component))
            if SiteWriter.isLink(url) {
                try? FileManager.default.removeItem(at: url)
                found = true
            }
        }
        return found
    }

    /// The site paths the last build produced.
    public func manifest() -> [String] { readManifest(in: output) }

    private func readManifest(in folder: URL) -> [String] {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(SiteWriter.manifestName).path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    private static func replace(_ target: URL, with data: Data) throws {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temp = target.deletingLastPathComponent().appendingPathComponent(".tmp-" + target.lastPathComponent)
            try? fm.removeItem(at: temp)
            try data.write(to: temp, options: .withoutOverwriting)
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            try fm.moveItem(at: temp, to: target)
        } catch {
            throw PipelineError(.outputUnwritable, stage: "write", file: target.path, message: "cannot write: \(error.localizedDescription)")
        }
    }

    private func swapIn() throws {
        let fm = FileManager.default
        // One atomic exchange where the system offers it: at no moment is there no complete site.
        if fm.fileExists(atPath: output.path), crosscheck_exchange_paths(staging.path, output.path) == 0 {
            try? fm.removeItem(at: staging)
            return
        }
        do {
            try? fm.removeItem(at: previous)
            if fm.fileExists(atPath: output.path) { try fm.moveItem(at: output, to: previous) }
            try fm.moveItem(at: staging, to: output)
            try? fm.removeItem(at: previous)
        } catch {
            recoverInterruptedSwap()
            throw PipelineError(.outputUnwritable, stage: "write", file: output.path, message: "cannot replace the site: \(error.localizedDescription)")
        }
    }

    /// A build killed between the two renames leaves the old site under `previous`: put it back.
    private func recoverInterruptedSwap() {
        let fm = FileManager.default
        if !fm.fileExists(atPath: output.path), fm.fileExists(atPath: previous.path) {
            try? fm.moveItem(at: previous, to: output)
        }
    }

    private func linkTree(from source: URL, to destination: URL) throws {
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(at: source, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey]) else { return }
        let base = source.path.hasSuffix("/") ? source.path : source.path + "/"
        for case let url as URL in enumerator {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base) else { continue }
            let relative = String(path.dropFirst(base.count))
            let target = destination.appendingPathComponent(relative)
            // lstat, not `resourceValues` (several Foundation look-ups per file, for each of thousands of files).
            var info = stat()
            guard lstat(url.path, &info) == 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: url.path]) }
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR {
                try fm.createDirectory(at: target, withIntermediateDirectories: true)
            } else if kind == S_IFLNK {
                try fm.copyItem(at: url, to: target)
            } else {
                do { try fm.linkItem(at: url, to: target) } catch { try fm.copyItem(at: url, to: target) }
            }
        }
    }

    private func removeEmptyParents(of url: URL) {
        let fm = FileManager.default
        var folder = url.deletingLastPathComponent()
        while folder.path.count > staging.path.count,
              let items = try? fm.contentsOfDirectory(atPath: folder.path), items.isEmpty {
            try? fm.removeItem(at: folder)
            folder = folder.deletingLastPathComponent()
        }
    }
}
