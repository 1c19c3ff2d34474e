import Foundation

/// The per-request inputs of a signature besides the request and the credentials.
///
/// Injecting the time and the nonce makes signing deterministic, which tests rely on.
package struct SigningContext: Sendable, Hashable {
    /// The signing time, written into the date header.
    public var date: Date
    /// A unique value per request against replay (`x-acs-signature-nonce`); unused by AWS4.
    public var nonce: String
    /// The region of the endpoint (`cn-hangzhou`, `cn-beijing-6`); part of the AWS4 credential scope.
    public var region: String
    /// The AWS4 credential-scope service (`kce`); nil for the Alibaba algorithms.
    public var service: String?

    /// Creates a context.
    ///
    /// - Parameters:
    ///   - date: The signing time.
    ///   - nonce: A value unique to this request.
    ///   - region: The endpoint's region.
    ///   - service: The AWS4 credential-scope service, if the algorithm needs one.
    public init(date: Date, nonce: String, region: String, service: String? = nil) {
        self.date = date
        self.nonce = nonce
        self.region = region
        self.service = service
    }
}
