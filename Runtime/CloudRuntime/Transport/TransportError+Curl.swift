import CCurl

extension TransportError {
    /// Wraps a failed transfer's `CURLcode`, classifying it into a ``Kind``.
    ///
    /// - Parameters:
    ///   - code: The result curl reported.
    ///   - message: The text of curl's error buffer; empty falls back to `curl_easy_strerror`.
    ///   - host: The target host.
    init(curl code: CURLcode, message: String, host: String?) {
        let text: String
        if message.isEmpty {
            text = curl_easy_strerror(code).map { String(cString: $0) } ?? "curl error"
        } else {
            text = message
        }
        self.init(
            kind: Self.kind(of: code), curlCode: Int(code.rawValue), message: LogRedaction.redact(text: text),
            host: host)
    }

    /// Wraps a failed multi-interface call, which means the transport itself is in trouble.
    init(multi code: CURLMcode, function: String, host: String?) {
        let text = curl_multi_strerror(code).map { String(cString: $0) } ?? "curl multi error"
        self.init(kind: .other, curlCode: 0, message: "\(function) failed: \(text) (CURLMcode \(code.rawValue))", host: host)
    }

    private static func kind(of code: CURLcode) -> Kind {
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_CONNECT:
            return .connectFailed
        case CURLE_OPERATION_TIMEDOUT:
            return .timedOut
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
            CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CLIENTCERT, CURLE_SSL_CRL_BADFILE, CURLE_SSL_ENGINE_NOTFOUND,
            CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED, CURLE_SSL_SHUTDOWN_FAILED:
            return .tls
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL, CURLE_BAD_FUNCTION_ARGUMENT:
            return .invalidRequest
        default:
            return .other
        }
    }
}
