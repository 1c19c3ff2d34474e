import CloudRuntime

/// The lines `cloudctl` shows while a waiter polls.
enum WaitProgressText {
    /// The line before the first poll: what is polled, how often, for how long.
    static func start(_ waiter: WaiterCatalogEntry, options: WaiterOptions) -> String {
        let interval = options.interval ?? waiter.interval
        let timeout = options.timeout ?? waiter.timeout
        return "waiting for \(waiter.name): polling \(waiter.operation) every \(Self.seconds(interval)), "
            + "for up to \(Self.seconds(timeout))"
    }

    /// The line after a poll that did not end the wait.
    static func progress(_ progress: WaiterProgress) -> String {
        let state = progress.state.map { "state '\($0)'" } ?? "no state yet"
        return "waiting for \(progress.waiter): poll \(progress.attempt), \(Self.seconds(progress.elapsed)), \(state)"
    }

    /// The line once the wanted state is reached.
    static func done(_ waiter: WaiterCatalogEntry, elapsed: Duration) -> String {
        "\(waiter.name): reached after \(Self.seconds(elapsed))"
    }

    /// Whole seconds, or milliseconds below one second: `15 s`, `250 ms`.
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        if seconds == 0 && attoseconds > 0 { return "\(attoseconds / 1_000_000_000_000_000) ms" }
        return "\(seconds) s"
    }
}
