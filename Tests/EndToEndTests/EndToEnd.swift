import CloudRuntime
import CloudTestSupport
import Foundation
import HTTPTypes
import SharedTestSupport
import SpecMockCore
import Testing

/// Shared fixtures: the service specs' example responder, fake credentials, client configurations.
enum EndToEnd {
    /// A fake access key; the mock server verifies signatures made with it.
    static let accessKeyID = "E2EFAKEKEYID0001"
    /// The fake secret that goes with ``accessKeyID``; it must never appear in any output.
    static let secret = "e2e-fake-secret-3b7d91"
    /// Credentials the clients sign with.
    static let credentials = StaticCredentialsProvider(accessKeyID: accessKeyID, accessKeySecret: secret)

    /// The repository root.
    static let root = RepositoryFolders.root

    /// The folder holding the service specs.
    static let specFolder = RepositoryFolders.specFolder

    /// The spec folders served: every service folder, as specmock finds them.
    static let specDirectories = SpecFolder.serviceDirectories(in: specFolder)

    private static let loaded = Result { () throws(SpecMockError) -> SpecExampleResponder in
        try SpecExampleResponder(directories: specDirectories)
    }

    /// The responder serving every example of the three specs (loaded once).
    static func responder() throws -> SpecExampleResponder {
        try self.loaded.get()
    }

    /// Runs `body` with a signature-verifying mock server that serves the spec examples.
    static func withSpecServer<T>(_ body: (MockServer) async throws -> T) async throws -> T {
        try await MockServer.withServer(
            verifying: [accessKeyID: secret], handler: try responder().handler, body: body)
    }

    /// A configuration pointing at the mock server.
    static func configuration(
        _ server: MockServer, algorithm: SignatureAlgorithm? = nil, rpcMethod: HTTPRequest.Method? = nil,
        timeout: Timeout = Timeout(connect: .seconds(5), request: .seconds(10))
    ) -> ClientConfiguration {
        ClientConfiguration(
            endpoint: server.baseURL, signatureAlgorithm: algorithm, rpcMethod: rpcMethod, timeout: timeout)
    }

    /// The one request the server received; fails the test when there is not exactly one.
    static func onlyRequest(_ server: MockServer) throws -> RecordedRequest {
        let requests = server.requests
        try #require(requests.count == 1, "expected one request, got \(requests.count)")
        return requests[0]
    }

    /// The documented example an operation answers with, parsed.
    static func example(_ service: String, _ operationID: String) throws -> JSONValue {
        let responder = try responder()
        let operation = try #require(responder.operation(service: service, operationID: operationID))
        let example = try #require(responder.example(for: operation))
        return try JSONDecoder().decode(JSONValue.self, from: Data(example.json.utf8))
    }

    /// Parameters as sorted `name=value` lines, for exact comparison.
    static func lines(_ items: [QueryItem]) -> [String] {
        items.map { "\($0.name)=\($0.value)" }.sorted()
    }

    /// The verifier scheme a client signature algorithm produces.
    static func scheme(of algorithm: SignatureAlgorithm) -> SignatureVerifier.Scheme {
        switch algorithm {
        case .acsHMACSHA1: .acsHMACSHA1
        case .acs3HMACSHA256: .acs3HMACSHA256
        case .aws4HMACSHA256: .aws4HMACSHA256
        }
    }

    /// Expects that the independent verifier accepted the request's signature, made with `algorithm`.
    static func expectVerified(
        _ request: RecordedRequest, _ algorithm: SignatureAlgorithm, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let check = request.signatureCheck
        #expect(check?.isValid == true, "\(String(describing: check))", sourceLocation: sourceLocation)
        #expect(check?.scheme == scheme(of: algorithm), sourceLocation: sourceLocation)
        #expect(check?.accessKeyID == accessKeyID, sourceLocation: sourceLocation)
    }
}

extension JSONValue {
    /// The member of an object.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The element of an array.
    subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The string, when this is one.
    var stringValue: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    /// The number, when this is one.
    var numberValue: Double? {
        guard case .number(let number) = self else { return nil }
        return number
    }

    /// The element count, when this is an array.
    var count: Int? {
        guard case .array(let elements) = self else { return nil }
        return elements.count
    }

    /// Parses JSON text.
    static func parse(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }
}
