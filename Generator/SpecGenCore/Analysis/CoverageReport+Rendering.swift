import Foundation

extension CoverageReport: RenderableReport {
    /// A percentage with one decimal, as the text and markdown forms print it (`54.5%`).
    static func percent(_ value: Double) -> String {
        String(format: "%.1f%%", value)
    }

    /// `covered/documented`.
    static func fraction(_ tally: Tally) -> String {
        "\(tally.covered)/\(tally.documented)"
    }

    /// `consistent/documented`: attributes that agree or are recorded differences, of those documented.
    static func fraction(_ tally: AttributeTally) -> String {
        "\(tally.agrees + tally.recorded)/\(tally.documented)"
    }

    /// The attribute counts in words: `80.0% (3 agree, 1 recorded, 1 differ, 0 unchecked, of 5)`, or
    /// `none recorded`.
    static func summary(_ tally: AttributeTally) -> String {
        guard tally.documented > 0 else { return "none recorded" }
        return "\(Self.percent(tally.percent)) (\(tally.agrees) agree, \(tally.recorded) recorded, "
            + "\(tally.differs) differ, \(tally.unchecked) unchecked, of \(tally.documented))"
    }
}
