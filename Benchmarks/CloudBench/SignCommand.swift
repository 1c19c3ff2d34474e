import ArgumentParser
import CloudRuntime
import Foundation
import HTTPTypes

/// `CloudBench sign`: the per-request cost of each signer against the OpenSSL floor.
///
/// Every algorithm signs the first vector of its fixture file, so the request, the credentials,
/// the date and the nonce are the ones the vendors' SDKs signed. The signature is checked
/// against the vendor's before anything is timed. Repetitions interleave the signer and the
/// floors, so machine noise hits them alike.
struct SignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign", abstract: "Time each signer and the raw OpenSSL floor on the fixture requests.")

    @Option(help: "The folder of the signature fixtures (acs-hmac-sha1.json, ...).")
    var fixtures: String = "Tests/RuntimeTests/Fixtures"

    @Option(help: "Signatures per timed span.")
    var iterations: Int = 20_000

    @Option(help: "Timed spans per implementation.")
    var repetitions: Int = 9

    func run() throws {
        guard self.iterations > 0, self.repetitions > 0 else {
            throw ValidationError("--iterations and --repetitions must be positive")
        }
        for algorithm in SignedAlgorithm.allCases {
            try self.measure(algorithm)
        }
    }

    private func measure(_ algorithm: SignedAlgorithm) throws {
        let vector = try SignatureVector.first(in: "\(self.fixtures)/\(algorithm.rawValue).json")
        let request = try vector.httpRequest()
        let credentials = vector.runtimeCredentials
        let context = try vector.signingContext()
        let signer = algorithm.signer
        let floor = algorithm.floor(for: vector, body: request.body, context: context)

        let signed = try signer.sign(request.request, body: request.body, credentials: credentials, context: context)
        guard let expected = vector.expectedAuthorization, signed.headerFields[.authorization] == expected else {
            throw BenchError("\(algorithm.rawValue): the signer's Authorization differs from the vendor's; not timing it")
        }
        guard expected.hasSuffix(algorithm.encode(floor.signature)) else {
            throw BenchError("\(algorithm.rawValue): the OpenSSL floor's signature differs from the vendor's")
        }
        _ = floor.allCrypto()

        var ours: [Double] = []
        var hmacOnce: [Double] = []
        var allCrypto: [Double] = []
        for _ in 0..<self.repetitions {
            ours.append(try Stopwatch.nanosecondsPerIteration(self.iterations) {
                try signer.sign(request.request, body: request.body, credentials: credentials, context: context)
            })
            hmacOnce.append(Stopwatch.nanosecondsPerIteration(self.iterations) { floor.hmacOnce() })
            allCrypto.append(Stopwatch.nanosecondsPerIteration(self.iterations) { floor.allCrypto() })
        }
        for (implementation, samples) in [("cloudsdk", ours), ("openssl-hmac", hmacOnce), ("openssl-all-crypto", allCrypto)] {
            JSONLine(fields: [
                "bench": "sign", "algorithm": .string(algorithm.rawValue), "impl": .string(implementation),
                "iterations": .int(self.iterations), "ns_per_op": .doubles(samples),
            ]).emit()
        }
    }
}
