import Foundation
import Ingest
import Lexicon
import Model
import Yams

/// Reads `crosscheck.yml`: every top-level key the file leaves out takes its built-in default.
public enum ConfigLoader {
    /// The built-in defaults (the text of the repository's `crosscheck.yml`).
    public static let defaultYAML = DefaultConfig.yaml

    /// The built-in configuration.
    public static func defaults() -> Config {
        // The built-in text is tested to decode; a failure here is a programming error.
        try! decode(defaultYAML, file: "built-in defaults")
    }

    /// Loads a config file, or the defaults when the file does not exist.
    /// - Throws: `PipelineError.configInvalid` with the file and line of a YAML or schema error.
    public static func load(from url: URL) throws -> Config {
        guard FileManager.default.fileExists(atPath: url.path) else { return defaults() }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw PipelineError(.configInvalid, stage: "config", file: url.path, message: "cannot read the config file")
        }
        return try decode(String(decoding: data, as: UTF8.self), file: url.path)
    }

    /// Decodes config text over the defaults.
    /// - Throws: `PipelineError.configInvalid`.
    public static func decode(_ text: String, file: String) throws -> Config {
        var userNode: Node?
        do {
            var merged = try Yams.compose(yaml: defaultYAML)?.mapping ?? [:]
            userNode = try SafeYAML.compose(text, limits: SafeYAML.configLimits)
            if let user = userNode {
                guard let mapping = user.mapping else {
                    throw PipelineError(.configInvalid, stage: "config", file: file, line: 1,
                                        message: "the config must be a mapping of keys (site, topics, measures, places, boilerplate, limits, lexicon)")
                }
                let known: Set<String> = ["site", "topics", "measures", "places", "boilerplate", "limits", "lexicon"]
                for (key, value) in mapping {
                    guard let name = key.string, known.contains(name) else {
                        throw PipelineError(.configInvalid, stage: "config", file: file, line: key.mark.map { $0.line },
                                            message: "unknown key “\(key.string ?? "?")”; expected one of \(known.sorted().joined(separator: ", "))")
                    }
                    merged[key] = value
                }
            }
            let config = try YAMLDecoder().decode(Config.self, from: Node.mapping(merged))
            try validate(config, file: file)
            do {
                _ = try WordLists.english.adding(config.lexicon)
            } catch let error as LexiconError {
                let path = error.message.prefix { $0 != ":" && $0 != " " }.split(separator: ".").map(String.init)
                throw PipelineError(.configInvalid, stage: "config", file: file, line: userNode.flatMap { line(at: path, in: $0) },
                                    message: error.message)
            }
            return config
        } catch let error as PipelineError {
            throw error
        } catch let refusal as SafeYAML.Refusal {
            throw PipelineError(.configInvalid, stage: "config", file: file, line: refusal.line, message: refusal.message)
        } catch let error as YamlError {
            throw PipelineError(.configInvalid, stage: "config", file: file, line: line(of: error),
                                message: "invalid YAML: \(error)")
        } catch let error as DecodingError {
            throw PipelineError(.configInvalid, stage: "config", file: file,
                                line: userNode.flatMap { line(of: error, in: $0) }, message: describe(error))
        }
    }

    static func validate(_ config: Config, file: String) throws {
        let measures = Set(config.measures.map(\.id))
        var seen: Set<String> = []
        for topic in config.topics {
            guard seen.insert(topic.id).inserted else {
                throw PipelineError(.configInvalid, stage: "config", file: file, message: "topic “\(topic.id)” is defined twice")
            }
            guard !topic.id.isEmpty, topic.id.allSatisfy({ $0.isASCII && ($0.isWordLetter || $0.isWordDigit || $0 == "-" || $0 == "_") }),
                  !["index", "methodology", "sources", "claims", "style", "404"].contains(topic.id) else {
                throw PipelineError(.configInvalid, stage: "config", file: file,
                                    message: "topic id “\(topic.id)” must be letters, digits, - or _ and not a reserved page name")
            }
            for measure in topic.measures where !measures.contains(measure) {
                throw PipelineError(.configInvalid, stage: "config", file: file,
                                    message: "topic “\(topic.id)” lists measure “\(measure)”, which is not defined under measures")
            }
        }
    }

    /// The line of the key at a path of mapping keys (`lexicon.currencies.names`), or of its nearest parent.
    static func line(at path: [String], in root: Node) -> Int? {
        var node = root
        var line: Int?
        for key in path {
            guard let (k, value) = node.mapping?.first(where: { $0.key.string == key }) else { break }
            line = k.mark?.line
            node = value
        }
        return line
    }

    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    /// The line of the value a decoding error is about, found by its coding path in the user's file
    /// (nil when the value came from the defaults).
    static func line(of error: DecodingError, in root: Node) -> Int? {
        let path: [any CodingKey]
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): path = context.codingPath
        case .keyNotFound(_, let context): path = context.codingPath
        @unknown default: return nil
        }
        var node = root
        var line = root.mark?.line
        for key in path {
            if let index = key.intValue, let sequence = node.sequence, index < sequence.count {
                node = sequence[index]
            } else if let mapping = node.mapping, let (k, value) = mapping.first(where: { $0.key.string == key.stringValue }) {
                line = k.mark?.line ?? line
                node = value
            } else {
                return path.isEmpty ? nil : line
            }
            line = node.mark?.line ?? line
        }
        return line
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath)): missing required key “\(key.stringValue)”"
        @unknown default:
            return "\(error)"
        }
    }
}
