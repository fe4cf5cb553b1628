import Foundation
import Mustache

/// The site's Mustache templates, compiled once: `layout`, a template per page kind, and partials.
public struct Templates: Sendable {
    /// Templates every site needs.
    public static let required = ["layout", "index", "topic", "timeline", "sources", "source", "methodology"]

    let library: MustacheLibrary
    /// Every file the templates were read from (name → bytes), so a cache can key rendered pages by them.
    public let files: [String: Data]
    /// Files copied to the site as they are (stylesheet, images), by site path.
    public let assets: [String: Data]
    /// Symbolic links in the templates folder, skipped so that nothing from outside it reaches the site.
    public private(set) var skippedLinks: [String] = []

    /// Loads every `*.mustache` file in a folder and every other file as an asset.
    /// - Throws: `RenderError` naming the file (and line) that is missing, unreadable or malformed.
    public init(directory: URL) throws {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else {
            throw RenderError(.templateUnreadable, file: directory.path, message: "cannot read the templates folder")
        }
        var files: [String: Data] = [:]
        var links: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = directory.appendingPathComponent(name)
            if (try? fm.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType) == .typeSymbolicLink {
                links.append(url.path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = fm.contents(atPath: url.path) else { continue }
            files[name] = data
        }
        try self.init(files: files, folder: directory.path)
        skippedLinks = links
    }

    /// The templates built into the binary (the repository's `templates/`), for projects without a
    /// templates folder of their own.
    public static func builtIn() -> Templates {
        // The built-in text is tested to compile; a failure here is a programming error.
        try! Templates(files: DefaultTemplates.files.mapValues { Data($0.utf8) }, folder: "built-in templates")
    }

    /// Compiles templates from file name → bytes; `folder` names where they came from in errors.
    init(files: [String: Data], folder: String) throws {
        var library = MustacheLibrary()
        var assets: [String: Data] = [:]
        for (name, data) in files.sorted(by: { $0.key < $1.key }) {
            guard name.hasSuffix(".mustache") else {
                assets[name] = data
                continue
            }
            let path = (folder as NSString).appendingPathComponent(name)
            let text = String(decoding: data, as: UTF8.self)
            do {
                // Escaped on bytes (`HTMLEscape`, the same output as Mustache's own HTML escaping). A text the
                // pragma line would not compile before is compiled as it is, for its error (and its line).
                _ = HTMLEscape.registered
                let template = try (try? MustacheTemplate(string: HTMLEscape.pragma + text)) ?? MustacheTemplate(string: text)
                library.register(template, named: String(name.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                throw RenderError(.templateSyntax, file: path, line: error.context.lineNumber,
                                  message: "template syntax error: \(error.error) near “\(error.context.line.trimmingCharacters(in: .whitespaces))”")
            }
        }
        for name in Templates.required where library.getTemplate(named: name) == nil {
            throw RenderError(.templateMissing, file: (folder as NSString).appendingPathComponent(name + ".mustache"),
                              message: "template missing: every site needs \(name).mustache")
        }
        self.library = library
        self.assets = assets
        self.files = files
    }

    func render(_ context: [String: Any], with name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
