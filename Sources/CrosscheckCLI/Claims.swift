import ArgumentParser
import Compose
import Foundation
import Model
import Pipeline

struct Claims: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print every claim and proposition of the corpus to stdout.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var project: ProjectOptions

    @Option(help: "Output format: table, json (as claims.json) or csv (as claims.csv).")
    var format: Format = .table

    func run() throws {
        let analysis: Analysis
        do {
            let config = try ConfigLoader.load(from: project.url(project.config))
            var timer = StageTimer()
            analysis = try Pipeline.analyse(input: project.url(project.input), config: config, timer: &timer)
        } catch let error as PipelineError {
            report("error: \(error)")
            throw ExitCode.failure
        }
        switch format {
        case .json: FileHandle.standardOutput.write(Export.json(analysis))
        case .csv: FileHandle.standardOutput.write(Data(Export.csv(analysis).utf8))
        case .table: Swift.print(table(analysis), terminator: "")
        }
        report("\(analysis.claims.count) claims in \(analysis.sources.count) sources, \(analysis.propositions.count) propositions.")
    }

    func table(_ analysis: Analysis) -> String {
        let status = Dictionary(analysis.propositions.flatMap { p in p.members.map { ($0, p.status.rawValue) } },
                                uniquingKeysWith: { first, _ in first })
        let header = ["claim", "measure", "value", "qualifier", "speaker", "date", "status"]
        var rows = [header]
        for claim in analysis.claims {
            rows.append([claim.id.rawValue, claim.measure ?? "-", claim.value.notation, claim.value.qualifier.rawValue,
                         claim.attribution?.name ?? "-", claim.eventDate?.iso ?? "-", status[claim.id] ?? "-"])
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }
}
