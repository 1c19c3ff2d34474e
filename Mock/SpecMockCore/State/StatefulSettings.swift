/// How quickly resources of the stateful mock settle.
public struct StatefulSettings: Sendable, Hashable {
    /// How many describe calls of a resource it takes to leave a transitional state: with 2, the
    /// first describe after CreateCluster answers `initial` and the second `running`. Default 2.
    public var pollsToSettle: Int
    /// Seconds after which a transitional state ends whatever the polls; nil for polls only (default).
    public var secondsToSettle: Double?

    /// Creates settings.
    /// - Parameters:
    ///   - pollsToSettle: Describe calls to leave a transitional state (at least 1); default 2.
    ///   - secondsToSettle: Time to leave it regardless of polls; default nil.
    public init(pollsToSettle: Int = 2, secondsToSettle: Double? = nil) {
        self.pollsToSettle = max(1, pollsToSettle)
        self.secondsToSettle = secondsToSettle
    }
}
