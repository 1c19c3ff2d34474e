import HTTPTypes

/// What a finished transfer answers: the response head and its body.
typealias CurlAnswer = (HTTPResponse, [UInt8])

/// A request handed to the transfer loop: what to send, within which limits, and whom to answer.
struct CurlSubmission: Sendable {
    /// Resumes the waiting caller.
    let token: CurlRequestToken
    /// The request, exactly as it is to be sent.
    let request: HTTPRequest
    /// The body bytes; empty for none.
    let body: [UInt8]
    /// The time limits.
    let timeout: Timeout
}
