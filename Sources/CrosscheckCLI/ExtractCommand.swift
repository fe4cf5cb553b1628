import ArgumentParser
import Extract
import Foundation
import Model
import Pipeline

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show the figures, dates and claims found in one article file, or in text on stdin (-).",
        discussion: """
            A file is read as `build` reads it (front matter, HTML, datelines, share buttons and other debris \
            left out), and its publication date is the reference date unless --reference-date is given. \
            Standard input is read as plain text.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, text
    }

    @Argument(help: "An article (.txt, .md, .html), or - to read plain text from standard input.")
    var file = "-"

    @Option(name: .customLong("reference-date"), help: "Publication date (YYYY-MM-DD) that relative dates resolve against; default the article's own date, else today.")
    var referenceDate: String?

    @Option(help: "Configuration file; built-in defaults when it does not exist.")
    var config = "crosscheck.yml"

    @Option(help: "Output format: json or text.")
    var format: Format = .json

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else if let contents = FileManager.default.contents(atPath: file) {
            data = contents
        } else {
            report("error: \(file): cannot be read")
            throw ExitCode.failure
        }
        var given: EventDate?
        if let referenceDate {
            guard let date = EventDate(iso: referenceDate), date.granularity == .day else {
                throw ValidationError("--reference-date takes a day as YYYY-MM-DD, e.g. 2023-03-13")
            }
            given = date
        }
        let configuration: Config
        do {
            configuration = try ConfigLoader.load(from: URL(fileURLWithPath: config))
        } catch let error as PipelineError {
            report("error: \(error)")
            throw ExitCode.failure
        }
        var body = String(decoding: data, as: UTF8.self)
        var published: EventDate?
        if file != "-" {
            (body, published) = Pipeline.articleText(path: file, data: data, config: configuration)
        }
        let reference = given ?? published ?? Self.today()
        let extractor = Extractor(config: configuration)
        let analysis = extractor.analyse(text: body, reference: reference)
        switch format {
        case .json: Swift.print(extractor.json(of: analysis))
        case .text: Swift.print(text(of: analysis), terminator: "")
        }
        report("\(analysis.mentions.count) mentions, \(analysis.claims.count) claims, dated against \(reference.iso)\(given == nil && published != nil ? " (the article's date)" : "").")
    }

    static func today() -> EventDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return EventDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// A human-readable listing: one line per mention, then one block per claim.
    func text(of analysis: TextAnalysis) -> String {
        var lines: [String] = ["Mentions:"]
        for mention in analysis.mentions {
            var line = "  \(mention.start)\t\(mention.kind.rawValue)\t“\(mention.text)”"
            if let value = mention.value { line += "\t\(value.notation) \(value.qualifier.rawValue)" + (value.unit.map { " \($0)" } ?? "") + (value.per.map { " per \($0)" } ?? "") }
            if let date = mention.date { line += "\t\(date.iso) (\(date.granularity.rawValue)\(date.inferred ? ", inferred" : ""))" }
            lines.append(line)
        }
        lines.append("Claims:")
        for claim in analysis.claims {
            var line = "  \(claim.measure ?? "?") “\(claim.value.text)” \(claim.value.value?.notation ?? "")"
            if !claim.term.isEmpty { line += " term=\(claim.term)" }
            if !claim.scope.isEmpty { line += " scope=\(claim.scope.joined(separator: "+"))" }
            if let speaker = claim.attribution { line += " by=\(speaker.name)" }
            if let date = claim.eventDate { line += " date=\(date.iso)" }
            lines.append(line)
            lines.append("    in: \(claim.sentence)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
