import Foundation

/// Finds internal links and anchors in a built site that lead nowhere.
public enum LinkChecker {
    /// One broken link: the page it is on and the href.
    public struct Broken: Hashable, Sendable, CustomStringConvertible {
        public var page: String
        public var href: String
        public var description: String { "\(page): broken link “\(href)”" }
    }

    /// Every `href`/`src` in the HTML files that points inside the site to a missing file or anchor.
    /// Links with a scheme (`https:`, `mailto:`) are not followed; `base` is the site's base path, if any.
    public static func broken(in files: [OutputFile], base: String? = nil) -> [Broken] {
        var ids: [String: Set<String>] = [:]
        var htmlFiles: [(String, String)] = []
        for file in files {
            ids[file.path] = []
            guard file.path.hasSuffix(".html") else { continue }
            let html = String(decoding: file.data, as: UTF8.self)
            htmlFiles.append((file.path, html))
            ids[file.path] = Set(attributeValues("id", in: html))
        }
        var broken: [Broken] = []
        for (path, html) in htmlFiles {
            for href in attributeValues("href", in: html) + attributeValues("src", in: html) {
                guard let (target, fragment) = resolve(href, from: path, base: base) else { continue }
                guard let anchors = ids[target] else {
                    broken.append(Broken(page: path, href: href))
                    continue
                }
                if let fragment, !fragment.isEmpty, !anchors.contains(fragment) {
                    broken.append(Broken(page: path, href: href))
                }
            }
        }
        return broken
    }

    static func attributeValues(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = Substring(html)
        let marker = " \(name)=\""
        while let range = rest.range(of: marker) {
            let after = rest[range.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            values.append(decode(String(after[..<end])))
            rest = after[end...]
        }
        return values
    }

    private static func decode(_ value: String) -> String {
        value.replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The site path and fragment an href points to; nil for external links.
    static func resolve(_ href: String, from page: String, base: String?) -> (String, String?)? {
        if href.isEmpty { return nil }
        if let colon = href.firstIndex(of: ":"), !href[..<colon].contains("/") { return nil }
        var path = href
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...]).removingPercentEncoding
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        var segments: [String]
        if path.isEmpty {
            return (page, fragment)
        } else if path.hasPrefix("/") {
            let root = base ?? "/"
            guard path.hasPrefix(root) else { return ("/" + path, fragment) }
            segments = []
            path = String(path.dropFirst(root.count))
        } else {
            segments = page.split(separator: "/").dropLast().map(String.init)
        }
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() } else { return ("../" + path, fragment) }
            default: segments.append(String(part))
            }
        }
        var resolved = segments.joined(separator: "/")
        if resolved.isEmpty || resolved.hasSuffix("/") { resolved += "index.html" }
        return (resolved.removingPercentEncoding ?? resolved, fragment)
    }
}
