/// One operation of a service, reduced to what a mock needs: how requests reach it, what they must
/// carry, and what it answers. Made from the lowered `ServiceModel` the generator builds (see
/// ``operations(of:documentedIn:)``), so the mock routes requests as the generated clients send them.
public struct MockOperation: Sendable, Hashable {
    /// How requests select the operation.
    public enum Style: String, Sendable, Hashable {
        /// REST: method plus path template, API version in the `x-acs-version` header.
        case roa
        /// RPC: `Action` and `Version` parameters, in the query or a form body.
        case rpc
    }

    /// Where a required parameter travels.
    public enum Location: String, Sendable, Hashable {
        /// A segment of the request path (ROA).
        case path
        /// A query parameter (ROA) or an RPC parameter (query or form body).
        case query
        /// A member of the JSON request body (ROA).
        case body
    }

    /// A parameter the spec marks required.
    public struct RequiredParameter: Sendable, Hashable {
        /// The name on the wire, e.g. `ClusterName` or `region_id`.
        public var name: String
        /// Where it travels.
        public var location: Location
    }

    /// One documented response example.
    public struct Example: Sendable, Hashable {
        /// The example's name; `example` for a media type's single unnamed example.
        public var name: String
        /// The example as compact JSON text with sorted keys.
        public var json: String
    }

    /// The service's name (`ServiceModel.name`, from `x-sdk.name`), e.g. `ACK`.
    public var service: String
    /// The vendor's API version (`info.version`), e.g. `2015-12-15`.
    public var apiVersion: String
    /// How requests select the operation.
    public var style: Style
    /// Which vendor's error body shape the service answers with.
    public var errorShape: VendorErrorShape
    /// The operation ID, the vendor's API name (for RPC also the `Action`).
    public var operationID: String
    /// The RPC `Action`, the operation ID as the generator sends it; nil for ROA.
    public var action: String?
    /// The HTTP method for ROA, e.g. `GET`; for RPC the first of ``rpcMethods``.
    public var method: String
    /// The HTTP methods an RPC action may be sent with: its `x-rpc-methods`, else the service's
    /// `x-sdk.rpc.methods` (e.g. `["POST", "GET"]`); empty for ROA.
    public var rpcMethods: [String]
    /// The ROA path template, e.g. `/clusters/{ClusterId}`; `/` for RPC.
    public var pathTemplate: String
    /// Parameters the spec marks required, in declaration order.
    public var requiredParameters: [RequiredParameter]
    /// The status of the first documented 2xx response.
    public var successStatus: Int
    /// The documented examples of that response's JSON body, in document order.
    public var examples: [Example]
    /// Whether that response declares a body at all.
    public var hasResponseBody: Bool
}
