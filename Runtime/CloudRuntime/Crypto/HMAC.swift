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

    /// Writes HMAC-SHA1 into the caller's buffer, without allocating.
    ///
    /// - Parameters:
    ///   - key: The key, any length.
    ///   - message: The message.
    ///   - output: At least 20 bytes; the first 20 receive the MAC. It may overlap `key` or `message`.
    package static func sha1(
        key: UnsafeRawBufferPointer, message: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
    ) {
        self.mac(key: key, message: message, algorithm: .sha1, into: output)
    }

    /// Writes HMAC-SHA256 into the caller's buffer, without allocating.
    ///
    /// - Parameters:
    ///   - key: The key, any length.
    ///   - message: The message.
    ///   - output: At least 32 bytes; the first 32 receive the MAC. It may overlap `key` or `message`.
    package static func sha256(
        key: UnsafeRawBufferPointer, message: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
    ) {
        self.mac(key: key, message: message, algorithm: .sha256, into: output)
    }

    private static func mac(
        key: UnsafeRawBufferPointer, message: UnsafeRawBufferPointer, algorithm: DigestAlgorithm,
        into output: UnsafeMutableRawBufferPointer
    ) {
        precondition(output.count >= algorithm.size, "the output buffer is shorter than the MAC")
        algorithm.authenticationCode(key: key, message: message, into: output.baseAddress!)
    }
}
