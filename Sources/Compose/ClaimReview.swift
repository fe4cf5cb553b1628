import Foundation
import Model

/// The published rating scale and schema.org `ClaimReview` JSON-LD for each proposition.
public enum ClaimReview {
    /// Best and worst values of the scale.
    public static let best = 5, worst = 1

    /// Where a status sits on the scale: 5 when independent sources agree, 1 when they conflict.
    public static func rating(_ status: Proposition.Status) -> Int {
        switch status {
        case .agree: 5
        case .consistent: 4
        case .singleOrigin: 3
        case .outdated: 2
        case .conflicting: 1
        }
    }

    /// The scale, best first, as the methodology page explains it.
    public static var scale: [Proposition.Status] {
        Proposition.Status.allCases.enumerated().sorted { (rating($0.element), $1.offset) > (rating($1.element), $0.offset) }.map(\.element)
    }

    /// `text` cut to fewer than `limit` characters at a word boundary, with an ellipsis when cut.
    static func shortened(_ text: String, limit: Int = 75) -> String {
        guard text.count >= limit else { return text }
        var words = text.split(separator: " ")
        var result = ""
        while !words.isEmpty {
            let candidate = result.isEmpty ? String(words.removeFirst()) : result + " " + words.removeFirst()
            if candidate.count + 1 >= limit { break }
            result = candidate
        }
        if result.isEmpty { result = String(text.prefix(limit - 2)) }
        return result + "…"
    }

    /// JSON text safe inside `<script>`: `</` becomes `<\/`, and any other `<`, `>` or `&` a JSON
    /// escape, so no article text can open or close markup there.
    static func scriptSafe(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object,
                                                      options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/")
            .replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}

extension Composer {
    /// A proposition's `ClaimReview` as JSON-LD text for a `<script type="application/ld+json">`.
    func claimReview(of proposition: Proposition, anchor: String, _ catalog: Catalog) -> String {
        let members = proposition.members.compactMap { catalog.claims[$0] }
        let sourceIDs = Array(Set(members.map(\.source))).sorted()
        let sources = sourceIDs.compactMap { catalog.sources[$0] }
        func appearance(_ source: Source) -> [String: Any] {
            var work: [String: Any] = ["@type": "CreativeWork",
                                       "url": source.metadata.url ?? urls.href(Catalog.sourcePath(source.id), from: "index.html"),
                                       "name": catalog.title(source.id)]
            if let outlet = source.metadata.outlet { work["publisher"] = ["@type": "Organization", "name": outlet] }
            if let published = source.metadata.published { work["datePublished"] = published.iso }
            return work
        }
        let dated = sources.sorted { ($0.metadata.published ?? EventDate(year: 9999), $0.id) < ($1.metadata.published ?? EventDate(year: 9999), $1.id) }
        var claim: [String: Any] = ["@type": "Claim", "appearance": sources.map(appearance)]
        if let first = dated.first {
            claim["firstAppearance"] = appearance(first)
            if let date = first.metadata.published { claim["datePublished"] = date.iso }
        }
        if let speaker = proposition.speaker {
            claim["author"] = ["@type": speaker.kind == .person ? "Person" : "Organization", "name": speaker.name]
        }
        var review: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": urls.href(anchor, from: "index.html"),
            "claimReviewed": ClaimReview.shortened(heading(of: proposition, catalog)),
            "author": ["@type": "Organization", "name": config.site.title],
            "itemReviewed": claim,
            "reviewRating": ["@type": "Rating", "alternateName": proposition.status.words,
                             "ratingValue": ClaimReview.rating(proposition.status),
                             "bestRating": ClaimReview.best, "worstRating": ClaimReview.worst],
        ]
        if let newest = catalog.newestPublished {
            review["datePublished"] = newest.iso
        }
        return ClaimReview.scriptSafe(review)
    }
}
