import Foundation
import Model

/// Metadata from a page's standard places: `<title>`, `<link rel=canonical>`, `<meta>` (Open Graph,
/// `article:published_time`, author), `<html lang>` and JSON-LD `NewsArticle`.
enum HTMLMetadata {
    private static let articleTypes: Set<String> = ["newsarticle", "article", "reportagenews", "analysisnewsarticle",
                                                    "blogposting", "opinionnewsarticle", "backgroundnewsarticle",
                                                    "liveblogposting", "scholarlyarticle", "report"]
    private static let dateMetaNames = ["article:published_time", "og:published_time", "datepublished", "pubdate",
                                        "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
                                        "parsely-pub-date", "sailthru.date", "article.published"]

    static func read(_ tokens: [HTMLTokenizer.Token], into draft: inout Draft) {
        var meta: [String: String] = [:]
        var canonical: String?
        var titleTag: String?
        var article: [String: Any]?
        for token in tokens {
            switch token {
            case .start("html", let attributes, _, _):
                draft.declaredLanguage = attributes["lang"].map { String($0.prefix(2)).lowercased() }
            case .start("meta", let attributes, _, _):
                if let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased(),
                   let content = attributes["content"], meta[key] == nil {
                    meta[key] = content.trimmingWhitespace()
                }
            case .start("link", let attributes, _, _):
                if attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") == true {
                    canonical = canonical ?? attributes["href"]
                }
            case .raw("title", let content, _, _):
                titleTag = titleTag ?? PlainText.collapseSpaces(HTMLEntities.decode(content))
            case .raw("script", let content, let attributes, _):
                if attributes["type"]?.lowercased() == "application/ld+json", article == nil {
                    article = newsArticle(in: content)
                }
            default: break
            }
        }
        var m = Metadata(language: nil)
        let ld = article ?? [:]
        m.fill(\.title, string(ld["headline"]), from: "JSON-LD headline", key: "title")
        m.fill(\.title, meta["og:title"], from: "og:title", key: "title")
        m.fill(\.outlet, meta["og:site_name"], from: "og:site_name", key: "outlet")
        m.fill(\.outlet, name(ld["publisher"]).first, from: "JSON-LD publisher", key: "outlet")
        m.fill(\.url, safeURL(canonical), from: "link rel=canonical", key: "url")
        m.fill(\.url, safeURL(meta["og:url"]), from: "og:url", key: "url")
        m.fill(\.url, safeURL(string(ld["url"])), from: "JSON-LD url", key: "url")
        for key in dateMetaNames {
            if let text = meta[key], let date = DateParser.date(in: text), m.published == nil {
                m.published = date
                m.publishedText = text
                m.provenance["published"] = "meta \(key)"
            }
        }
        if m.published == nil, let text = string(ld["datePublished"]), let date = DateParser.date(in: text) {
            m.published = date
            m.publishedText = text
            m.provenance["published"] = "JSON-LD datePublished"
        }
        let authors = name(ld["author"])
        if !authors.isEmpty {
            m.authors = authors
            m.provenance["authors"] = "JSON-LD author"
        } else if let author = meta["author"], !author.contains("://") {
            m.authors = [author]
            m.provenance["authors"] = "meta author"
        }
        if m.title == nil, let titleTag { draft.fallbackTitle = strippingSiteName(titleTag, outlet: m.outlet) }
        draft.metadata = m
    }

    /// "Headline | Site" → "Headline".
    static func strippingSiteName(_ title: String, outlet: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: "] {
            var parts = title.components(separatedBy: separator)
            guard parts.count >= 2, let last = parts.last else { continue }
            if let outlet, Words.key(last) == Words.key(outlet) || Words.count(last) <= 4 {
                parts.removeLast()
                return parts.joined(separator: separator)
            }
            if outlet == nil, Words.count(last) <= 4, Words.count(parts[0]) > Words.count(last) {
                parts.removeLast()
                return parts.joined(separator: separator)
            }
        }
        return title
    }

    private static func safeURL(_ url: String?) -> String? {
        guard let url = url?.trimmingWhitespace(), let scheme = url.split(separator: ":").first?.lowercased(),
              scheme == "http" || scheme == "https" else { return nil }
        return url
    }

    private static func newsArticle(in json: String) -> [String: Any]? {
        guard let data = json.trimmingWhitespace().data(using: .utf8),
              let root = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        var queue: [Any] = [root]
        while !queue.isEmpty {
            let node = queue.removeFirst()
            if let array = node as? [Any] { queue += array; continue }
            guard let object = node as? [String: Any] else { continue }
            let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            if types.contains(where: { articleTypes.contains($0.lowercased()) }) { return object }
            if let graph = object["@graph"] { queue.append(graph) }
        }
        return nil
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String { return PlainText.collapseSpaces(HTMLEntities.decode(text)) }
        if let object = value as? [String: Any] { return string(object["@id"] ?? object["url"]) }
        return nil
    }

    /// Names from a JSON-LD person/organisation value: a string, an object with `name`, or a list.
    private static func name(_ value: Any?) -> [String] {
        if let text = value as? String { return text.contains("://") ? [] : [PlainText.collapseSpaces(text)] }
        if let object = value as? [String: Any] { return (object["name"] as? String).map { [PlainText.collapseSpaces($0)] } ?? [] }
        if let list = value as? [Any] { return list.flatMap { name($0) } }
        return []
    }
}
