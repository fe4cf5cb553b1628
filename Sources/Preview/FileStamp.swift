import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What identifies one version of a file without reading it: size, modification time and inode.
public struct FileStamp: Hashable, Sendable {
    /// Size in bytes.
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modifiedNanoseconds: Int64
    /// The inode: an atomic rename changes it even when size and time match.
    public var inode: UInt64
    /// Whether the path is a folder.
    public var isFolder: Bool

    /// Reads the stamp of a path (following symlinks); nil when it does not exist.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        modifiedNanoseconds = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
        inode = UInt64(info.st_ino)
        isFolder = info.st_mode & S_IFMT == S_IFDIR
    }

    /// A strong validator for HTTP: changes whenever the file is rewritten.
    var entityTag: String {
        String(size, radix: 16) + "-" + String(modifiedNanoseconds, radix: 16) + "-" + String(inode, radix: 16)
    }
}
