import CloudRuntime
import CloudTestSupport
import Foundation
import SharedTestSupport
import SpecMockCore
import Testing

/// The three specs served by ``SpecMock``, loaded once, and shortcuts for asking it directly.
enum SpecMockFixture {
    /// The service specs, loaded and lowered once, off the concurrency pool (the catalog tests' loads are reused).
    private static let services = Task { () throws -> SpecMockServices in
        try await OffPool.run {
            try SpecMockServices(specs: try CatalogService.specs.get().all)
        }
    }

    private static let shared = Task { () throws -> SpecMock in
        SpecMock(services: try await services.value, credentials: [EndToEnd.accessKeyID: EndToEnd.secret])
    }

    /// The answer mutators of the three services, by service name (`ACK`).
    static func mutators() async throws -> [String: ResponseMutator] {
        try await self.services.value.mutators
    }

    /// The stateless mock (documented examples), shared by tests that do not change its faults.
    static func stateless() async throws -> SpecMock {
        try await self.shared.value
    }

    /// A fresh mock: stateful when settings are given, with fault rules.
    static func make(
        stateful: StatefulSettings? = nil, faults: [FaultRule] = [], seed: UInt64 = 0
    ) async throws -> SpecMock {
        SpecMock(
            services: try await self.services.value, credentials: [EndToEnd.accessKeyID: EndToEnd.secret],
            stateful: stateful, faults: faults, faultSeed: seed)
    }

    /// Runs `body` with a running server of `mock`, shut down afterwards.
    static func withServer<T>(_ mock: SpecMock, _ body: (MockServer) async throws -> T) async throws -> T {
        let server = try mock.start()
        defer { server.shutdown() }
        return try await body(server)
    }

    /// The answer to an RPC form request, with its status and parsed body.
    static func rpc(_ mock: SpecMock, _ form: String) -> (status: Int, body: JSONValue) {
        let request = RecordedRequest(
            method: "POST", target: "/", headers: ["Content-Type": "application/x-www-form-urlencoded"],
            body: Array(form.utf8), sequenceNumber: 5)
        return self.parsed(mock.respond(to: request))
    }

    /// The answer to an ROA request with `x-acs-version: 2015-12-15`.
    static func roa(
        _ mock: SpecMock, _ method: String, _ target: String, body: String = ""
    ) -> (
        status: Int, body: JSONValue
    ) {
        let request = RecordedRequest(
            method: method, target: target,
            headers: ["Content-Type": "application/json", "x-acs-version": "2015-12-15"], body: Array(body.utf8),
            sequenceNumber: 6)
        return self.parsed(mock.respond(to: request))
    }

    private static func parsed(_ response: MockResponse) -> (status: Int, body: JSONValue) {
        let text = String(decoding: response.body, as: UTF8.self)
        return (response.status, text.isEmpty ? .null : ((try? JSONValue.parse(text)) ?? .string(text)))
    }
}
