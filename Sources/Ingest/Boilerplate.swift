import Lexicon
import Model
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

    /// Characters of a line that `matchedPhrase` lower-cases: one more than the longest phrase has.
    private let phrasePrefix: Int
    /// Each lowered phrase's first byte when its first character is one ASCII letter or digit (no other
    /// lower-cased character is canonically equal to it, so a line starting with it starts with that
    /// byte); nil otherwise.
    private let firstBytes: [UInt8?]

    init(phrases: [String]) {
        self.phrases = phrases
        loweredPhrases = phrases.map { $0.lowercased() }
        phrasePrefix = (loweredPhrases.map(\.count).max() ?? 0) + 1
        firstBytes = loweredPhrases.map { phrase in
            guard let first = phrase.first, first.unicodeScalars.count == 1, let b = first.utf8.first,
                  (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) else { return nil }
            return b
        }
    }

    private static var shareWords: Set<String> { WordLists.current.words(Lists.boilerplateShareWords) }
    private static let captionStarts = ["photo:", "photo by", "photos:", "image:", "picture:", "photograph:",
                                        "credit:", "caption:", "illustration:", "file photo", "pictured",
                                        "above,", "above:", "top:", "main picture", "video:"]
    /// One more character than the longest caption start.
    private static let captionStartLength = (captionStarts.map(\.count).max() ?? 0) + 1
    private static var creditWords: Set<String> { WordLists.current.words(Lists.boilerplateCreditWords) }
    private static var listHeadings: Set<String> { WordLists.current.words(Lists.boilerplateListHeadings) }

    /// Openings of notes about an article (`boilerplate.notePhrases`), matched on the line's first words.
    static func isEditorsNote(_ text: String) -> Bool {
        isEditorsNote(tokens: Words.tokens(text))
    }

    /// `isEditorsNote` of a line already tokenised (`Line.tokens`); the phrases with their closing space
    /// are made once per lexicon.
    static func isEditorsNote(tokens: [String]) -> Bool {
        let opening = tokens.prefix(6).joined(separator: " ") + " "
        let phrases = WordLists.current.derived("boilerplate.notePhrases+space") { lists in
            lists.words(Lists.boilerplateNotePhrases).map { $0 + " " }
        }
        return phrases.contains { opening.hasPrefix($0) }
    }

    func verdict(_ text: String, linkDensity: Double = 0) -> Verdict? {
        verdict(Line(text), linkDensity: linkDensity)
    }

    /// The verdict on a line already tokenised. Cost: the checks read the line's tokens, word count and
    /// key; what they read of the text itself is a bounded prefix or suffix, or a short line.
    func verdict(_ line: Line, linkDensity: Double = 0) -> Verdict? {
        let text = line.text, words = line.words, key = line.key
        if isShareDebris(text) { return .boilerplate("share-button debris") }
        if isFurnitureStrip(text) { return .boilerplate("site furniture between bars") }
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
        // "Related: Anglers report salmon numbers down 22%", "See also: …": a list heading of the lexicon and a colon
        // before a headline is a link to another story, as a configured phrase is.
        if let colon = text.utf8.prefix(32).firstIndex(of: 0x3A), Self.listHeadings.contains(Words.key(String(text[..<colon]))) {
            let rest = String(text[text.index(after: colon)...]).trimmingWhitespace()
            if !rest.isEmpty, Words.count(rest) <= 16 { return .boilerplate("a link to another story after “\(text[..<colon])”: “\(rest)”") }
        }
        // "This article was translated from …", "Editor's note: …": a note about the article, not its story.
        if words <= 30, Self.isEditorsNote(tokens: line.tokens) { return .boilerplate("a note about the article") }
        if isCaption(text, words: words) { return .caption("photo caption or credit") }
        if Masthead.copyrightHolder(in: text) != nil { return .boilerplate("copyright notice") }
        if linkDensity >= 0.6, words <= 40 { return .boilerplate("a list of links") }
        return nil
    }

    /// Five or more words without a single stop word and no sentence end: tags, keywords, menus.
    static func isWordList(_ text: String) -> Bool { isWordList(Line(text)) }

    /// `isWordList` of a tokenised line.
    static func isWordList(_ line: Line) -> Bool {
        line.tokens.count >= 5 && !Words.endsLikeSentence(line.text) && Words.stopWordDensity(tokens: line.tokens) < 0.05
    }

    /// The configured phrase a line starts with, at a word boundary, when the line is short or the
    /// phrase is followed by a colon.
    func matchedPhrase(_ text: String) -> String? {
        // Only the start of the line can match: lower-case no more of it than the longest phrase needs.
        let lower = String(text.prefix(phrasePrefix)).lowercased()
        let firstByte = lower.utf8.first
        for (n, phrase) in phrases.enumerated() where !phrase.isEmpty && (firstBytes[n] == nil || firstBytes[n] == firstByte)
            && lower.hasPrefix(loweredPhrases[n]) {
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

    /// "Most shared this week: 2,764 shares | Tags: Calloway Mills, Dunmere": pieces between bars, each of them share
    /// debris or opening with a configured phrase or list heading. Cost: only lines with a bar are split.
    private func isFurnitureStrip(_ text: String) -> Bool {
        guard text.utf8.contains(0x7C) else { return false }
        let pieces = text.split(separator: "|").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        guard pieces.count >= 2, pieces.count <= 12 else { return false }
        return pieces.allSatisfy { piece in
            isShareDebris(piece) || matchedPhrase(piece) != nil || isCounter(piece)
                || Self.listHeadings.contains { Words.key(piece).hasPrefix($0 + " ") || Words.key(piece) == $0 }
        }
    }

    /// "312 comments", "2,764 shares": a number and a counter word.
    private func isCounter(_ piece: String) -> Bool {
        let words = piece.split(whereSeparator: \.isSpace)
        return words.count == 2 && words[0].first?.isNumber == true && Self.counterWords.contains(words[1].lowercased())
    }

    private func isShareDebris(_ text: String) -> Bool {
        let byte = { (b: UInt8) in CharacterScan.isSpace(b) || b == 0x7C }
        let character = { (c: Character) in c.isSpace || c == "|" || c == "•" || c == "·" }
        guard Words.hasPieces(text, atMost: 12, byte: byte, character: character) else { return false }
        let tokens = Words.split(text, byte: byte, character: character)
        guard !tokens.isEmpty, tokens.count <= 12 else { return false }
        let shareWords = Self.shareWords
        // Every token icon-like (the first that is not ends the test).
        let allIconLike = tokens.allSatisfy { token in
            let t = token.lowercased()
            if shareWords.contains(t) { return true }
            return t.hasByte(0x2D) && t.contains("-") && t == token && t.allSatisfy { $0.isWordLetter || $0.isWordDigit || $0 == "-" || $0 == "_" }
        }
        if allIconLike && (tokens.count >= 2 || tokens[0].hasByte(0x2D) && tokens[0].contains("-")) { return true }
        // "Share on Facebook | Share on X | Email | 3,417 shares": every piece between bars is a short share
        // link or a counter (a number and a share word). Two pieces need a bar or a bullet, whose UTF-8
        // starts with 0xE2: a line with neither byte is one piece.
        // "Share: Facebook · X · WhatsApp": a middle dot (C2 B7) parts pieces too.
        guard text.utf8.contains(where: { $0 == 0x7C || $0 == 0xE2 || $0 == 0xC2 }) else { return false }
        // "Share: Facebook | X | …": a colon after a word is no part of it.
        let pieces = Words.split(text, byte: { $0 == 0x7C }, character: { $0 == "|" || $0 == "•" || $0 == "·" }).map { piece in
            piece.split(whereSeparator: \.isSpace).map { word in
                let lower = word.lowercased()
                return lower.count > 1 && lower.hasSuffix(":") ? String(lower.dropLast()) : lower
            }
        }
        guard pieces.count >= 2 else { return false }
        let counterWords = Self.counterWords
        return pieces.allSatisfy { words in
            // "Copy link    2,861 shares": a last button and the counter after it, spaced apart, make one piece.
            !words.isEmpty && words.count <= 5 && words.contains { shareWords.contains($0) || counterWords.contains($0) }
                && words.allSatisfy { shareWords.contains($0) || counterWords.contains($0) || ["on", "via", "by", "to"].contains($0)
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

    /// `words` is `Words.count(text)`. Lower-cases only the start of the line (the caption starts are
    /// short) and tokenises only what follows its last "(" (tokens are lower case anyway).
    private func isCaption(_ text: String, words: Int) -> Bool {
        let lower = String(text.prefix(Self.captionStartLength)).lowercased()
        if Self.captionStarts.contains(where: { lower.hasPrefix($0) }) { return true }
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let inside = Words.tokens(String(text[open...]))
            let photoWords = WordLists.current.words(Lists.boilerplatePhotoWords)
            if !inside.isEmpty, inside.count <= 5, inside.contains(where: Self.creditWords.contains),
               inside.contains(where: photoWords.contains) || words <= 12, words <= 60 {
                return true
            }
        }
        guard words <= 25 else { return false }
        let agencies = WordLists.current.words(Lists.boilerplateAgencies)
        let tail = Self.lastPieces(text, 3)
        return tail.enumerated().contains { offset, word in
            guard Words.tokens(String(word)).contains(where: agencies.contains) else { return false }
            let last = offset == tail.count - 1 && !Words.endsLikeSentence(text)
            return word.contains("/") || word.contains("|") || last
        }
    }
}

extension Boilerplate {
    /// `text.split(separator: " ").suffix(n)`, read from the end of the line.
    static func lastPieces(_ text: String, _ n: Int) -> [Substring] {
        var pieces: [Substring] = []
        var end = text.endIndex, i = text.endIndex
        while i > text.startIndex, pieces.count < n {
            let before = text.index(before: i)
            if text[before] == " " {
                if i < end { pieces.append(text[i..<end]) }
                end = before
            }
            i = before
        }
        if pieces.count < n, text.startIndex < end { pieces.append(text[text.startIndex..<end]) }
        return pieces.reversed()
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
