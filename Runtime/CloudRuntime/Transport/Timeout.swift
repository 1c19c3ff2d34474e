/// Time limits for one HTTP exchange.
///
/// Both limits are enforced by the transport: ``connect`` bounds establishing the connection
/// (TCP and TLS), ``request`` bounds the whole exchange from start to the last body byte,
/// connecting included.
public struct Timeout: Sendable, Hashable {
    /// The longest time establishing a connection may take.
    public var connect: Duration
    /// The longest time the whole exchange may take, connecting included.
    public var request: Duration

    /// Creates time limits.
    ///
    /// - Parameters:
    ///   - connect: The connect limit, for example `.seconds(10)`.
    ///   - request: The limit for the whole exchange, for example `.seconds(60)`.
    public init(connect: Duration, request: Duration) {
        self.connect = connect
        self.request = request
    }
}

extension Duration {
    /// Whole milliseconds, rounded up and at least 1, clamped to `Int` range.
    ///
    /// Rounding up matters because curl reads 0 as "no limit": a tiny positive limit must stay a limit.
    var clampedMilliseconds: Int {
        let (seconds, attoseconds) = self.components
        guard seconds >= 0, !(seconds == 0 && attoseconds <= 0) else { return 1 }
        let (fromSeconds, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        if overflow { return Int.max }
        let attosecondsPerMillisecond: Int64 = 1_000_000_000_000_000
        let fraction = (attoseconds + attosecondsPerMillisecond - 1) / attosecondsPerMillisecond
        let (total, overflowTotal) = fromSeconds.addingReportingOverflow(fraction)
        if overflowTotal { return Int.max }
        return Int(clamping: max(total, 1))
    }
}
