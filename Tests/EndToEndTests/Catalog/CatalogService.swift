import AlibabaACK
import CloudRuntime
import Foundation
import KingsoftKCE
import KingsoftKCR
import SpecGenCore
import Testing

/// A generated service seen through its operation catalog, with the spec folder it was generated from.
struct CatalogService: Sendable {
    /// The namespace name, e.g. `ACK`.
    let name: String
    /// How to reach and sign for the service.
    let descriptor: ServiceDescriptor
    /// The generated catalog.
    let operations: [OperationCatalogEntry]
    /// The spec folder's absolute path.
    let specDirectory: String

    /// Every generated service.
    static let all: [CatalogService] = [
        CatalogService(
            name: "ACK", descriptor: ACK.service, operations: ACK.operations, specDirectory: specPath("alibaba-ack")),
        CatalogService(
            name: "KCE", descriptor: KCE.service, operations: KCE.operations, specDirectory: specPath("kingsoft-kce")),
        CatalogService(
            name: "KCR", descriptor: KCR.service, operations: KCR.operations, specDirectory: specPath("kingsoft-kcr")),
    ]

    /// The service with this name.
    static func named(_ name: String) throws -> CatalogService {
        try #require(self.all.first { $0.name == name }, "no service \(name)")
    }

    /// The entry of one operation.
    func entry(_ operation: String) throws -> OperationCatalogEntry {
        try #require(self.operations.first { $0.name == operation }, "\(self.name) catalog lacks \(operation)")
    }

    /// The methods to prepare requests with: each RPC method the service accepts; nil (the operation's
    /// own) for ROA.
    var methods: [HTTPMethod?] {
        self.descriptor.rpcMethods.isEmpty ? [nil] : self.descriptor.rpcMethods
    }

    /// A client that signs with fixed keys, time and nonce, against a local endpoint (nothing is sent).
    /// - Parameter rpcMethod: How RPC parameters travel: in the query (GET) or a form body (POST).
    func client(rpcMethod: HTTPMethod? = nil) -> ServiceClient {
        let configuration = ClientConfiguration(
            endpoint: URL(string: "http://127.0.0.1:9"), rpcMethod: rpcMethod,
            clock: { Date(timeIntervalSince1970: 1_700_000_000) }, nonce: { "catalog-nonce" })
        return ServiceClient(
            service: self.descriptor, configuration: configuration, credentials: EndToEnd.credentials,
            transport: CatalogNoTransport())
    }

    private static func specPath(_ folder: String) -> String {
        EndToEnd.root.appendingPathComponent("spec").appendingPathComponent(folder).path
    }

    private static let specs = Result { () throws -> [String: OracleSpec] in
        var specs: [String: OracleSpec] = [:]
        for service in all {
            specs[service.name] = try OracleSpec.load(directory: service.specDirectory)
        }
        return specs
    }

    /// The service's spec as the tests' oracle reads it, loaded once.
    func spec() throws -> OracleSpec {
        try #require(try Self.specs.get()[self.name])
    }
}

/// One operation of one service, as a test argument.
struct CatalogOperation: Sendable, CustomTestStringConvertible {
    /// The service's namespace name.
    let service: String
    /// The vendor API name.
    let name: String

    var testDescription: String { "\(self.service).\(self.name)" }

    /// Every operation of every service's catalog.
    static let all: [CatalogOperation] = CatalogService.all.flatMap { service in
        service.operations.map { CatalogOperation(service: service.name, name: $0.name) }
    }
}

/// A transport that refuses to send: the catalog tests only prepare requests.
struct CatalogNoTransport: HTTPTransport {
    func send(_ request: HTTPRequest, timeout: Timeout) async throws -> HTTPResponse {
        throw CatalogTestFailure("the catalog tests never send a request")
    }
}

/// A test expectation that could not be met, with its explanation.
struct CatalogTestFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
