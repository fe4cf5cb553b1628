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
        return scriptSafe(json: data)
    }

    /// The escaping of `scriptSafe` over JSON bytes, in one pass: `</` becomes `\u003c\/` (what replacing
    /// `</` by `<\/` and then every `<` by `\u003c` gives), other `<`, `>` and `&` their JSON escapes.
    /// Cost: linear in the bytes (the four Foundation replacements it stands for each copied the text); where
    /// a special character touches a non-ASCII byte (`OnePass`), the replacements themselves.
    static func scriptSafe(json data: Data) -> String {
        let special: (UInt8) -> Bool = {
            $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "/")
        }
        switch OnePass.check(data, special: special) {
        case .nothingToDo: return String(decoding: data, as: UTF8.self)
        case .needsFoundation:
            // A special character next to a non-ASCII one: Foundation's replacements decide, as they always did.
            return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/")
                .replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
                .replacingOccurrences(of: "&", with: "\\u0026")
        case .bytes: break
        }
        var out = [UInt8]()
        out.reserveCapacity(data.count + data.count / 16)
        let lt = Array("\\u003c".utf8), gt = Array("\\u003e".utf8), amp = Array("\\u0026".utf8), slash = Array("\\/".utf8)
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                switch byte {
                case UInt8(ascii: "<"):
                    out += lt
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "/") {
                        out += slash
                        i += 1
                    }
                case UInt8(ascii: ">"): out += gt
                case UInt8(ascii: "&"): out += amp
                default: out.append(byte)
                }
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// JSON for the `ClaimReview` blocks, written directly: what `JSONSerialization` writes with sorted keys
/// and unescaped slashes (keys in code-point order, which is its order for these ASCII keys), without
/// boxing every value in `Any` and dictionaries. Cost: linear in the text written.
enum LinkedData {
    case string(String)
    case int(Int)
    case object([(String, LinkedData)])
    case array([LinkedData])

    /// The compact JSON bytes.
    var json: Data {
        var out = [UInt8]()
        write(into: &out)
        return Data(out)
    }

    private func write(into out: inout [UInt8]) {
        switch self {
        case .string(let text): Self.write(text, into: &out)
        case .int(let number): out += Array(String(number).utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (n, member) in members.sorted(by: { $0.0 < $1.0 }).enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                Self.write(member.0, into: &out)
                out.append(UInt8(ascii: ":"))
                member.1.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string as `JSONSerialization` escapes it: quote, backslash, \b \f \n \r \t, other control
    /// characters as `\u00xx` (lower-case hex), everything else as it is.
    private static func write(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x08: out += Array("\\b".utf8)
            case 0x0C: out += Array("\\f".utf8)
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0x00..<0x20: out += Array(("\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)).utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension Composer {
    /// A proposition's `ClaimReview` as JSON-LD text for a `<script type="application/ld+json">`.
    func claimReview(of proposition: Proposition, anchor: String, _ catalog: Catalog) -> String {
        let members = proposition.members.compactMap { catalog.claims[$0] }
        let sourceIDs = Array(Set(members.map(\.source))).sorted()
        let sources = sourceIDs.compactMap { catalog.sources[$0] }
        func appearance(_ source: Source) -> LinkedData {
            var work: [(String, LinkedData)] = [("@type", .string("CreativeWork")),
                                                ("url", .string(source.metadata.url ?? urls.href(Catalog.sourcePath(source.id), from: "index.html"))),
                                                ("name", .string(catalog.title(source.id)))]
            if let outlet = source.metadata.outlet { work.append(("publisher", .object([("@type", .string("Organization")), ("name", .string(outlet))]))) }
            if let published = source.metadata.published { work.append(("datePublished", .string(published.iso))) }
            return .object(work)
        }
        let dated = sources.sorted { ($0.metadata.published ?? EventDate(year: 9999), $0.id) < ($1.metadata.published ?? EventDate(year: 9999), $1.id) }
        var claim: [(String, LinkedData)] = [("@type", .string("Claim")), ("appearance", .array(sources.map(appearance)))]
        if let first = dated.first {
            claim.append(("firstAppearance", appearance(first)))
            if let date = first.metadata.published { claim.append(("datePublished", .string(date.iso))) }
        }
        if let speaker = proposition.speaker {
            claim.append(("author", .object([("@type", .string(speaker.kind == .person ? "Person" : "Organization")),
                                             ("name", .string(speaker.name))])))
        }
        var review: [(String, LinkedData)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("ClaimReview")),
            ("url", .string(urls.href(anchor, from: "index.html"))),
            ("claimReviewed", .string(ClaimReview.shortened(heading(of: proposition, catalog)))),
            ("author", .object([("@type", .string("Organization")), ("name", .string(config.site.title))])),
            ("itemReviewed", .object(claim)),
            ("reviewRating", .object([("@type", .string("Rating")), ("alternateName", .string(proposition.status.words)),
                                      ("ratingValue", .int(ClaimReview.rating(proposition.status))),
                                      ("bestRating", .int(ClaimReview.best)), ("worstRating", .int(ClaimReview.worst))])),
        ]
        if let newest = catalog.newestPublished {
            review.append(("datePublished", .string(newest.iso)))
        }
        return ClaimReview.scriptSafe(json: LinkedData.object(review).json)
    }
}
