/// Something a stage noticed about an input: shown in the build summary, on the sources page and by `check`.
public struct Notice: Hashable, Sendable, Codable {
    /// How serious a notice is; only errors make `check` fail.
    public enum Severity: String, Sendable, Codable, Comparable {
        case info, warning, error

        private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// The file the notice is about, relative to the input folder.
    public var file: String
    public var message: String
    /// A byte offset or line in the file, where one applies.
    public var line: Int?
    public var byteOffset: Int?

    public init(_ severity: Severity, file: String, message: String, line: Int? = nil, byteOffset: Int? = nil) {
        self.severity = severity
        self.file = file
        self.message = message
        self.line = line
        self.byteOffset = byteOffset
    }

    /// One line naming the file: `file:line: warning: message`.
    public var formatted: String {
        var location = file
        if let line { location += ":\(line)" }
        if let byteOffset { location += " (byte \(byteOffset))" }
        return "\(location): \(severity.rawValue): \(message)"
    }
}
