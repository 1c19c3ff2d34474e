/// A request handed to the transfer loop: what to send, within which limits, and whom to answer.
struct CurlSubmission: Sendable {
    /// Resumes the waiting caller.
    let token: CurlRequestToken
    /// The request, exactly as it is to be sent.
    let request: HTTPRequest
    /// The time limits.
    let timeout: Timeout
}
