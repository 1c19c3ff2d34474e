import COpenSSL
import Foundation

/// The cryptographic floor of a signature: the fewest OpenSSL calls that compute the same digests and
/// MACs on prepared bytes, with no string building, no canonicalization and no allocation per call.
///
/// Digests are fetched once (`EVP_MD_fetch`) and run on one reused `EVP_MD_CTX`; OpenSSL 3's one-shot
/// `EVP_Digest`/`HMAC` with `EVP_sha256()`-style objects would look the algorithm up by name on every call.
/// An HMAC is RFC 2104's two digest passes over the key pads (`HMAC()` and `EVP_MAC` do the same passes
/// with extra context copies). The floor is checked against the vendor's signature before it is timed.
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

    private let secret: [UInt8]
    /// The final signing key (for AWS4, derived once here).
    private var key: [UInt8] = []
    private let stringToSign: [UInt8]
    private let canonicalRequest: [UInt8]
    private let body: [UInt8]
    private let derivationSteps: [[UInt8]]
    /// The HMAC's digest, SHA-256 and MD5, fetched once.
    private let macDigest: OpaquePointer
    private let sha256: OpaquePointer
    private let md5: OpaquePointer
    private let context: OpaquePointer
    private let output = UnsafeMutablePointer<UInt8>.allocate(capacity: Int(EVP_MAX_MD_SIZE))
    private let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: Int(EVP_MAX_MD_SIZE))
    /// The HMAC pad (one 64-byte block) and the inner hash.
    private let pad = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
    private let inner = UnsafeMutablePointer<UInt8>.allocate(capacity: Int(EVP_MAX_MD_SIZE))

    /// Prepares the floor for one request.
    ///
    /// - Parameters:
    ///   - digest: SHA-1 (ACS v1) or SHA-256 (ACS3, AWS4).
    ///   - secret: The access key secret; for AWS4 the derivation starts from `"AWS4" + secret`.
    ///   - derivationSteps: The AWS4 scope parts (date, region, service, `aws4_request`); empty otherwise.
    ///   - stringToSign: The vendor's string to sign.
    ///   - canonicalRequest: The canonical request hashed into the string to sign; empty for ACS v1.
    ///   - body: The request body.
    init(
        digest: Digest, secret: String, derivationSteps: [String], stringToSign: String, canonicalRequest: String,
        body: [UInt8]
    ) {
        self.sha256 = EVP_MD_fetch(nil, "SHA256", nil)!
        self.md5 = EVP_MD_fetch(nil, "MD5", nil)!
        self.macDigest = digest == .sha1 ? EVP_MD_fetch(nil, "SHA1", nil)! : EVP_MD_fetch(nil, "SHA256", nil)!
        self.context = EVP_MD_CTX_new()!
        self.derivationSteps = derivationSteps.map { Array($0.utf8) }
        self.secret = derivationSteps.isEmpty ? Array(secret.utf8) : Array(("AWS4" + secret).utf8)
        self.stringToSign = Array(stringToSign.utf8)
        self.canonicalRequest = Array(canonicalRequest.utf8)
        self.body = body
        var key = self.secret
        for step in self.derivationSteps {
            let length = key.withUnsafeBytes { self.hmac(key: $0, message: step, into: self.output) }
            key = Array(UnsafeBufferPointer(start: self.output, count: length))
        }
        self.key = key
    }

    deinit {
        EVP_MD_CTX_free(self.context)
        EVP_MD_free(self.macDigest)
        EVP_MD_free(self.sha256)
        EVP_MD_free(self.md5)
        self.output.deallocate()
        self.scratch.deallocate()
        self.pad.deallocate()
        self.inner.deallocate()
    }

    /// One HMAC of the string to sign; returns the MAC length.
    func hmacOnce() -> Int {
        self.key.withUnsafeBytes { self.hmac(key: $0, message: self.stringToSign, into: self.output) }
    }

    /// The signature bytes ``hmacOnce()`` computes, to check the floor against the vendor's signature.
    var signature: [UInt8] {
        let length = self.hmacOnce()
        return Array(UnsafeBufferPointer(start: self.output, count: length))
    }

    /// Every digest one request needs; returns the final MAC length.
    func allCrypto() -> Int {
        if !self.canonicalRequest.isEmpty {
            self.digestOnce(self.sha256, self.body, into: self.scratch)
            self.digestOnce(self.sha256, self.canonicalRequest, into: self.scratch)
        } else if !self.body.isEmpty {
            self.digestOnce(self.md5, self.body, into: self.scratch)
        }
        guard !self.derivationSteps.isEmpty else { return self.hmacOnce() }
        // Ping-pong between two buffers so that no HMAC reads its key from its own output.
        var length = self.secret.withUnsafeBytes {
            self.hmac(key: $0, message: self.derivationSteps[0], into: self.scratch)
        }
        var current = self.scratch
        var next = self.output
        for step in self.derivationSteps.dropFirst() {
            length = self.hmac(key: UnsafeRawBufferPointer(start: current, count: length), message: step, into: next)
            swap(&current, &next)
        }
        return self.hmac(
            key: UnsafeRawBufferPointer(start: current, count: length), message: self.stringToSign, into: next)
    }

    // MARK: - OpenSSL calls

    /// HMAC (RFC 2104) with the floor's digest; keys here are at most one 64-byte block (secrets, derived keys).
    private func hmac(key: UnsafeRawBufferPointer, message: [UInt8], into output: UnsafeMutablePointer<UInt8>) -> Int {
        precondition(key.count <= 64, "the floor's keys fit one block")
        self.pad.initialize(repeating: 0x36, count: 64)
        for index in 0..<key.count {
            self.pad[index] ^= key[index]
        }
        let innerLength = message.withUnsafeBytes { self.pass(self.macDigest, self.pad, $0, into: self.inner) }
        for index in 0..<64 {
            self.pad[index] ^= 0x36 ^ 0x5C
        }
        return self.pass(
            self.macDigest, self.pad, UnsafeRawBufferPointer(start: self.inner, count: innerLength), into: output)
    }

    /// One digest pass over a 64-byte pad then `bytes`.
    private func pass(
        _ algorithm: OpaquePointer, _ pad: UnsafeMutablePointer<UInt8>, _ bytes: UnsafeRawBufferPointer,
        into output: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var length: UInt32 = 0
        _ = EVP_DigestInit_ex2(self.context, algorithm, nil)
        _ = EVP_DigestUpdate(self.context, pad, 64)
        _ = EVP_DigestUpdate(self.context, bytes.baseAddress, bytes.count)
        _ = EVP_DigestFinal_ex(self.context, output, &length)
        return Int(length)
    }

    private func digestOnce(_ algorithm: OpaquePointer, _ bytes: [UInt8], into output: UnsafeMutablePointer<UInt8>) {
        var length: UInt32 = 0
        bytes.withUnsafeBytes { buffer in
            _ = EVP_DigestInit_ex2(self.context, algorithm, nil)
            _ = EVP_DigestUpdate(self.context, buffer.baseAddress, buffer.count)
            _ = EVP_DigestFinal_ex(self.context, output, &length)
        }
    }
}
