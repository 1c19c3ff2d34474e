/// A decoded operation response.
///
/// The runtime decodes the JSON body into the conforming type and then, when ``requestID`` is
/// still nil, fills it from the `x-acs-request-id` header or the body's `RequestId` member. A
/// generated response whose body does not carry the ID declares the property without a coding key.
///
/// ```swift
/// struct DescribeClusterResponse: ServiceResponse {
///     var clusterID: String?
///     var requestID: String?
///     enum CodingKeys: String, CodingKey { case clusterID = "cluster_id" }
/// }
/// ```
public protocol ServiceResponse: Decodable, Sendable {
    /// The ID the service gave this request, to quote to the vendor's support.
    var requestID: String? { get set }
}
