/// Makes every internal URL of the site, relative to the page that links (so `public/` works from disk,
/// at `/` and under a subpath), or absolute under a base URL when one is set.
public struct SiteURL: Hashable, Sendable {
    /// The base path, e.g. `/report/`; nil for relative links.
    public let base: String?

    /// Creates the URL maker; an empty base means relative links.
    public init(base: String?) {
        if let base, !base.isEmpty {
            self.base = (base.hasPrefix("/") || base.contains("://") ? "" : "/") + base + (base.hasSuffix("/") ? "" : "/")
        } else {
            self.base = nil
        }
    }

    /// The href from `page` (a site path like `sources/a.html`) to `target` (a site path, optionally with
    /// `#fragment`; `""` is the site root).
    public func href(_ target: String, from page: String) -> String {
        if let base { return base + target }
        let depth = page.split(separator: "/", omittingEmptySubsequences: false).count - 1
        let prefix = String(repeating: "../", count: max(0, depth))
        if target.isEmpty || target.hasPrefix("#") { return (prefix.isEmpty ? "./" : prefix) + target }
        return prefix + target
    }
}
