/// A build failure with the stage it happened in, the file it concerns and the underlying cause.
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    /// What failed.
    public enum Code: String, Sendable {
        case configInvalid, inputMissing, templatesInvalid, outputUnwritable, sourcesInvalid
    }

    public var code: Code
    public var stage: String
    public var file: String
    public var line: Int?
    public var message: String

    public init(_ code: Code, stage: String, file: String, line: Int? = nil, message: String) {
        self.code = code
        self.stage = stage
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message` — what the CLI prints and the preview overlay shows.
    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
