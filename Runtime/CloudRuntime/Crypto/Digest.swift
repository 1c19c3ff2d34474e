import COpenSSL

/// Message digests from OpenSSL's libcrypto.
///
/// Each algorithm is fetched once per process (``DigestAlgorithm``) and runs on the calling thread's
/// reusable context; contiguous input is read in place and the result is exactly the digest's length.
package enum Digest {
    /// SHA-256 of the bytes.
    public static func sha256(_ bytes: some Collection<UInt8>) -> [UInt8] {
        DigestAlgorithm.sha256.digest(bytes)
    }

    /// SHA-1 of the bytes.
    public static func sha1(_ bytes: some Collection<UInt8>) -> [UInt8] {
        DigestAlgorithm.sha1.digest(bytes)
    }

    /// MD5 of the bytes (Alibaba's `Content-MD5` header).
    public static func md5(_ bytes: some Collection<UInt8>) -> [UInt8] {
        DigestAlgorithm.md5.digest(bytes)
    }

    /// Writes SHA-256 of the bytes into the caller's buffer, without allocating.
    ///
    /// - Parameters:
    ///   - bytes: The bytes to hash.
    ///   - output: At least 32 bytes; the first 32 receive the digest.
    package static func sha256(_ bytes: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) {
        precondition(output.count >= DigestAlgorithm.sha256.size, "the output buffer is shorter than the digest")
        DigestAlgorithm.sha256.digest(bytes, into: output.baseAddress!)
    }
}
