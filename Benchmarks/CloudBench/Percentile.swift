/// Nearest-rank percentiles.
enum Percentile {
    /// The value at fraction `p` of an ascending array; 0 for an empty one.
    static func of(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}
