import COpenSSL

/// Keyed-hash message authentication codes from OpenSSL's libcrypto.
package enum HMAC {
    /// HMAC-SHA1 (Alibaba ACS v1 signatures).
    public static func sha1(key: some Collection<UInt8>, message: some Collection<UInt8>) -> [UInt8] {
        self.mac(key: key, message: message, algorithm: EVP_sha1())
    }

    /// HMAC-SHA256 (ACS3 and AWS4 signatures).
    public static func sha256(key: some Collection<UInt8>, message: some Collection<UInt8>) -> [UInt8] {
        self.mac(key: key, message: message, algorithm: EVP_sha256())
    }

    private static func mac(
        key: some Collection<UInt8>, message: some Collection<UInt8>, algorithm: OpaquePointer?
    ) -> [UInt8] {
        let keyBytes = Array(key)
        let messageBytes = Array(message)
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let result = keyBytes.withUnsafeBytes { keyBuffer in
            messageBytes.withUnsafeBytes { messageBuffer in
                COpenSSL.HMAC(
                    algorithm, keyBuffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(keyBuffer.count),
                    messageBuffer.baseAddress?.assumingMemoryBound(to: UInt8.self), messageBuffer.count,
                    &output, &length)
            }
        }
        precondition(result != nil, "HMAC failed")
        return Array(output.prefix(Int(length)))
    }
}
