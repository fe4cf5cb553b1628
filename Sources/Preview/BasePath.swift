/// The path the site is served under: `/` or a prefix such as `/report/` (always with both slashes).
public struct BasePath: Hashable, Sendable, CustomStringConvertible {
    /// The normalised path, e.g. `/report/`.
    public let path: String

    /// Normalises `report`, `/report` or `/report/` to `/report/`; nil or empty gives `/`.
    public init(_ raw: String?) {
        let trimmed = (raw ?? "").split(separator: "/").joined(separator: "/")
        path = trimmed.isEmpty ? "/" : "/" + trimmed + "/"
    }

    /// The `/__reload` event stream under this base.
    public var reloadPath: String { path + "__reload" }

    /// The request path below the base (no leading slash), or nil when the path is outside it.
    public func relative(_ requestPath: String) -> Substring? {
        guard requestPath.hasPrefix(path) else { return nil }
        return requestPath.dropFirst(path.count)
    }

    /// Whether the path is the base without its trailing slash (`/report`).
    public func isBareBase(_ requestPath: String) -> Bool {
        path != "/" && requestPath + "/" == path
    }

    /// The normalised path.
    public var description: String { path }
}
