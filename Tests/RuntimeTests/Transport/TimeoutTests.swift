@testable import CloudRuntime
import Testing

@Suite struct TimeoutTests {
    @Test(arguments: [
        (Duration.seconds(10), 10_000),
        (.milliseconds(300), 300),
        (.microseconds(1500), 2),  // rounded up
        (.nanoseconds(1), 1),  // never 0, which curl reads as "no limit"
        (.zero, 1),
        (.seconds(-3), 1),
        (.seconds(Int64.max), Int.max),
    ])
    func millisecondsForCurl(duration: Duration, expected: Int) {
        #expect(duration.clampedMilliseconds == expected)
    }
}
