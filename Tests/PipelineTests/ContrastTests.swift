import Foundation
import TestSupport
import Testing

/// The stylesheet's palette keeps text readable: every text colour on every background colour has a
/// WCAG contrast ratio of at least 4.5:1, in light and in dark mode.
@Suite struct ContrastTests {
    static let texts = ["fg", "muted", "accent", "agree", "consistent", "conflict", "outdated"]
    static let backgrounds = ["bg", "panel", "mark"]

    /// `--name: #rrggbb;` declarations, the first block (light) and the one inside `prefers-color-scheme: dark`.
    static func palettes() throws -> [String: [String: String]] {
        let css = try String(contentsOf: Fixtures.templates.appendingPathComponent("style.css"), encoding: .utf8)
        guard let darkStart = css.range(of: "prefers-color-scheme: dark") else { return [:] }
        func variables(_ text: Substring) -> [String: String] {
            var result: [String: String] = [:]
            for line in text.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("--"), let colon = trimmed.firstIndex(of: ":") else { continue }
                let name = String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<colon])
                let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " ;"))
                if result[name] == nil { result[name] = value }
            }
            return result
        }
        let darkBlockEnd = css[darkStart.upperBound...].range(of: "}\n}")?.lowerBound ?? css.endIndex
        return ["light": variables(css[..<darkStart.lowerBound]), "dark": variables(css[darkStart.upperBound..<darkBlockEnd])]
    }

    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        let channels = stride(from: 0, to: 6, by: 2).map { Double(Int(String(digits[$0...$0 + 1]), radix: 16)!) / 255 }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func ratio(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func everyTextColourHasEnoughContrastOnEveryBackground() throws {
        let palettes = try ContrastTests.palettes()
        #expect(palettes.count == 2)
        for (mode, palette) in palettes {
            for text in ContrastTests.texts {
                for background in ContrastTests.backgrounds {
                    guard let fg = palette[text], let bg = palette[background] else {
                        Issue.record("\(mode): --\(text) or --\(background) missing")
                        continue
                    }
                    let ratio = ContrastTests.ratio(fg, bg)
                    #expect(ratio >= 4.5, "\(mode): --\(text) on --\(background) is \(ratio):1")
                }
            }
        }
    }

    @Test func theContrastFormulaMatchesKnownValues() {
        #expect(abs(ContrastTests.ratio("#000000", "#ffffff") - 21) < 0.01)
        #expect(abs(ContrastTests.ratio("#777777", "#ffffff") - 4.48) < 0.02)
    }
}
