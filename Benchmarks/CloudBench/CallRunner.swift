import AlibabaACK
import CloudRuntime

/// Issues the timed calls and keeps their latencies.
actor CallRunner {
    private let client: ACKClient
    private let request: ACK.DescribeClusterDetailRequest
    private let checkpoint: Int
    private var completed = 0
    /// The resident set read after the checkpoint call; -1 until then (or without a checkpoint).
    private(set) var checkpointResidentKiB = -1

    /// Creates a runner for one client and request; `checkpoint` is the call count after which to read the resident set.
    init(client: ACKClient, request: ACK.DescribeClusterDetailRequest, checkpoint: Int) {
        self.client = client
        self.request = request
        self.checkpoint = checkpoint
    }

    /// Runs `count` calls from `concurrency` tasks; returns every call's latency in nanoseconds.
    func run(count: Int, concurrency: Int) async throws -> [Double] {
        let client = self.client
        let request = self.request
        let counting = self.checkpoint > 0
        return try await withThrowingTaskGroup(of: [Double].self) { group in
            for worker in 0..<concurrency {
                let share = count / concurrency + (worker < count % concurrency ? 1 : 0)
                group.addTask {
                    var latencies: [Double] = []
                    latencies.reserveCapacity(share)
                    let clock = ContinuousClock()
                    for _ in 0..<share {
                        let started = clock.now
                        let response = try await client.describeClusterDetail(request)
                        latencies.append(Stopwatch.nanoseconds(clock.now - started))
                        blackHole(response)
                        if counting { await self.didComplete() }
                    }
                    return latencies
                }
            }
            var all: [Double] = []
            all.reserveCapacity(count)
            for try await part in group { all += part }
            return all
        }
    }

    private func didComplete() {
        self.completed += 1
        if self.completed == self.checkpoint { self.checkpointResidentKiB = ResourceUsage.currentResidentKiB }
    }
}
