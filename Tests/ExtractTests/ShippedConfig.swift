import Model
import Pipeline
import TestSupport

/// The shipped configuration (the repository's `crosscheck.yml`, read by the real loader over the built-in
/// defaults) and the small, named overrides some tests add to it.
enum ShippedConfig {
    /// The repository's `crosscheck.yml`.
    static let standard: Config = {
        do { return try ConfigLoader.load(from: Fixtures.config) } catch { fatalError("crosscheck.yml: \(error)") }
    }()

    /// The shipped configuration plus a user-added measure, to show topics come from config alone.
    static let withCasualties: Config = {
        var config = standard
        config.measures.append(Config.Measure(id: "protesters", label: "protesters", unit: "people",
                                              terms: ["protesters", "demonstrators", "marchers"]))
        config.topics.append(Config.Topic(id: "crowds", title: "Crowd size", measures: ["protesters"]))
        return config
    }()
}
