import Model
@testable import Extract

/// The shipped configuration plus the measures of humanitarian reporting (missing, displaced, injured,
/// arrested, rescued, cases) in a topic of their own, as a user would add them to `crosscheck.yml`.
extension ShippedConfig {
    static let humanitarianMeasures: [Config.Measure] = [
        Config.Measure(id: "missing", label: "people missing", unit: "people", terms: ["missing"], cues: ["missing"]),
        Config.Measure(id: "displaced", label: "people displaced", unit: "people", cues: ["displaced", "evacuated"]),
        Config.Measure(id: "injured", label: "people injured", unit: "people", terms: ["injured", "wounded"],
                       cues: ["injured", "wounded"]),
        Config.Measure(id: "arrested", label: "people arrested", unit: "people", cues: ["arrested", "detained"]),
        Config.Measure(id: "rescued", label: "people rescued", unit: "people", cues: ["rescued"]),
        Config.Measure(id: "cases", label: "cases", unit: "people", terms: ["cases", "infections"],
                       cues: ["infected", "tested positive"]),
    ]

    /// The shipped configuration with the humanitarian measures placed before the catch-all `people`.
    static let humanitarian: Config = {
        var config = standard
        let at = config.measures.firstIndex { $0.id == "people" } ?? config.measures.count
        config.measures.insert(contentsOf: humanitarianMeasures, at: at)
        config.topics.insert(Config.Topic(id: "humanitarian", title: "Humanitarian toll",
                                          measures: humanitarianMeasures.map(\.id)), at: 1)
        return config
    }()
}
