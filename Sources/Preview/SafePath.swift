import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a preview serves, by its real path (symlinks resolved once, at start).
public struct SiteRoot: Sendable, Hashable {
    /// The root's real path, without a trailing slash.
    public let path: String

    /// Resolves the folder's real path; nil when it does not exist.
    public init?(_ folder: URL) {
        guard let real = SafePath.realPath(folder.path) else { return nil }
        path = real
    }

    /// Whether a real path lies inside the root (or is the root).
    func contains(_ real: String) -> Bool {
        real == path || real.hasPrefix(path == "/" ? "/" : path + "/")
    }
}

/// Maps a request path onto a file under a root, refusing anything that could reach outside it:
/// `..` and `.` segments (also percent-encoded), encoded slashes, backslashes, NUL, empty segments
/// (`//etc`), hidden files, and symlinks whose target lies outside the root's real path.
public enum SafePath {
    /// Where a request path leads.
    public enum Resolution: Hashable, Sendable {
        /// A regular file, by real path.
        case file(String)
        /// A folder asked for without its trailing slash: redirect so relative links work.
        case folder
        /// Nothing servable there (missing, hidden, or outside the root).
        case missing
        /// A path no well-behaved client sends (traversal, encoded separators, NUL).
        case rejected
    }

    /// Resolves a still percent-encoded path relative to the root (no leading slash, e.g. `sources/a.html`).
    public static func resolve(_ encoded: some StringProtocol, in root: SiteRoot) -> Resolution {
        let lowered = encoded.lowercased()
        if lowered.contains("\\") || lowered.contains("%5c") || lowered.contains("%2f") || lowered.contains("%00")
            || lowered.contains("\0") {
            return .rejected
        }
        guard let decoded = String(encoded).removingPercentEncoding,
              !decoded.contains("\0"), !decoded.contains("\\") else { return .rejected }
        var segments = decoded.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let wantsFolder = segments.last == ""
        if wantsFolder { segments.removeLast() }
        if segments.contains(where: { $0.isEmpty || $0 == ".." || $0 == "." }) { return .rejected }
        if segments.contains(where: { $0.hasPrefix(".") }) { return .missing }
        let candidate = ([root.path] + segments).joined(separator: "/")
        guard let real = realPath(candidate), root.contains(real) else { return .missing }
        switch kind(of: real) {
        case .file:
            return wantsFolder ? .missing : .file(real)
        case .folder:
            guard wantsFolder || segments.isEmpty else { return .folder }
            guard let index = realPath(real + "/index.html"), root.contains(index), kind(of: index) == .file else {
                return .missing
            }
            return .file(index)
        case .other:
            return .missing
        }
    }

    /// The canonical path with every symlink resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    private enum Kind { case file, folder, other }

    private static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }
}
