import Foundation
import Model
import Yams

/// YAML with limits. Yams (like libyaml) expands aliases without bound when it builds values, so a
/// few hundred bytes of nested aliases ("billion laughs") become gigabytes. Every YAML text Crosscheck
/// reads (front matter, `crosscheck.yml`, `sources.yml`) goes through here: the text is checked for
/// size, aliases and nesting before Yams sees it, and the composed tree is walked with a budget on its
/// expanded size before anything is built from it.
public enum SafeYAML {
    /// Why a YAML text was refused, with the line where the limit was hit when known.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var line: Int?
        public var description: String { message }
    }

    /// The limits of `crosscheck.yml` and `sources.yml` themselves (read before any config applies).
    public static let configLimits = Config.Limits()

    /// The node tree of a YAML text, or nil for an empty document.
    /// - Throws: `Refusal` when a limit is exceeded; `YamlError` when the text is not YAML.
    public static func compose(_ text: String, limits: Config.Limits) throws -> Node? {
        try screen(text, limits: limits)
        guard let node = try Yams.compose(yaml: text) else { return nil }
        var budget = limits.maxYAMLNodes
        try measure(node, depth: 1, budget: &budget, limits: limits)
        return node
    }

    /// The YAML text as Swift values (`[String: Any]`, `[Any]`, `String`, `Int`, `Date`…).
    /// - Throws: `Refusal` when a limit is exceeded; `YamlError` when the text is not YAML.
    public static func load(_ text: String, limits: Config.Limits) throws -> Any? {
        try compose(text, limits: limits)?.any
    }

    // MARK: - Before Yams

    /// A linear scan of the text: size, alias count, flow nesting, and aliases inside keys (a key is
    /// hashed whole while Yams composes, so an aliased key would be expanded before any budget applies).
    static func screen(_ text: String, limits: Config.Limits) throws {
        let bytes = Array(text.utf8)
        guard bytes.count <= limits.maxYAMLBytes else {
            throw Refusal(message: "YAML of \(bytes.count) bytes exceeds limits.maxYAMLBytes (\(limits.maxYAMLBytes))")
        }
        var aliases = 0, flowDepth = 0, line = 1
        var complexKey = false, aliasedKeyLine: Int?
        var firstAliasLine: Int?
        var lineStart = true
        var i = 0
        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F || b >= 0x80
        }
        func isSeparator(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x2C || b == 0x5B || b == 0x5D || b == 0x7B || b == 0x7D }
        /// Whether a ":" key indicator follows position `j` (after spaces).
        func keyIndicator(after j: Int) -> Bool {
            var k = j
            while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
            guard k < bytes.count, bytes[k] == 0x3A else { return false }
            return k + 1 == bytes.count || isSeparator(bytes[k + 1])
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { line += 1; lineStart = true; i += 1; continue }
            if lineStart, b == 0x20 || b == 0x09 || b == 0x2D { i += 1; continue }
            if lineStart, b == 0x3F, i + 1 == bytes.count || isSeparator(bytes[i + 1]) { complexKey = true }
            lineStart = false
            let previous: UInt8 = i == 0 ? 0x20 : bytes[i - 1]
            switch b {
            case 0x2A where isSeparator(previous) || previous == 0x3A || previous == 0x2D || previous == 0x3F:
                var j = i + 1
                while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
                if j > i + 1 {
                    aliases += 1
                    firstAliasLine = firstAliasLine ?? line
                    if aliases > limits.maxYAMLAliases {
                        throw Refusal(message: "more than \(limits.maxYAMLAliases) YAML aliases (limits.maxYAMLAliases)", line: line)
                    }
                    if keyIndicator(after: j) { aliasedKeyLine = aliasedKeyLine ?? line }
                }
                i = j
                continue
            case 0x5B, 0x7B:
                flowDepth += 1
                if flowDepth > limits.maxYAMLDepth {
                    throw Refusal(message: "YAML nested deeper than \(limits.maxYAMLDepth) levels (limits.maxYAMLDepth)", line: line)
                }
            case 0x5D, 0x7D:
                flowDepth = max(0, flowDepth - 1)
                if keyIndicator(after: i + 1) { complexKey = true }
            default:
                break
            }
            i += 1
        }
        if let line = aliasedKeyLine ?? (complexKey ? firstAliasLine : nil) {
            throw Refusal(message: "YAML aliases in mapping keys are not supported", line: line)
        }
    }

    // MARK: - After Yams

    /// Walks the tree as the values built from it would be, aliases expanded, and stops as soon as
    /// the budget of nodes or the depth runs out: the cost is bounded by the limit, not the expansion.
    private static func measure(_ node: Node, depth: Int, budget: inout Int, limits: Config.Limits) throws {
        budget -= 1
        guard budget >= 0 else {
            throw Refusal(message: "YAML expands to more than \(limits.maxYAMLNodes) values (limits.maxYAMLNodes); aliases multiply what they repeat",
                          line: node.mark?.line)
        }
        guard depth <= limits.maxYAMLDepth else {
            throw Refusal(message: "YAML nested deeper than \(limits.maxYAMLDepth) levels (limits.maxYAMLDepth)", line: node.mark?.line)
        }
        switch node {
        case .scalar, .alias:
            return
        case .sequence(let sequence):
            for child in sequence { try measure(child, depth: depth + 1, budget: &budget, limits: limits) }
        case .mapping(let mapping):
            for (key, value) in mapping {
                try measure(key, depth: depth + 1, budget: &budget, limits: limits)
                try measure(value, depth: depth + 1, budget: &budget, limits: limits)
            }
        }
    }
}
