/// Times a closure with `ContinuousClock` and returns nanoseconds per iteration.
enum Stopwatch {
    /// Runs `body` `iterations` times and returns the mean time of one run, in nanoseconds.
    ///
    /// - Parameters:
    ///   - iterations: How many times to run `body` inside one timed span.
    ///   - body: The work to time; its result is kept alive so the optimizer cannot drop it.
    /// - Returns: Nanoseconds per iteration.
    /// - Throws: What `body` throws.
    static func nanosecondsPerIteration<T>(_ iterations: Int, _ body: () throws -> T) rethrows -> Double {
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for _ in 0..<iterations {
                blackHole(try body())
            }
        }
        return self.nanoseconds(elapsed) / Double(iterations)
    }

    /// A duration in nanoseconds.
    static func nanoseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1e9 + Double(parts.attoseconds) / 1e9
    }
}

/// Keeps a value observable so the optimizer cannot remove the work that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
