import CCurl
import Foundation
import HTTPTypes

/// One request in flight: a curl easy handle, the memory curl reads from, and the response collected so far.
///
/// Created, driven and destroyed on the transfer loop's thread only, so an easy handle is never
/// touched by two threads (or shared between two requests).
final class CurlTransfer {
    /// The curl easy handle (`CURL *`).
    let easy: UnsafeMutableRawPointer
    /// Resumes the caller when the transfer ends.
    let token: CurlRequestToken
    /// The target host, for errors.
    let host: String

    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var requestBody: UnsafeMutableRawBufferPointer?
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private var head = ResponseHeadParser()
    private var body: [UInt8] = []

    /// Creates an easy handle for a submission; call ``configure(_:)`` next.
    ///
    /// - Throws: ``TransportError`` when curl cannot allocate a handle.
    init(token: CurlRequestToken, host: String) throws(TransportError) {
        guard let easy = curl_easy_init() else {
            throw TransportError(kind: .other, message: "curl_easy_init failed", host: host)
        }
        self.easy = easy
        self.token = token
        self.host = host
        self.errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        self.errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    }

    deinit {
        curl_easy_cleanup(self.easy)
        if let headerList = self.headerList { curl_slist_free_all(headerList) }
        self.requestBody?.deallocate()
        self.errorBuffer.deallocate()
    }

    /// Sets every option for sending `submission.request` within `submission.timeout`.
    ///
    /// - Throws: ``TransportError`` of kind ``TransportError/Kind/invalidRequest`` for a request that
    ///   cannot be sent as given, or when curl rejects an option.
    func configure(_ submission: CurlSubmission) throws(TransportError) {
        let request = submission.request
        let url = try self.validatedURL(of: request)
        let this = Unmanaged.passUnretained(self).toOpaque()

        try self.set(CURLOPT_URL, url)
        try self.set(CURLOPT_PROTOCOLS_STR, "http,https")
        // Required with threads: without it, curl's DNS timeouts use signals.
        try self.set(CURLOPT_NOSIGNAL, 1)
        try self.set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(self.errorBuffer))
        // TLS verification is always on; stating the defaults guards against a changed curl build default.
        try self.set(CURLOPT_SSL_VERIFYPEER, 1)
        try self.set(CURLOPT_SSL_VERIFYHOST, 2)
        // A signed request must not be replayed to another URL.
        try self.set(CURLOPT_FOLLOWLOCATION, 0)
        // Send the path exactly as signed: curl would otherwise squash `/./` and `/../` segments.
        try self.set(CURLOPT_PATH_AS_IS, 1)
        try self.set(CURLOPT_TCP_KEEPALIVE, 1)
        try self.set(CURLOPT_CONNECTTIMEOUT_MS, submission.timeout.connect.clampedMilliseconds)
        try self.set(CURLOPT_TIMEOUT_MS, submission.timeout.request.clampedMilliseconds)

        try self.check(ccurl_easy_setopt_write_callback(self.easy, CURLOPT_WRITEFUNCTION, curlBodyCallback))
        try self.set(CURLOPT_WRITEDATA, pointer: this)
        try self.check(ccurl_easy_setopt_write_callback(self.easy, CURLOPT_HEADERFUNCTION, curlHeaderCallback))
        try self.set(CURLOPT_HEADERDATA, pointer: this)

        let sendsBody = try self.configureMethodAndBody(request.method, body: submission.body)
        try self.configureHeaders(request.headerFields, sendsBody: sendsBody)
    }

    /// The outcome once curl reports the transfer done.
    func result(_ code: CURLcode) -> Result<CurlAnswer, any Error> {
        guard code == CURLE_OK else {
            return .failure(TransportError(curl: code, message: String(cString: self.errorBuffer), host: self.host))
        }
        var status = 0
        let infoCode = ccurl_easy_getinfo_long(self.easy, CURLINFO_RESPONSE_CODE, &status)
        guard infoCode == CURLE_OK else {
            return .failure(TransportError(curl: infoCode, message: "", host: self.host))
        }
        return .success((HTTPResponse(status: .init(code: status), headerFields: self.head.fields), self.body))
    }

    // MARK: - Callbacks

    fileprivate func appendBody(_ bytes: UnsafeRawBufferPointer) {
        self.body.append(contentsOf: bytes)
    }

    fileprivate func consumeHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        self.head.consume(bytes)
    }

    // MARK: - Options

    private func validatedURL(of request: HTTPRequest) throws(TransportError) -> String {
        guard let scheme = request.scheme, scheme == "http" || scheme == "https" else {
            throw self.invalid("unsupported scheme '\(request.scheme ?? "")'")
        }
        let host = request.hostAndPort.host
        guard let authority = request.authority, !host.isEmpty, let path = request.path, path.hasPrefix("/") else {
            throw self.invalid("the URL is malformed (host '\(host)')")
        }
        let text = "\(scheme)://\(authority)\(path)"
        guard URL(string: text) != nil else { throw self.invalid("the URL is malformed (host '\(host)')") }
        return text
    }

    /// Sets the method and body; returns whether a body is sent.
    private func configureMethodAndBody(_ method: HTTPRequest.Method, body: [UInt8]) throws(TransportError) -> Bool {
        let sendsBody = !body.isEmpty || [.post, .put, .patch].contains(method)
        switch method {
        case .get where !sendsBody:
            try self.set(CURLOPT_HTTPGET, 1)
        case .head:
            guard body.isEmpty else { throw self.invalid("a HEAD request cannot carry a body") }
            try self.set(CURLOPT_NOBODY, 1)
        default:
            try self.set(CURLOPT_CUSTOMREQUEST, method.rawValue)
        }
        guard sendsBody else { return false }
        // curl reads the body from this copy, which lives as long as the handle; one byte at least, so
        // an empty body still has a valid pointer and is sent as `Content-Length: 0`.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(body.count, 1), alignment: 1)
        self.requestBody = buffer
        body.withUnsafeBytes { source in
            if let base = source.baseAddress { buffer.baseAddress?.copyMemory(from: base, byteCount: source.count) }
        }
        try self.check(ccurl_easy_setopt_off_t(self.easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)))
        try self.set(CURLOPT_POSTFIELDS, pointer: buffer.baseAddress)
        return true
    }

    /// Sends exactly the request's headers, removing the ones curl would add on its own.
    ///
    /// HTTPTypes guarantees valid names and values without line breaks, so every field can be sent.
    private func configureHeaders(_ headers: HTTPFields, sendsBody: Bool) throws(TransportError) {
        var lines: [String] = []
        lines.reserveCapacity(headers.count + 3)
        for field in headers {
            let name = field.name.rawName
            // "Name:" would tell curl to remove the header; "Name;" sends it with an empty value.
            lines.append(field.value.isEmpty ? "\(name);" : "\(name): \(field.value)")
        }
        // An empty value removes a header curl would otherwise add by itself.
        lines.append("Expect:")
        if !headers.contains(.accept) { lines.append("Accept:") }
        if sendsBody && !headers.contains(.contentType) { lines.append("Content-Type:") }

        for line in lines {
            guard let appended = curl_slist_append(self.headerList, line) else {
                throw TransportError(kind: .other, message: "curl_slist_append failed", host: self.host)
            }
            self.headerList = appended
        }
        try self.check(ccurl_easy_setopt_slist(self.easy, CURLOPT_HTTPHEADER, self.headerList))
    }

    private func invalid(_ message: String) -> TransportError {
        TransportError(kind: .invalidRequest, message: message, host: self.host)
    }

    private func set(_ option: CURLoption, _ value: Int) throws(TransportError) {
        try self.check(ccurl_easy_setopt_long(self.easy, option, value))
    }

    private func set(_ option: CURLoption, _ value: String) throws(TransportError) {
        try self.check(ccurl_easy_setopt_string(self.easy, option, value))
    }

    private func set(_ option: CURLoption, pointer: UnsafeMutableRawPointer?) throws(TransportError) {
        try self.check(ccurl_easy_setopt_pointer(self.easy, option, pointer))
    }

    private func check(_ code: CURLcode) throws(TransportError) {
        guard code == CURLE_OK else { throw TransportError(curl: code, message: "", host: self.host) }
    }
}

/// curl's body callback: appends the received bytes to the transfer named by `userdata`.
private let curlBodyCallback: curl_write_callback = { data, size, count, userdata in
    guard let userdata else { return 0 }
    let length = size * count
    if let data, length > 0 {
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
        transfer.appendBody(UnsafeRawBufferPointer(start: data, count: length))
    }
    return length
}

/// curl's header callback: hands one complete header line to the transfer named by `userdata`.
private let curlHeaderCallback: curl_write_callback = { data, size, count, userdata in
    guard let userdata else { return 0 }
    let length = size * count
    if let data, length > 0 {
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
        transfer.consumeHeaderLine(UnsafeRawBufferPointer(start: data, count: length))
    }
    return length
}
