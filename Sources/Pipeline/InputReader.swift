import Foundation
import Ingest
import Model
import Yams

/// Reads the input folder: article files, and `sources.yml` overrides.
enum InputReader {
    static let articleExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]
    static let overridesName = "sources.yml"

    /// Article files in path order, plus notices for files that were skipped.
    static func files(in folder: URL) throws -> (files: [InputFile], notices: [Notice]) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PipelineError(.inputMissing, stage: "ingest", file: folder.path, message: "the input folder does not exist")
        }
        var files: [InputFile] = []
        var notices: [Notice] = []
        let base = folder.standardizedFileURL.path + "/"
        guard let enumerator = fm.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
                                             options: [.skipsHiddenFiles]) else { return ([], []) }
        for case let url as URL in enumerator {
            let path = String(url.standardizedFileURL.path.dropFirst(base.count))
            // Links are never followed, so no file from outside the input folder is read.
            if (try? fm.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType) == .typeSymbolicLink {
                notices.append(Notice(.warning, file: path, message: "a symbolic link: skipped (links are not followed)"))
                continue
            }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            if path == overridesName { continue }
            guard articleExtensions.contains(url.pathExtension.lowercased()) else {
                notices.append(Notice(.warning, file: path, message: "not an article file (.txt, .md, .html): skipped"))
                continue
            }
            guard let data = fm.contents(atPath: url.path) else {
                notices.append(Notice(.error, file: path, message: "cannot be read: skipped"))
                continue
            }
            files.append(InputFile(path: path, data: data))
        }
        files.sort { $0.path < $1.path }
        return (files, notices.sorted { $0.file < $1.file })
    }

    /// `sources.yml`: file name → field → value.
    /// - Throws: `PipelineError.sourcesInvalid` naming the file and line.
    static func overrides(in folder: URL, limits: Config.Limits = Config.Limits()) throws -> [String: [String: String]] {
        let url = folder.appendingPathComponent(overridesName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return [:] }
        do {
            guard let node = try SafeYAML.compose(String(decoding: data, as: UTF8.self), limits: limits) else { return [:] }
            guard let mapping = node.mapping else {
                throw PipelineError(.sourcesInvalid, stage: "ingest", file: url.path, line: 1,
                                    message: "expected a mapping of file names to fields")
            }
            var result: [String: [String: String]] = [:]
            for (key, value) in mapping {
                guard let file = key.string, let fields = value.mapping else {
                    throw PipelineError(.sourcesInvalid, stage: "ingest", file: url.path, line: key.mark.map { $0.line },
                                        message: "each entry must be a file name with a mapping of fields")
                }
                var entry: [String: String] = [:]
                for (field, fieldValue) in fields {
                    guard let name = field.string else { continue }
                    if let list = fieldValue.sequence {
                        entry[name] = list.compactMap(\.string).joined(separator: "; ")
                    } else {
                        entry[name] = fieldValue.string ?? ""
                    }
                }
                result[file] = entry
            }
            return result
        } catch let error as PipelineError {
            throw error
        } catch let refusal as SafeYAML.Refusal {
            throw PipelineError(.sourcesInvalid, stage: "ingest", file: url.path, line: refusal.line, message: refusal.message)
        } catch let error as YamlError {
            throw PipelineError(.sourcesInvalid, stage: "ingest", file: url.path, line: ConfigLoader.line(of: error),
                                message: "invalid YAML: \(error)")
        } catch {
            throw PipelineError(.sourcesInvalid, stage: "ingest", file: url.path, message: "invalid YAML: \(error)")
        }
    }
}
