import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock(2)` on a lock file, held while a build reads and writes one output folder (or
/// one cache): two builds of one project never share the staging folder. The kernel drops the lock
/// when the process dies, so a killed build never leaves a project locked.
final class BuildLock {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    /// The lock file for an output folder: `.public.lock` beside `public/`.
    static func url(forOutput output: URL) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent("." + output.lastPathComponent + ".lock")
    }

    /// The lock file inside a cache folder.
    static func url(forCache cache: URL) -> URL { cache.appendingPathComponent(".lock") }

    /// Takes the lock, waiting for the build that holds it; `waiting` hears once that it is held.
    /// - Throws: `PipelineError.outputUnwritable` when the lock file cannot be opened or locked.
    static func acquire(_ url: URL, what: String, waiting: (String) -> Void) throws -> BuildLock {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw PipelineError(.outputUnwritable, stage: "lock", file: url.path,
                                message: "cannot open the lock file: \(String(cString: strerror(errno)))")
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw PipelineError(.outputUnwritable, stage: "lock", file: url.path, message: "cannot lock: \(reason)")
            }
            waiting("waiting for another build of \(what) to finish (it holds \(url.path))")
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = String(cString: strerror(errno))
                    close(fd)
                    throw PipelineError(.outputUnwritable, stage: "lock", file: url.path, message: "cannot lock: \(reason)")
                }
            }
        }
        return BuildLock(descriptor: fd)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
