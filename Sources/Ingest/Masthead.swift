import Lexicon
import Foundation

/// Lines that name the site rather than tell the story: navigation trails with the site name
/// ("World News - Local News - Examplepost"), bylines ("By Jane Doe and John Roe"), copyright lines.
enum Masthead {
    private static let separators = [" - ", " – ", " — ", " | ", " › ", " » ", " > ", " :: ", " / "]

    /// Words that name a section of a site, not the site itself.
    private static var sectionWords: Set<String> { WordLists.current.words(Lists.boilerplateSectionWords) }

    /// The segments of a navigation-like line: 2+ short capitalised segments, no sentence.
    static func segments(_ line: String) -> [String]? {
        guard Words.fits(line, 120), !Words.endsLikeSentence(line) else { return nil }
        for separator in separators where line.hasBytes(separator) && line.contains(separator) {
            let parts = line.components(separatedBy: separator).map { $0.trimmingWhitespace() }
            guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && Words.count($0) <= 4 }) else { continue }
            guard parts.allSatisfy({ $0.first?.isCapital == true || $0.first?.isWordDigit == false && $0.contains(".") })
            else { continue }
            // Two-part lines must be clearly navigation, not a headline with an attribution.
            if parts.count == 2, parts.contains(where: { Words.count($0) > 3 }) { continue }
            return parts
        }
        return nil
    }

    /// The site name in a navigation-like line: a segment named like a publication ("Kestrel Press - Courts
    /// and Law", "Pennant Newswire - Companies"), else the last segment that does not look like a section,
    /// else the first.
    static func outlet(in line: String) -> String? {
        guard let parts = segments(line) else { return nil }
        let names = parts.filter(looksLikeSiteName)
        if let named = names.first(where: { Words.tokens($0).last.map(outletWords.contains) ?? false }) { return named }
        for candidate in [parts.last!, parts.first!] where looksLikeSiteName(candidate) {
            return candidate
        }
        return nil
    }

    /// Last words of publication names ("Press", "Times", "Newswire").
    private static var outletWords: Set<String> { WordLists.current.words("boilerplate", "outletWords") }

    /// A line that is only a publication's name: at most five capitalised words, the last a publication word or
    /// "News" ("Brackenford Evening Telegraph", "The Northern Ledger", "Radio Brackenford News").
    static func isBareOutletName(_ line: String) -> Bool {
        let text = line.trimmingWhitespace()
        guard Words.fits(text, 60), !Words.endsLikeSentence(text), !text.contains(where: \.isWordDigit) else { return false }
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count), words.allSatisfy({ $0.first?.isCapital == true }),
              let last = Words.tokens(text).last else { return false }
        return outletWords.contains(last) || last == "news"
    }

    /// A name printed in capitals as a masthead ("THE HARBOR CITY POST") in title case ("The Harbor City Post");
    /// any other name as printed.
    static func titleCased(_ name: String) -> String {
        guard name.contains(where: \.isLetter), name == name.uppercased() else { return name }
        return name.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { n, word in
            let lower = word.lowercased()
            if n > 0, ["the", "a", "an", "of", "and"].contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }

    static func looksLikeSiteName(_ segment: String) -> Bool {
        let words = Words.tokens(segment)
        guard let last = words.last, !words.isEmpty, words.count <= 4 else { return false }
        if segment.contains("."), !segment.contains(" ") { return true }  // a domain
        // "News" alone, "Local News" are sections; "The Brannock Evening News", "Radio Aldery News" are sites.
        if sectionWords.contains(last) {
            guard words.count >= 3, words.first == "the" || words.dropLast().contains(where: outletWords.contains) else { return false }
        }
        return segment.first?.isCapital == true && !segment.contains(where: \.isWordDigit)
    }

    /// Author names from a byline ("By Jane Doe and John Roe", "Written by Jane Doe, Reuters").
    static func authors(in line: String) -> [String]? {
        // Most lines start with none of the byline words: look at the first few characters only.
        let head = String(line.drop(while: \.isSpace).prefix(12)).lowercased()
        guard head.hasPrefix("by ") || head.hasPrefix("written by ") || head.hasPrefix("author: ") || head.hasPrefix("authors: ")
        else { return nil }
        let trimmed = line.trimmingWhitespace()
        guard trimmed.count <= 100, !Words.endsLikeSentence(trimmed) || trimmed.hasSuffix(".") && Words.count(trimmed) <= 8
        else { return nil }
        let lower = trimmed.lowercased()
        var rest: Substring
        if lower.hasPrefix("by ") { rest = trimmed.dropFirst(3) }
        else if lower.hasPrefix("written by ") { rest = trimmed.dropFirst(11) }
        else if lower.hasPrefix("author: ") || lower.hasPrefix("authors: ") { rest = trimmed.drop { $0 != ":" }.dropFirst() }
        else { return nil }
        if let cut = rest.firstIndex(where: { ",|•·(".contains($0) }) { rest = rest[..<cut] }
        let names = String(rest).replacingOccurrences(of: " and ", with: ";").replacingOccurrences(of: " & ", with: ";")
            .split(separator: ";").map { String($0).trimmingWhitespace().trimming(".") }
            .filter { !$0.isEmpty }
        guard !names.isEmpty, names.allSatisfy({ name in
            let words = name.split(separator: " ")
            return (1...4).contains(words.count) && words.allSatisfy { $0.first?.isCapital == true }
        }) else { return nil }
        return names
    }

    /// The name in a copyright line ("© 2024 Example Media. All rights reserved.").
    static func copyrightHolder(in line: String) -> String? {
        guard Words.fits(line, 160) else { return nil }
        // The prefixes are short: lower-case the start only, and the whole line only when it has a ©.
        let head = String(line.prefix(10)).lowercased()
        let marked = head.hasPrefix("©") || head.hasPrefix("copyright") || head.hasPrefix("(c) ")
            || line.unicodeScalars.contains("\u{A9}") && line.lowercased().range(of: #"©\s*(19|20)\d\d"#, options: .regularExpression) != nil
        guard marked else { return nil }
        var rest = Substring(line)
        if let mark = rest.firstIndex(of: "©") { rest = rest[rest.index(after: mark)...] }
        else { rest = rest.dropFirst("copyright".count) }
        var name: [Substring] = []
        for word in rest.split(separator: " ") {
            if word.allSatisfy({ $0.isWordDigit || "-–,".contains($0) }) || word.lowercased() == "(c)" { continue }
            if word.lowercased().hasPrefix("all") { break }
            name.append(word)
            if word.hasSuffix(".") && word.count > 3 || name.count == 5 { break }
        }
        let holder = name.joined(separator: " ").trimming(" ,.")
        return holder.isEmpty || holder.lowercased().hasPrefix("all rights") ? nil : holder
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let boilerplateSectionWords = ListName("boilerplate", "sectionWords")
}
