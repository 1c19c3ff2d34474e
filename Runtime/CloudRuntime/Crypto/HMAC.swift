import COpenSSL

/// Keyed-hash message authentication codes (RFC 2104) over OpenSSL's libcrypto digests.
///
/// See ``DigestAlgorithm/authenticationCode(key:message:into:)`` for how they are computed; contiguous
/// keys and messages are read in place and the result is exactly the digest's length.
package enum HMAC {
    /// HMAC-SHA1 (Alibaba ACS v1 signatures).
    public static func sha1(key: some Collection<UInt8>, message: some Collection<UInt8>) -> [UInt8] {
        DigestAlgorithm.sha1.authenticationCode(key: key, message: message)
    }

    /// HMAC-SHA256 (ACS3 and AWS4 signatures).
    public static func sha256(key: some Collection<UInt8>, message: some Collection<UInt8>) -> [UInt8] {
        DigestAlgorithm.sha256.authenticationCode(key: key, message: message)
    }
}
