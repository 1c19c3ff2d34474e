import CloudRuntime
import CloudServices
import Foundation
import HTTPTypes
import SharedTestSupport
import SpecGenCore
import Testing

/// A generated service seen through its catalog, with the spec it was generated from.
struct CatalogService: Sendable {
    /// The generated catalog.
    let catalog: ServiceCatalog

    /// The namespace name, e.g. `ACK`.
    var name: String { self.catalog.descriptor.name }
    /// How to reach and sign for the service.
    var descriptor: ServiceDescriptor { self.catalog.descriptor }
    /// The generated operation catalog.
    var operations: [OperationCatalogEntry] { self.catalog.operations }

    /// Every shipped service.
    static let all = ServiceCatalogs.all.map(CatalogService.init)

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
    var methods: [HTTPRequest.Method?] {
        self.descriptor.rpcMethods.isEmpty ? [nil] : self.descriptor.rpcMethods
    }

    /// A client that signs with fixed keys, time and nonce, against a local endpoint (nothing is sent).
    /// - Parameter rpcMethod: How RPC parameters travel: in the query (GET) or a form body (POST).
    func client(rpcMethod: HTTPRequest.Method? = nil) -> ServiceClient {
        let configuration = ClientConfiguration(
            endpoint: URL(string: "http://127.0.0.1:9"), rpcMethod: rpcMethod,
            clock: { Date(timeIntervalSince1970: 1_700_000_000) }, nonce: { "catalog-nonce" })
        return ServiceClient(
            service: self.descriptor, configuration: configuration, credentials: EndToEnd.credentials,
            transport: CatalogNoTransport())
    }

    /// The repository's service specs, loaded once.
    static let specs = Result { try ServiceSpecs(specFolder: EndToEnd.specFolder) }

    /// The service's spec as the tests' oracle reads it.
    func spec() throws -> OracleSpec {
        try Self.specs.get().spec(of: self.catalog)
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
    func send(_ request: HTTPRequest, body: [UInt8], timeout: Timeout) async throws -> (HTTPResponse, [UInt8]) {
        throw CatalogTestFailure("the catalog tests never send a request")
    }
}
