import AlibabaACK
import ArgumentParser
import CloudRuntime
import Foundation
import InMemoryTracing
import MetricsTestKit

/// `CloudBench calls`: `DescribeClusterDetail` end to end (build, sign, send, decode) against a
/// local server over keep-alive connections.
///
/// `--concurrency` tasks share the calls; each call's latency is recorded. With
/// `--memory-checkpoint`, the resident set is also read after that many calls (the warm-up),
/// and the line reports it beside the resident set at the end and the peak.
struct CallsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calls", abstract: "Call DescribeClusterDetail against a local server; calls/s and latency.")

    @Option(help: "The server's base URL, e.g. http://127.0.0.1:8080.")
    var endpoint: String

    @Option(help: "How many calls to time.")
    var count: Int = 2_000

    @Option(help: "How many tasks issue calls at once.")
    var concurrency: Int = 1

    @Option(help: "Untimed calls before timing, to open connections and warm caches.")
    var warmup: Int = 100

    @Option(help: "Report the resident set after this many timed calls too (0: do not).")
    var memoryCheckpoint: Int = 0

    @Option(help: "ROA signature algorithm: acs-hmac-sha1 or acs3-hmac-sha256.")
    var algorithm: String = "acs-hmac-sha1"

    @Option(
        help: """
            Tracing and metrics: noop (nothing bootstrapped, as a user gets by default), memory (an \
            in-memory tracer and metrics factory), or unobserved (calls report nothing at all).
            """)
    var observe: String = "noop"

    func run() async throws {
        guard self.count > 0, self.concurrency > 0, self.warmup >= 0 else {
            throw ValidationError("--count and --concurrency must be positive, --warmup not negative")
        }
        guard let url = URL(string: self.endpoint), url.host != nil else {
            throw ValidationError("--endpoint must be a URL such as http://127.0.0.1:8080")
        }
        guard let signature = SignatureAlgorithm(rawValue: self.algorithm) else {
            throw ValidationError("unknown --algorithm '\(self.algorithm)'")
        }
        var configuration = ClientConfiguration(region: "cn-hangzhou", endpoint: url, signatureAlgorithm: signature)
        switch self.observe {
        case "noop": break
        case "memory":
            configuration.tracer = InMemoryTracer()
            configuration.metricsFactory = TestMetrics()
        case "unobserved": configuration.observesCalls = false
        default: throw ValidationError("--observe must be noop, memory or unobserved")
        }
        let client = ACKClient(
            configuration: configuration,
            credentials: StaticCredentialsProvider(accessKeyID: "LTAI5tBenchAccessKey01", accessKeySecret: "BenchSecret01"))
        let request = ACK.DescribeClusterDetailRequest(clusterID: "c82e6987e2961451182edacd74faf0f2")

        for _ in 0..<self.warmup {
            _ = try await client.describeClusterDetail(request)
        }
        let runner = CallRunner(client: client, request: request, checkpoint: self.memoryCheckpoint)
        let clock = ContinuousClock()
        let cpuBefore = ResourceUsage.cpuNanoseconds
        let switchesBefore = ResourceUsage.contextSwitches
        let started = clock.now
        let latencies = try await runner.run(count: self.count, concurrency: self.concurrency)
        let elapsed = Stopwatch.nanoseconds(clock.now - started)
        let cpuPerCall = (ResourceUsage.cpuNanoseconds - cpuBefore) / Double(self.count)
        let switchesPerCall = (ResourceUsage.contextSwitches - switchesBefore) / Double(self.count)

        let sorted = latencies.sorted()
        JSONLine(fields: [
            "bench": "calls", "impl": "cloudsdk", "count": .int(self.count), "concurrency": .int(self.concurrency),
            "algorithm": .string(self.algorithm), "observe": .string(self.observe), "elapsed_ns": .double(elapsed),
            "calls_per_s": .double(Double(self.count) / (elapsed / 1e9)),
            "p50_ns": .double(Percentile.of(sorted, 0.50)), "p99_ns": .double(Percentile.of(sorted, 0.99)),
            "cpu_ns_per_call": .double(cpuPerCall), "switches_per_call": .double(switchesPerCall),
            "checkpoint": .int(self.memoryCheckpoint),
            "rss_checkpoint_kib": .int(await runner.checkpointResidentKiB),
            "rss_end_kib": .int(ResourceUsage.currentResidentKiB), "peak_rss_kib": .int(ResourceUsage.peakResidentKiB),
        ]).emit()
    }
}
