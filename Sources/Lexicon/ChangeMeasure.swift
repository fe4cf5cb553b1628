/// A measure read from a verb of change carries its direction as a suffix ("inflation-rise", "spending-fall";
/// the directions are the values of `figures.changeDirections`). Extraction names such measures; reconciliation
/// compares a rise with a fall of one quantity.
public enum ChangeMeasure {
    /// The direction a change measure ends in ("spending-fall" → "fall"), or nil for any other measure.
    public static func direction(of measure: String) -> String? {
        Set(WordLists.current.table("figures", "changeDirections").values).first { measure.hasSuffix("-" + $0) }
    }

    /// The quantity a change measure moves ("inflation-rise" → "inflation"); any other measure as it is.
    public static func withoutDirection(_ measure: String) -> String {
        direction(of: measure).map { String(measure.dropLast($0.count + 1)) } ?? measure
    }
}
