import Lexicon
import Foundation

/// Tells page furniture from article text one line at a time, with jusText-style general signals
/// (short lines, few stop words, link density, share-widget debris) plus the configured phrases.
struct Boilerplate {
    /// What a line is when it is not article text.
    enum Verdict: Equatable {
        case boilerplate(String)
        case caption(String)
        /// A heading that introduces a list of links to other stories ("Related News", "Read Also:").
        case linkListHeading(String)
        /// The start of a comment section: everything after it is reader comments or forms.
        case commentForm(String)
    }

    let phrases: [String]
    /// The phrases lower-cased once, not once per line.
    private let loweredPhrases: [String]

    init(phrases: [String]) {
        self.phrases = phrases
        loweredPhrases = phrases.map { $0.lowercased() }
    }

    private static var shareWords: Set<String> { WordLists.current.words(Lists.boilerplateShareWords) }
    private static let captionStarts = ["photo:", "photo by", "photos:", "image:", "picture:", "photograph:",
                                        "credit:", "caption:", "illustration:", "file photo", "pictured",
                                        "above,", "above:", "top:", "main picture", "video:"]
    private static var creditWords: Set<String> { WordLists.current.words(Lists.boilerplateCreditWords) }
    private static var listHeadings: Set<String> { WordLists.current.words(Lists.boilerplateListHeadings) }

    /// Openings of notes about an article (`boilerplate.notePhrases`), matched on the line's first words.
    static func isEditorsNote(_ text: String) -> Bool {
        let opening = Words.tokens(text).prefix(6).joined(separator: " ") + " "
        return WordLists.current.words(Lists.boilerplateNotePhrases).contains { opening.hasPrefix($0 + " ") }
    }

    func verdict(_ text: String, linkDensity: Double = 0) -> Verdict? {
        let words = Words.count(text)
        let key = Words.key(text)
        if isShareDebris(text) { return .boilerplate("share-button debris") }
        if words <= 8, isCommentForm(key) { return .commentForm("comment form") }
        if let phrase = matchedPhrase(text) {
            let rest = String(text.dropFirst(phrase.count)).trimming(" :：-–—|»›").trimmingWhitespace()
            if Self.listHeadings.contains(Words.key(phrase)) || Self.listHeadings.contains(key) {
                return rest.isEmpty ? .linkListHeading("heading of a list of links (“\(phrase)”)")
                    : .boilerplate("a link to another story after “\(phrase)”: “\(rest)”")
            }
            return .boilerplate("site furniture (“\(phrase)”)")
        }
        if Self.listHeadings.contains(key) { return .linkListHeading("heading of a list of links (“\(text)”)") }
        // "This article was translated from …", "Editor's note: …": a note about the article, not its story.
        if words <= 30, Self.isEditorsNote(text) { return .boilerplate("a note about the article") }
        if isCaption(text) { return .caption("photo caption or credit") }
        if Masthead.copyrightHolder(in: text) != nil { return .boilerplate("copyright notice") }
        if linkDensity >= 0.6, words <= 40 { return .boilerplate("a list of links") }
        return nil
    }

    /// Five or more words without a single stop word and no sentence end: tags, keywords, menus.
    static func isWordList(_ text: String) -> Bool {
        Words.tokens(text).count >= 5 && !Words.endsLikeSentence(text) && Words.stopWordDensity(text) < 0.05
    }

    /// The configured phrase a line starts with, at a word boundary, when the line is short or the
    /// phrase is followed by a colon.
    func matchedPhrase(_ text: String) -> String? {
        let lower = text.lowercased()
        for (phrase, lowered) in zip(phrases, loweredPhrases) where !phrase.isEmpty && lower.hasPrefix(lowered) {
            let rest = text.dropFirst(phrase.count)
            guard rest.first.map({ !$0.isWordLetter && !$0.isWordDigit }) ?? true else { continue }
            let restTrimmed = String(rest).trimmingWhitespace()
            if Words.count(text) <= 12 && (restTrimmed.isEmpty || !Words.endsLikeSentence(text) || Words.count(text) <= 6)
                || restTrimmed.hasPrefix(":") {
                return String(text.prefix(phrase.count))
            }
        }
        return nil
    }

    private func isShareDebris(_ text: String) -> Bool {
        let tokens = text.split(whereSeparator: { $0.isSpace || $0 == "|" || $0 == "•" })
        guard !tokens.isEmpty, tokens.count <= 12 else { return false }
        let iconLike = tokens.filter { token in
            let t = token.lowercased()
            if Self.shareWords.contains(t) { return true }
            return t.contains("-") && t == token && t.allSatisfy { $0.isWordLetter || $0.isWordDigit || $0 == "-" || $0 == "_" }
        }
        if iconLike.count == tokens.count && (tokens.count >= 2 || tokens[0].contains("-")) { return true }
        // "Share on Facebook | Share on X | Email | 3,417 shares": every piece between bars is a short share
        // link or a counter (a number and a share word).
        let pieces = text.split(whereSeparator: { $0 == "|" || $0 == "•" }).map { $0.split(whereSeparator: \.isSpace).map { $0.lowercased() } }
        guard pieces.count >= 2 else { return false }
        return pieces.allSatisfy { words in
            !words.isEmpty && words.count <= 3 && words.contains { Self.shareWords.contains($0) || Self.counterWords.contains($0) }
                && words.allSatisfy { Self.shareWords.contains($0) || Self.counterWords.contains($0) || ["on", "via", "by", "to"].contains($0)
                    || $0.first?.isNumber == true || $0.first?.isUppercase == true || $0.count <= 2 }
        }
    }

    /// Counters next to share buttons ("3,417 shares", "12 comments").
    private static var counterWords: Set<String> { WordLists.current.words(Lists.boilerplateCounterWords) }

    private func isCommentForm(_ key: String) -> Bool {
        let words = Set(key.split(separator: " ").map(String.init))
        let commentWords: Set<String> = ["comment", "comments", "reply", "discussion", "replies"]
        guard !words.isDisjoint(with: commentWords) else { return false }
        return words.contains("leave") || words.contains("post") || words.contains("add") || words.contains("enter")
            || words.contains("join") || key == "comments" || key.hasSuffix(" comments") || words.contains("cancel")
    }

    private func isCaption(_ text: String) -> Bool {
        let lower = text.lowercased()
        if Self.captionStarts.contains(where: { lower.hasPrefix($0) }) { return true }
        if lower.hasSuffix(")"), let open = lower.lastIndex(of: "(") {
            let inside = Words.tokens(String(lower[open...]))
            let photoWords = WordLists.current.words(Lists.boilerplatePhotoWords)
            if !inside.isEmpty, inside.count <= 5, inside.contains(where: Self.creditWords.contains),
               inside.contains(where: photoWords.contains) || Words.count(text) <= 12, Words.count(text) <= 60 {
                return true
            }
        }
        guard Words.count(text) <= 25 else { return false }
        let agencies = WordLists.current.words(Lists.boilerplateAgencies)
        let tail = text.split(separator: " ").suffix(3)
        return tail.enumerated().contains { offset, word in
            guard Words.tokens(String(word)).contains(where: agencies.contains) else { return false }
            let last = offset == tail.count - 1 && !Words.endsLikeSentence(text)
            return word.contains("/") || word.contains("|") || last
        }
    }
}

/// The word lists this file reads, resolved to their slots once.
private enum Lists {
    static let boilerplateAgencies = ListName("boilerplate", "agencies")
    static let boilerplateCounterWords = ListName("boilerplate", "counterWords")
    static let boilerplateCreditWords = ListName("boilerplate", "creditWords")
    static let boilerplateListHeadings = ListName("boilerplate", "listHeadings")
    static let boilerplateNotePhrases = ListName("boilerplate", "notePhrases")
    static let boilerplatePhotoWords = ListName("boilerplate", "photoWords")
    static let boilerplateShareWords = ListName("boilerplate", "shareWords")
}
