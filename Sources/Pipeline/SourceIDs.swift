import Foundation
import Model

/// Gives every source a unique id that is safe as a file name. An id names the source page
/// (`sources/<id>.html`) and prefixes claim ids, so two files sharing one (`a.txt` and `a.md`;
/// `x y.txt` and `x-y.txt`; `seeds/index.txt` against the sources listing; `A.txt` and `a.txt`
/// on a case-insensitive host) would silently lose a page. Later files in path order get a suffix
/// and a warning naming both files.
enum SourceIDs {
    /// Ids no source may take: the pages that live beside the source pages.
    static let reserved: Set<String> = ["index"]

    /// The file-name-safe form of a stem: ASCII letters, digits, `-`, `_` and `.`; anything else is `-`.
    static func safe(_ stem: String) -> String {
        let mapped = String(stem.map { ch -> Character in
            ch.isASCII && (ch.isWordLetter || ch.isWordDigit || ch == "-" || ch == "_" || ch == ".") ? ch : "-"
        })
        // A leading dot would hide the page; an empty stem still needs a name.
        let trimmed = mapped.drop { $0 == "." }
        return trimmed.isEmpty ? "source" : String(trimmed)
    }

    /// Rewrites ids in place (sources in path order) and returns a warning for each id that changed.
    static func assign(_ sources: inout [Source]) -> [Notice] {
        let wanted = sources.map { safe($0.id.rawValue) }
        let counts = Dictionary(wanted.map { ($0.lowercased(), 1) }, uniquingKeysWith: +)
        var taken: [String: String] = [:]  // lowercased id → the file holding it ("" for a reserved page)
        for name in reserved { taken[name] = "" }
        var final: [String?] = Array(repeating: nil, count: sources.count)
        // A unique id stays, so a colliding pair never renames a third file ("a-2.txt").
        for i in sources.indices where counts[wanted[i].lowercased()] == 1 && taken[wanted[i].lowercased()] == nil {
            taken[wanted[i].lowercased()] = sources[i].file
            final[i] = wanted[i]
        }
        var notices: [Notice] = []
        for i in sources.indices where final[i] == nil {
            let base = wanted[i]
            var id = base
            var n = 2
            while taken[id.lowercased()] != nil { id = "\(base)-\(n)"; n += 1 }
            if id != base, let holder = taken[base.lowercased()] {
                let other = holder.isEmpty ? "the sources listing’s (sources/\(base).html)" : "that of \(holder)"
                notices.append(Notice(.warning, file: sources[i].file,
                                      message: "its id “\(base)” is \(other): this source is “\(id)” (sources/\(id).html)"))
            }
            taken[id.lowercased()] = sources[i].file
            final[i] = id
        }
        for i in sources.indices where sources[i].id.rawValue != final[i] { sources[i].id = ID(final[i]!) }
        return notices
    }
}
