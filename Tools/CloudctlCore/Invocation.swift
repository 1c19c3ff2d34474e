import CloudRuntime
import Foundation
import HTTPTypes

/// One call as the command line describes it: the operation, its parameters and the client options.
public struct Invocation: Sendable {
    /// One `--Name value` parameter, the value exactly as typed.
    public struct Parameter: Sendable, Hashable {
        /// The wire name, without the leading dashes.
        public var name: String
        /// The value as typed.
        public var value: String

        /// Creates a parameter.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The service called.
    public var service: ServiceCatalog
    /// The operation name as typed (vendor or kebab case).
    public var operation: String
    /// `--Name value` parameters in the order given.
    public var parameters: [Parameter] = []
    /// The `--body` argument: JSON text, or `@path` of a file holding it.
    public var body: String?
    /// `--region`.
    public var region: String?
    /// `--endpoint`.
    public var endpoint: URL?
    /// `--endpoint-choice`.
    public var endpointChoice: EndpointChoice?
    /// `--signature-version`.
    public var signatureAlgorithm: SignatureAlgorithm?
    /// `--method`.
    public var rpcMethod: HTTPRequest.Method?
    /// `--dry-run`: print the signed request instead of sending it.
    public var dryRun = false
    /// `--output`.
    public var output = OutputFormat.json
    /// `--columns a,b,c`: the item fields a listing's table shows; nil to choose them from the items.
    public var columns: [String]?
    /// `--query EXPR`: the part of the answer to print; nil for all of it.
    public var query: JSONQuery?
    /// `--wait` / `--waiter NAME`: what to wait for once the call succeeds; nil for no wait.
    public var wait: WaitRequest?
    /// `--record-drift FILE`: append the answers' differences from the spec to this NDJSON file.
    public var driftRecordFile: String?
    /// `--strict`: fail when an answer differs from the spec instead of reading it tolerantly.
    public var isStrict = false

    /// Creates an invocation with no parameters and default options.
    ///
    /// - Parameters:
    ///   - service: The service.
    ///   - operation: The operation name as typed.
    public init(service: ServiceCatalog, operation: String) {
        self.service = service
        self.operation = operation
    }
}
