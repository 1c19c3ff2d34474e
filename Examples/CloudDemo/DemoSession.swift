import CloudRuntime
import CloudTestSupport
import Foundation
import SpecMockCore

/// What the demo found: whether every call behaved, and what did not.
struct DemoOutcome {
    var behaved: Bool { self.problems.isEmpty }
    var problems: [String] = []
}

/// Runs the demo: one mock server, the scripted calls, the table, the deliberate failure, the summary.
final class DemoSession {
    /// The spec folders the demo serves, under the `--spec` folder.
    static let specFolders = ["alibaba-ack", "kingsoft-kce", "kingsoft-kcr"]
    /// A clearly fake access key ID, accepted only by the local mock server.
    static let demoKeyID = "DEMO-FAKE-ACCESS-KEY-ID"
    /// The fake secret that goes with it; never printed.
    static let demoSecret = "demo-fake-secret-not-a-real-key"
    /// A different fake secret for the deliberate failure; never printed.
    static let wrongSecret = "demo-wrong-secret-also-fake"

    let specDirectory: String
    let responder: SpecExampleResponder
    let statuses = StatusLog()
    var rows: [DemoRow] = []
    var outcome = DemoOutcome()
    /// The request of the most recent call, as the server received it.
    var lastReceived: RecordedRequest?

    init(specDirectory: String) throws {
        self.specDirectory = specDirectory
        let directories = Self.specFolders.map { (specDirectory as NSString).appendingPathComponent($0) }
        self.responder = try SpecExampleResponder(directories: directories)
    }

    /// Starts the server, makes every call, prints the report.
    func run(verbose: Bool) async throws -> DemoOutcome {
        let server = try MockServer(
            verifying: [Self.demoKeyID: Self.demoSecret], handler: self.statuses.recording(self.responder))
        defer { server.shutdown() }
        self.printHeader(server)
        var details: [String] = []
        try await self.callAll(server, verbose: verbose, details: &details)
        for line in DemoRow.render(self.rows) { print(line) }
        for line in details { print(line) }
        print("")
        let expectedError = await self.deliberateFailure(server)
        self.printSummary(expectedError: expectedError)
        return self.outcome
    }

    /// A client configuration aimed at the mock server.
    func configuration(
        _ server: MockServer, algorithm: SignatureAlgorithm? = nil, rpcMethod: HTTPMethod? = nil
    ) -> ClientConfiguration {
        ClientConfiguration(
            endpoint: server.baseURL, signatureAlgorithm: algorithm, rpcMethod: rpcMethod,
            timeout: Timeout(connect: .seconds(5), request: .seconds(10)))
    }

    /// The demo credentials.
    var credentials: StaticCredentialsProvider {
        StaticCredentialsProvider(accessKeyID: Self.demoKeyID, accessKeySecret: Self.demoSecret)
    }

    /// Makes one call and records its table row; nil when it failed (the failure is recorded too).
    func call<Response: ServiceResponse>(
        _ service: String, _ operation: String, algorithm: SignatureAlgorithm, server: MockServer,
        _ send: () async throws -> Response, result: (Response) -> String
    ) async -> Response? {
        let before = server.requests.count
        var row = DemoRow(
            service: service, operation: operation, request: "-", signature: algorithm.rawValue, verdict: "-",
            status: "-", requestID: "-", result: "")
        defer { self.rows.append(row) }
        do {
            let response = try await send()
            let received = server.requests.dropFirst(before)
            guard received.count == 1, let request = received.first else {
                row.result = "FAILED: the server received \(received.count) requests"
                self.outcome.problems.append("\(service) \(operation): expected one request, got \(received.count)")
                return nil
            }
            self.lastReceived = request
            row.request = Self.describe(request)
            let verified = request.signatureCheck?.isValid == true
            row.verdict = verified ? "verified" : "REJECTED"
            if !verified { self.outcome.problems.append("\(service) \(operation): signature not verified") }
            row.status = self.statuses.status(of: request.sequenceNumber).map(String.init) ?? "?"
            row.requestID = response.requestID ?? "(none)"
            if response.requestID == nil { self.outcome.problems.append("\(service) \(operation): no request ID") }
            row.result = result(response)
            return response
        } catch {
            if let request = server.requests.dropFirst(before).last { row.request = Self.describe(request) }
            if let error = error as? ServiceError {
                row.status = String(error.httpStatus)
                row.requestID = error.requestID ?? "-"
            }
            row.result = "FAILED: \(error)"
            self.outcome.problems.append("\(service) \(operation) failed: \(error)")
            return nil
        }
    }

    /// `GET /clusters/c1` for ROA, `POST Action=DescribeCluster` for RPC.
    static func describe(_ request: RecordedRequest) -> String {
        if let action = rpcParameters(of: request).first(where: { $0.name == "Action" })?.value {
            return "\(request.method) Action=\(action)"
        }
        return "\(request.method) \(request.path)"
    }

    /// The RPC parameters as received: query, then form body.
    static func rpcParameters(of request: RecordedRequest) -> [QueryItem] {
        let isForm = request.header("Content-Type")?.lowercased().hasPrefix("application/x-www-form-urlencoded") ?? false
        return request.queryItems + (isForm ? request.formParameters : [])
    }
}
