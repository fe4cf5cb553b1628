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
