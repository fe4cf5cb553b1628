/// Why rendering failed, with the template file and line where one applies.
public struct RenderError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable {
        case templateMissing, templateSyntax, templateUnreadable
    }

    public var code: Code
    public var file: String
    public var line: Int?
    public var message: String

    public init(_ code: Code, file: String, line: Int? = nil, message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
