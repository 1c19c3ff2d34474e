import AlibabaACK
import ArgumentParser
import Foundation

/// `CloudBench decode`: decodes a `DescribeClustersV1` response body as the client does.
///
/// The client decodes response bodies with a plain `JSONDecoder`; this does the same on a file,
/// once per process when `--repetitions` is 1, so the peak resident set belongs to one decode.
struct DecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode", abstract: "Decode a DescribeClustersV1 response from a file; time and peak memory.")

    @Argument(help: "The JSON response body to decode.")
    var file: String

    @Option(help: "Decodes in this process (the first one sets the peak memory figure).")
    var repetitions: Int = 1

    func run() throws {
        guard self.repetitions > 0 else { throw ValidationError("--repetitions must be positive") }
        guard let data = FileManager.default.contents(atPath: self.file) else {
            throw BenchError("cannot read '\(self.file)'")
        }
        let residentBefore = ResourceUsage.currentResidentKiB
        let peakBefore = ResourceUsage.peakResidentKiB
        var samples: [Double] = []
        var clusters = 0
        let clock = ContinuousClock()
        for _ in 0..<self.repetitions {
            var decoded: ACK.DescribeClustersV1Response?
            let elapsed = try clock.measure {
                decoded = try JSONDecoder().decode(ACK.DescribeClustersV1Response.self, from: data)
            }
            clusters = decoded?.clusters?.count ?? 0
            blackHole(decoded)
            samples.append(Stopwatch.nanoseconds(elapsed))
        }
        JSONLine(fields: [
            "bench": "decode", "impl": "cloudsdk", "bytes": .int(data.count), "clusters": .int(clusters),
            "ns": .doubles(samples), "rss_before_kib": .int(residentBefore), "peak_before_kib": .int(peakBefore),
            "peak_rss_kib": .int(ResourceUsage.peakResidentKiB),
        ]).emit()
    }
}
