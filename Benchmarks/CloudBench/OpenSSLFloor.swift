import COpenSSL
import Foundation

/// The cryptographic floor of a signature, computed with OpenSSL's one-shot calls on
/// prepared bytes: no string building, no canonicalization, no allocation per call.
///
/// Two floors are measured:
/// * ``hmacOnce()``: one HMAC of the string to sign with the final key, what the algorithm
///   name promises;
/// * ``allCrypto()``: every digest the algorithm needs for one request (the body hash, the
///   canonical-request hash and, for AWS4, the four HMACs that derive the signing key).
final class OpenSSLFloor {
    /// Which digest the HMAC uses.
    enum Digest {
        case sha1
        case sha256
    }

    private let digest: Digest
    private let secret: [UInt8]
    private let key: [UInt8]
    private let stringToSign: [UInt8]
    private let canonicalRequest: [UInt8]
    private let body: [UInt8]
    private let derivationSteps: [[UInt8]]
    private let output = UnsafeMutablePointer<UInt8>.allocate(capacity: Int(EVP_MAX_MD_SIZE))
    private let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: Int(EVP_MAX_MD_SIZE))

    /// Prepares the floor for one request.
    ///
    /// - Parameters:
    ///   - digest: SHA-1 (ACS v1) or SHA-256 (ACS3, AWS4).
    ///   - secret: The access key secret; for AWS4 the derivation starts from `"AWS4" + secret`.
    ///   - derivationSteps: The AWS4 scope parts (date, region, service, `aws4_request`); empty otherwise.
    ///   - stringToSign: The vendor's string to sign.
    ///   - canonicalRequest: The canonical request hashed into the string to sign; empty for ACS v1.
    ///   - body: The request body.
    init(digest: Digest, secret: String, derivationSteps: [String], stringToSign: String, canonicalRequest: String,
         body: [UInt8]) {
        self.digest = digest
        self.derivationSteps = derivationSteps.map { Array($0.utf8) }
        self.secret = derivationSteps.isEmpty ? Array(secret.utf8) : Array(("AWS4" + secret).utf8)
        self.stringToSign = Array(stringToSign.utf8)
        self.canonicalRequest = Array(canonicalRequest.utf8)
        self.body = body
        var key = self.secret
        for step in self.derivationSteps {
            key = Self.hmacBytes(digest: digest, key: key, message: step)
        }
        self.key = key
    }

    deinit {
        self.output.deallocate()
        self.scratch.deallocate()
    }

    /// One HMAC of the string to sign; returns the MAC length.
    func hmacOnce() -> Int {
        self.key.withUnsafeBytes { Self.hmac(self.digest, key: $0, message: self.stringToSign, into: self.output) }
    }

    /// The signature bytes ``hmacOnce()`` computes, to check the floor against the vendor's signature.
    var signature: [UInt8] {
        let length = self.hmacOnce()
        return Array(UnsafeBufferPointer(start: self.output, count: length))
    }

    /// Every digest one request needs; returns the final MAC length.
    func allCrypto() -> Int {
        if !self.canonicalRequest.isEmpty {
            Self.digestOnce(EVP_sha256(), self.body, into: self.scratch)
            Self.digestOnce(EVP_sha256(), self.canonicalRequest, into: self.scratch)
        } else if !self.body.isEmpty {
            Self.digestOnce(EVP_md5(), self.body, into: self.scratch)
        }
        guard !self.derivationSteps.isEmpty else { return self.hmacOnce() }
        // Ping-pong between two buffers so that no HMAC reads its key from its own output.
        var length = self.secret.withUnsafeBytes { Self.hmac(self.digest, key: $0, message: self.derivationSteps[0], into: self.scratch) }
        var current = self.scratch
        var next = self.output
        for step in self.derivationSteps.dropFirst() {
            length = Self.hmac(self.digest, key: UnsafeRawBufferPointer(start: current, count: length), message: step, into: next)
            swap(&current, &next)
        }
        return Self.hmac(
            self.digest, key: UnsafeRawBufferPointer(start: current, count: length), message: self.stringToSign, into: next)
    }

    // MARK: - OpenSSL calls

    private static func hmacBytes(digest: Digest, key: [UInt8], message: [UInt8]) -> [UInt8] {
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: Int(EVP_MAX_MD_SIZE))
        defer { out.deallocate() }
        let length = key.withUnsafeBytes { self.hmac(digest, key: $0, message: message, into: out) }
        return Array(UnsafeBufferPointer(start: out, count: length))
    }

    private static func hmac(
        _ digest: Digest, key: UnsafeRawBufferPointer, message: [UInt8], into output: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var length: UInt32 = 0
        let algorithm = digest == .sha1 ? EVP_sha1() : EVP_sha256()
        // OpenSSL rejects a null key pointer even for an empty key.
        let keyPointer = key.baseAddress ?? UnsafeRawPointer(output)
        message.withUnsafeBufferPointer { messageBuffer in
            _ = COpenSSL.HMAC(
                algorithm, keyPointer, Int32(key.count), messageBuffer.baseAddress, messageBuffer.count, output, &length)
        }
        return Int(length)
    }

    private static func digestOnce(_ algorithm: OpaquePointer?, _ bytes: [UInt8], into output: UnsafeMutablePointer<UInt8>) {
        var length: UInt32 = 0
        bytes.withUnsafeBytes { buffer in
            _ = EVP_Digest(buffer.baseAddress, buffer.count, output, &length, algorithm, nil)
        }
    }
}
