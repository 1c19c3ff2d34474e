import COpenSSL

/// Message digests from OpenSSL's libcrypto.
package enum Digest {
    /// SHA-256 of the bytes.
    public static func sha256(_ bytes: some Collection<UInt8>) -> [UInt8] {
        self.digest(bytes, algorithm: EVP_sha256())
    }

    /// SHA-1 of the bytes.
    public static func sha1(_ bytes: some Collection<UInt8>) -> [UInt8] {
        self.digest(bytes, algorithm: EVP_sha1())
    }

    /// MD5 of the bytes (Alibaba's `Content-MD5` header).
    public static func md5(_ bytes: some Collection<UInt8>) -> [UInt8] {
        self.digest(bytes, algorithm: EVP_md5())
    }

    private static func digest(_ bytes: some Collection<UInt8>, algorithm: OpaquePointer?) -> [UInt8] {
        let input = Array(bytes)
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let status = input.withUnsafeBytes { inputBuffer in
            EVP_Digest(inputBuffer.baseAddress, inputBuffer.count, &output, &length, algorithm, nil)
        }
        // EVP_Digest fails only on allocation failure or an unavailable algorithm; both are fatal misconfigurations.
        precondition(status == 1, "EVP_Digest failed")
        return Array(output.prefix(Int(length)))
    }
}
