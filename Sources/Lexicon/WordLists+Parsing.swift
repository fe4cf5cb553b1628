import Yams

/// A lexicon file or a project's addition that cannot be read: the file, the line and what is wrong.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int?
    public var message: String

    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

extension WordLists {
    /// Parses the lexicon files of one language (`"en/numbers.yml"` → its text).
    /// - Throws: `LexiconError` naming the file and line of anything that is not a list of words or a table.
    static func parse(_ files: [String: String], language: String) throws -> WordLists {
        var sequences: [Key: [String]] = [:]
        var tables: [Key: [String: String]] = [:]
        for (name, text) in files.sorted(by: { $0.key < $1.key }) where name.hasPrefix(language + "/") && name.hasSuffix(".yml") {
            let area = String(name.dropFirst(language.count + 1).dropLast(4))
            let node: Node?
            do {
                node = try Yams.compose(yaml: text)
            } catch let error as YamlError {
                throw LexiconError(file: name, line: Self.line(of: error), message: "invalid YAML: \(error)")
            }
            guard let mapping = node?.mapping else {
                throw LexiconError(file: name, line: node?.mark?.line ?? 1, message: "a lexicon file must map list names to lists")
            }
            for (keyNode, value) in mapping {
                guard let list = keyNode.string else {
                    throw LexiconError(file: name, line: keyNode.mark?.line, message: "a list name must be text")
                }
                let key = Key(area: area, list: list)
                if let sequence = value.sequence {
                    sequences[key] = try sequence.map { try Self.word($0, file: name, list: list) }
                } else if let entries = value.mapping {
                    var table: [String: String] = [:]
                    for (word, meaning) in entries {
                        let word = try Self.word(word, file: name, list: list)
                        guard table.updateValue(try Self.word(meaning, file: name, list: list), forKey: word) == nil else {
                            throw LexiconError(file: name, line: meaning.mark?.line, message: "“\(word)” is listed twice in \(list)")
                        }
                    }
                    tables[key] = table
                } else {
                    throw LexiconError(file: name, line: value.mark?.line,
                                       message: "\(list) must be a list of words ([a, b]) or a table (a: b)")
                }
            }
        }
        return WordLists(sequences: sequences, tables: tables)
    }

    private static func word(_ node: Node, file: String, list: String) throws -> String {
        guard let scalar = node.scalar else {
            throw LexiconError(file: file, line: node.mark?.line, message: "an entry of \(list) must be a single word or phrase")
        }
        return scalar.string
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    /// This lexicon with a project's words added to its lists (a set gains words; a table gains or
    /// changes entries). Without additions it is this lexicon itself.
    /// - Throws: `LexiconError` (file `crosscheck.yml`) for an unknown list, a sequence given to a table or
    ///   a table to a set, or a number table given a value that is not a number.
    public func adding(_ additions: LexiconAdditions) throws -> WordLists {
        guard !additions.lists.isEmpty else { return self }
        var sequences = self.sequences
        var tables = self.tables
        for (area, lists) in additions.lists.sorted(by: { $0.key < $1.key }) {
            for (list, entries) in lists.sorted(by: { $0.key < $1.key }) {
                let key = Key(area: area, list: list)
                let path = "lexicon.\(area).\(list)"
                switch entries {
                case .words(let words):
                    guard sequences[key] != nil else { throw unknown(path, isTable: tables[key] != nil) }
                    sequences[key]? += words
                case .table(let table):
                    guard tables[key] != nil else { throw unknown(path, isTable: false, isSet: sets[key] != nil) }
                    if numberTables[key] != nil, let bad = table.first(where: { Double($0.value) == nil }) {
                        throw LexiconError(file: "crosscheck.yml", line: nil,
                                           message: "\(path): “\(bad.key)” must map to a number, not “\(bad.value)”")
                    }
                    tables[key]?.merge(table) { $1 }
                }
            }
        }
        return WordLists(sequences: sequences, tables: tables)
    }

    private func unknown(_ path: String, isTable: Bool, isSet: Bool = false) -> LexiconError {
        let message = isTable ? "\(path) is a table: give it entries (word: value), not a list"
            : isSet ? "\(path) is a list of words: give it a list ([a, b]), not a table"
            : "\(path) is not a list of the lexicon; lists are \(listNames.joined(separator: ", "))"
        return LexiconError(file: "crosscheck.yml", line: nil, message: message)
    }
}
