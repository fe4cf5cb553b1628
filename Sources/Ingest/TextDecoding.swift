import Foundation
import Model

/// Turns a file's bytes into text, or says why it cannot: empty, binary, too large, badly encoded.
struct TextDecoding {
    /// The decoded text (nil when the file must be skipped) and what was noticed on the way.
    struct Result {
        var text: String?
        var notices: [Notice]
    }

    let maxBytes: Int

    func decode(_ data: Data, file: String) -> Result {
        if data.count > maxBytes {
            return Result(text: nil, notices: [Notice(.error, file: file,
                message: "file is \(data.count) bytes, over the limit of \(maxBytes): skipped")])
        }
        let bytes = [UInt8](data)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return Result(text: nil, notices: [Notice(.error, file: file, message: "file is empty: no article text")])
        }
        if let utf16 = decodeUTF16(bytes) {
            return Result(text: normalise(utf16), notices: [])
        }
        if let nul = bytes.firstIndex(of: 0) {
            return Result(text: nil, notices: [Notice(.error, file: file,
                message: "binary file (NUL byte): skipped, not text", byteOffset: nul)])
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var notices: [Notice] = []
        if let bad = Self.firstInvalidUTF8Offset(body) {
            notices.append(Notice(.warning, file: file,
                message: "invalid UTF-8: bad bytes replaced with U+FFFD, the first at byte \(bad)",
                byteOffset: bad))
        }
        let text = String(decoding: body, as: UTF8.self)
        return Result(text: normalise(text), notices: notices)
    }

    /// Offset (in the whole file) of the first byte that is not part of valid UTF-8, if any.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.endIndex else { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            if length == 3 {
                let second = bytes[i + 1]
                if b == 0xE0 && second < 0xA0 || b == 0xED && second > 0x9F { return i }
            }
            if length == 4 {
                let second = bytes[i + 1]
                if b == 0xF0 && second < 0x90 || b == 0xF4 && second > 0x8F { return i }
            }
            i += length
        }
        return nil
    }

    private func decodeUTF16(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): littleEndian = true
        case (0xFE, 0xFF): littleEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Unix line ends, no control characters other than tab and newline.
    /// Cost: one pass over the bytes; a text with nothing to change is returned as it is.
    private func normalise(_ text: String) -> String {
        // CR, U+2028/2029 (E2 80 A8/A9), controls, DEL and U+FEFF (EF BB BF) are what changes.
        var text = text
        let plain = text.withUTF8 { bytes in
            for (i, b) in bytes.enumerated() {
                if b < 0x20 && b != 0x0A && b != 0x09 || b == 0x7F { return false }
                if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return false }
                if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return false }
            }
            return true
        }
        if plain { return text }
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            if scalar == "\r" { scalars.append("\n"); continue }
            if scalar == "\n" && previousCR { continue }
            if scalar == "\u{2028}" || scalar == "\u{2029}" { scalars.append("\n"); continue }
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue }
            if scalar == "\u{7F}" || scalar == "\u{FEFF}" { continue }
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
