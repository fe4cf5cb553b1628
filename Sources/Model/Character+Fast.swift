extension Character {
    /// `isLetter || isNumber`, answered without a Unicode property look-up for ASCII (which dominated
    /// the build's profile: most news text is ASCII).
    @inlinable public var isWordCharacter: Bool {
        if let ascii = asciiValue {
            return (ascii >= 97 && ascii <= 122) || (ascii >= 65 && ascii <= 90) || (ascii >= 48 && ascii <= 57)
        }
        return isLetter || isNumber
    }

    /// `isLetter` with an ASCII fast path.
    @inlinable public var isWordLetter: Bool {
        if let ascii = asciiValue { return (ascii >= 97 && ascii <= 122) || (ascii >= 65 && ascii <= 90) }
        return isLetter
    }

    /// `isNumber` with an ASCII fast path.
    @inlinable public var isWordDigit: Bool {
        if let ascii = asciiValue { return ascii >= 48 && ascii <= 57 }
        return isNumber
    }

    /// `isWhitespace` with an ASCII fast path.
    @inlinable public var isSpace: Bool {
        if let ascii = asciiValue { return ascii == 32 || (ascii >= 9 && ascii <= 13) }
        return isWhitespace
    }

    /// `isUppercase` with an ASCII fast path.
    @inlinable public var isCapital: Bool {
        if let ascii = asciiValue { return ascii >= 65 && ascii <= 90 }
        return isUppercase
    }
}

/// Reads a string's characters as UTF-8 bytes where that is safe: an ASCII byte other than a carriage
/// return, followed by another ASCII byte or the end, is a whole `Character` (no grapheme rule joins two
/// ASCII scalars but CR LF), so it is handed over as a byte and no `Character` is built. Any other
/// stretch, up to the next place where two such bytes meet, is decoded as a string of its own and handed
/// over `Character` by `Character`: both its ends are grapheme boundaries, so it splits exactly as it
/// does inside the whole string.
/// Cost: one pass over the bytes; `Character`s are built only for non-ASCII text and carriage returns.
public enum CharacterScan {
    /// Calls `ascii` for each single-byte character and `other` for every other character, in order,
    /// until one of them returns false.
    @inlinable
    public static func forEach(_ text: String, ascii: (UInt8) -> Bool, other: (Character) -> Bool) {
        var text = text
        text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                if b < 0x80, b != 0x0D, i + 1 == n || bytes[i + 1] < 0x80 {
                    guard ascii(b) else { return }
                    i += 1
                    continue
                }
                var j = i + 1
                while j < n, !(bytes[j - 1] < 0x80 && bytes[j - 1] != 0x0D && bytes[j] < 0x80) { j += 1 }
                for ch in String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self) {
                    guard other(ch) else { return }
                }
                i = j
            }
        }
    }

    /// Whether an ASCII byte is a letter or digit (`isWordLetter || isWordDigit`).
    @inlinable public static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57)
    }

    /// Whether an ASCII byte is white space (`isSpace`).
    @inlinable public static func isSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }
}

/// A string's characters in an array, with the UTF-8 offset where each starts, so that a run of them
/// becomes a `String` by copying its bytes instead of appending `Character`s one by one.
/// Cost: one pass over the bytes (`CharacterScan`); `string(_:)` copies the run's bytes.
public struct CharacterArray: Sendable {
    /// The characters, as `Array(text)` gives them.
    public let characters: [Character]
    /// `offsets[i]` is the UTF-8 offset of character `i`; `offsets[characters.count]` is the byte count.
    let offsets: [Int]
    let bytes: [UInt8]
    /// `ascii[i]` is character `i`'s byte when `CharacterScan` read it as one ASCII byte, else 0xFF (the
    /// character is then asked itself), so the checks below need no `Character` for most text.
    public let ascii: [UInt8]

    /// `Character(Unicode.Scalar(b))` for every ASCII byte, made once instead of once per character.
    private static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    public init(_ text: String) {
        var characters: [Character] = [], offsets: [Int] = [], ascii: [UInt8] = []
        characters.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        ascii.reserveCapacity(text.utf8.count)
        var offset = 0
        CharacterScan.forEach(text, ascii: { b in
            characters.append(Self.asciiCharacters[Int(b)])
            offsets.append(offset)
            ascii.append(b)
            offset += 1
            return true
        }, other: { c in
            characters.append(c)
            offsets.append(offset)
            ascii.append(0xFF)
            offset += c.utf8.count
            return true
        })
        offsets.append(offset)
        self.characters = characters
        self.offsets = offsets
        self.ascii = ascii
        bytes = Array(text.utf8)
    }

    /// `characters[i].isSpace`.
    @inlinable public func isSpace(_ i: Int) -> Bool {
        let a = ascii[i]
        return a < 0x80 ? CharacterScan.isSpace(a) : characters[i].isSpace
    }

    /// `characters[i].isWordLetter`.
    @inlinable public func isWordLetter(_ i: Int) -> Bool {
        let a = ascii[i]
        return a < 0x80 ? (a >= 97 && a <= 122) || (a >= 65 && a <= 90) : characters[i].isWordLetter
    }

    /// `characters[i].isWordLetter || characters[i].isWordDigit`.
    @inlinable public func isWordCharacter(_ i: Int) -> Bool {
        let a = ascii[i]
        return a < 0x80 ? CharacterScan.isAlphanumeric(a) : characters[i].isWordLetter || characters[i].isWordDigit
    }

    /// `characters[i].isASCII && characters[i].isWordDigit`.
    @inlinable public func isASCIIDigit(_ i: Int) -> Bool {
        let a = ascii[i]
        return a < 0x80 ? a >= 48 && a <= 57 : characters[i].isASCII && characters[i].isWordDigit
    }

    /// `String(characters[range])`.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
    }
}

extension StringProtocol {
    /// Whether the text's UTF-8 holds the ASCII byte `byte`. For a hyphen or full stop inside a token this
    /// is `contains(_:)` without Foundation's locale-aware search (which dominated callers' profiles).
    @inlinable public func hasByte(_ byte: UInt8) -> Bool {
        utf8.contains(byte)
    }

    /// Whether the text's UTF-8 holds the bytes of `needle`. A match that Foundation's `contains(_:)`
    /// finds is also found here, so this can stand before it and spare it most lines.
    public func hasBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let bytes = Array(utf8)
        guard bytes.count >= pattern.count else { return false }
        var i = 0
        while i + pattern.count <= bytes.count {
            if bytes[i] == first, bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return true }
            i += 1
        }
        return false
    }
}
