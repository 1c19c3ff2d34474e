import AlibabaACK
import ArgumentParser
import CloudRuntime
import Foundation

/// `CloudBench decode`: decodes a `DescribeClustersV1` response body as the client does, or with
/// Foundation's strict `JSONDecoder` for comparison.
///
/// The first decode of the process sets the peak memory figure (later ones reuse the memory the
/// first freed; `peak_first_kib` and `peak_rss_kib` show whether they did); run one process per
/// decoder so each peak belongs to that decoder alone. The first decode's time also carries the
/// process's one-time costs (heap pages touched for the first time, the runtime's caches filled),
/// so a driver keeps it apart from the later ones.
struct DecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode", abstract: "Decode a DescribeClustersV1 response from a file; time and peak memory.")

    /// Which decoder reads the body.
    enum Decoder: String, ExpressibleByArgument {
        /// The client's tolerant decoder (`ResponseDecoder`), recording drift.
        case tolerant
        /// Foundation's `JSONDecoder`, which fails at the first value of another type.
        case foundation
    }

    @Argument(help: "The JSON response body to decode.")
    var file: String

    @Option(help: "Decodes in this process (the first one sets the peak memory figure).")
    var repetitions: Int = 1

    @Option(help: "tolerant (the client's decoder) or foundation (JSONDecoder).")
    var decoder: Decoder = .tolerant

    func run() throws {
        guard self.repetitions > 0 else { throw ValidationError("--repetitions must be positive") }
        guard let data = FileManager.default.contents(atPath: self.file) else {
            throw BenchError("cannot read '\(self.file)'")
        }
        let residentBefore = ResourceUsage.currentResidentKiB
        let peakBefore = ResourceUsage.peakResidentKiB
        var samples: [Double] = []
        var peakAfterFirst = 0
        var clusters = 0
        let clock = ContinuousClock()
        for _ in 0..<self.repetitions {
            var decoded: ACK.DescribeClustersV1Response?
            let elapsed = try clock.measure {
                switch self.decoder {
                case .tolerant:
                    decoded = try ResponseDecoder().decode(ACK.DescribeClustersV1Response.self, from: data).value
                case .foundation:
                    decoded = try JSONDecoder().decode(ACK.DescribeClustersV1Response.self, from: data)
                }
            }
            clusters = decoded?.clusters?.count ?? 0
            blackHole(decoded)
            samples.append(Stopwatch.nanoseconds(elapsed))
            if samples.count == 1 { peakAfterFirst = ResourceUsage.peakResidentKiB }
        }
        JSONLine(fields: [
            "bench": "decode", "impl": .string(self.decoder.rawValue), "bytes": .int(data.count),
            "clusters": .int(clusters),
            "ns": .doubles(samples), "rss_before_kib": .int(residentBefore), "peak_before_kib": .int(peakBefore),
            "peak_first_kib": .int(peakAfterFirst), "peak_rss_kib": .int(ResourceUsage.peakResidentKiB),
        ]).emit()
    }
}
