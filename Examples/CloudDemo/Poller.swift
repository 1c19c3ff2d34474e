/// Polls until a resource reaches a state, printing one progress line per poll.
///
/// The one place the demo waits; a generated `waitUntil…` client method can replace its body.
enum Poller {
    /// Why waiting ended without reaching the state.
    struct Timeout: Error, CustomStringConvertible {
        let description: String
    }

    /// Calls `describe` until it reports one of `targets` (nil from `describe` means the resource is gone).
    /// - Parameters:
    ///   - label: What is awaited, e.g. `cluster c1 running`.
    ///   - targets: The states that end the wait; include `"gone"` to wait for a deletion.
    ///   - maxPolls: Polls before giving up.
    ///   - interval: Pause between polls.
    ///   - describe: One describe call; returns the state, or nil when the resource no longer exists.
    /// - Returns: The state reached and the number of polls.
    /// - Throws: ``Timeout`` after `maxPolls`, or what `describe` throws.
    static func wait(
        for label: String, until targets: Set<String>, maxPolls: Int = 20, interval: Duration = .milliseconds(100),
        describe: () async throws -> String?
    ) async throws -> (state: String, polls: Int) {
        var trail: [String] = []
        for poll in 1...maxPolls {
            let state = try await describe() ?? "gone"
            trail.append(state)
            print("     waiting for \(label): " + trail.joined(separator: " → "))
            if targets.contains(state) { return (state, poll) }
            try await Task.sleep(for: interval)
        }
        throw Timeout(description: "\(label): not reached after \(maxPolls) polls (last: \(trail.last ?? "-"))")
    }
}
