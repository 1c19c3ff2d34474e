import Foundation
import HTTPTypes

/// A signed request ready to send: its HTTPTypes head and its body bytes.
///
/// ``ServiceClient/prepare(_:operation:)`` makes one without sending it, to show or to send later
/// with ``ServiceClient/send(prepared:operation:)``.
public struct PreparedRequest: Sendable, Hashable {
    /// The method, scheme, authority, target (encoded path and query) and header fields, as signed.
    public var request: HTTPRequest
    /// The body bytes; empty for none.
    public var body: [UInt8]

    /// Creates a prepared request from its head and body.
    public init(request: HTTPRequest, body: [UInt8] = []) {
        self.request = request
        self.body = body
    }

    /// The full URL the request goes to, or nil when its parts do not form one.
    public var url: URL? {
        self.request.url
    }
}
