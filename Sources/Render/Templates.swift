import Foundation
import Mustache

/// The site's Mustache templates, compiled once: `layout`, a template per page kind, and partials.
public struct Templates: Sendable {
    /// Templates every site needs.
    public static let required = ["layout", "index", "topic", "timeline", "sources", "source", "methodology"]

    let library: MustacheLibrary
    /// Files copied to the site as they are (stylesheet, images), by site path.
    public let assets: [String: Data]

    /// Loads every `*.mustache` file in a folder and every other file as an asset.
    /// - Throws: `RenderError` naming the file (and line) that is missing, unreadable or malformed.
    public init(directory: URL) throws {
        var library = MustacheLibrary()
        var assets: [String: Data] = [:]
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else {
            throw RenderError(.templateUnreadable, file: directory.path, message: "cannot read the templates folder")
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = directory.appendingPathComponent(name)
            guard let data = fm.contents(atPath: url.path) else { continue }
            if name.hasSuffix(".mustache") {
                let text = String(decoding: data, as: UTF8.self)
                do {
                    library.register(try MustacheTemplate(string: text), named: String(name.dropLast(".mustache".count)))
                } catch let error as MustacheTemplate.ParserError {
                    throw RenderError(.templateSyntax, file: url.path, line: error.context.lineNumber,
                                      message: "template syntax error: \(error.error) near “\(error.context.line.trimmingCharacters(in: .whitespaces))”")
                }
            } else {
                var isDirectory: ObjCBool = false
                if fm.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    assets[name] = data
                }
            }
        }
        for name in Templates.required where library.getTemplate(named: name) == nil {
            throw RenderError(.templateMissing, file: directory.appendingPathComponent(name + ".mustache").path,
                              message: "template missing: every site needs \(name).mustache")
        }
        self.library = library
        self.assets = assets
    }

    func render(_ context: [String: Any], with name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
