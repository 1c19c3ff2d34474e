import Foundation
import Testing

@testable import CloudRuntime

/// HMAC-SHA256 against RFC 4231's test cases and HMAC-SHA1 against RFC 2202's.
@Suite struct HMACTests {
    /// One RFC test case: key and data as bytes, the expected MAC as hex (truncated where the RFC truncates).
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var key: [UInt8]
        var data: [UInt8]
        var expected: String
        var testDescription: String { self.name }
    }

    private static let largerKeyData = Array(
        ("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be "
            + "hashed before being used by the HMAC algorithm.").utf8)

    static let rfc4231: [Case] = [
        Case(
            name: "4.2", key: CryptoVectors.repeated(0x0B, 20), data: Array("Hi There".utf8),
            expected: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        Case(
            name: "4.3", key: Array("Jefe".utf8), data: Array("what do ya want for nothing?".utf8),
            expected: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        Case(
            name: "4.4", key: CryptoVectors.repeated(0xAA, 20), data: CryptoVectors.repeated(0xDD, 50),
            expected: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        Case(
            name: "4.5", key: Array(1...25), data: CryptoVectors.repeated(0xCD, 50),
            expected: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        Case(
            name: "4.6 (truncated to 128 bits)", key: CryptoVectors.repeated(0x0C, 20),
            data: Array("Test With Truncation".utf8), expected: "a3b6167473100ee06e0c796c2955552b"),
        Case(
            name: "4.7 (131-byte key)", key: CryptoVectors.repeated(0xAA, 131),
            data: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
            expected: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        Case(
            name: "4.8 (131-byte key, 152-byte data)", key: CryptoVectors.repeated(0xAA, 131), data: largerKeyData,
            expected: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ]

    static let rfc2202: [Case] = [
        Case(
            name: "1", key: CryptoVectors.repeated(0x0B, 20), data: Array("Hi There".utf8),
            expected: "b617318655057264e28bc0b6fb378c8ef146be00"),
        Case(
            name: "2", key: Array("Jefe".utf8), data: Array("what do ya want for nothing?".utf8),
            expected: "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
        Case(
            name: "3", key: CryptoVectors.repeated(0xAA, 20), data: CryptoVectors.repeated(0xDD, 50),
            expected: "125d7342b9ac11cd91a39af48aa17b4f63f175d3"),
        Case(
            name: "4", key: Array(1...25), data: CryptoVectors.repeated(0xCD, 50),
            expected: "4c9007f4026250c6bc8414f9bf50c86c2d7235da"),
        Case(
            name: "5", key: CryptoVectors.repeated(0x0C, 20), data: Array("Test With Truncation".utf8),
            expected: "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04"),
        Case(
            name: "6 (80-byte key)", key: CryptoVectors.repeated(0xAA, 80),
            data: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
            expected: "aa4ae5e15272d00e95705637ce8a3b55ed402112"),
        Case(
            name: "7 (80-byte key, 73-byte data)", key: CryptoVectors.repeated(0xAA, 80),
            data: Array("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data".utf8),
            expected: "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"),
    ]

    @Test(arguments: rfc4231)
    func sha256(case vector: Case) {
        let mac = HMAC.sha256(key: vector.key, message: vector.data)
        #expect(mac.count == 32)
        #expect(mac.hexString.hasPrefix(vector.expected))
        #expect(HMAC.sha256(key: ScatteredBytes(vector.key), message: ScatteredBytes(vector.data)) == mac)
        #expect(HMAC.sha256(key: Data(vector.key), message: vector.data.lazy.map { $0 }) == mac)
    }

    @Test(arguments: rfc2202)
    func sha1(case vector: Case) {
        let mac = HMAC.sha1(key: vector.key, message: vector.data)
        #expect(mac.count == 20)
        #expect(mac.hexString == vector.expected)
        #expect(HMAC.sha1(key: ScatteredBytes(vector.key), message: ScatteredBytes(vector.data)) == mac)
    }

    /// Empty keys and messages, and keys exactly one block long (used as they are, not hashed).
    @Test func emptyAndBlockSizedKeys() {
        #expect(
            HMAC.sha256(key: [], message: []).hexString
                == "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad")
        #expect(HMAC.sha1(key: [], message: []).hexString == "fbdb1d1b18aa6c08324b7d64b71fb76370690e1d")
        #expect(
            HMAC.sha256(key: Array("key".utf8), message: Array("The quick brown fox jumps over the lazy dog".utf8))
                .hexString == "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8")
        // A 64-byte key is padded, not hashed; a 65-byte one is hashed: RFC 2104 makes these two differ from the
        // MAC under the key's digest only in the second case.
        let block = CryptoVectors.pseudoRandom(count: 64, seed: 2)
        let longer = CryptoVectors.pseudoRandom(count: 65, seed: 3)
        let message = Array("m".utf8)
        #expect(HMAC.sha256(key: block, message: message) != HMAC.sha256(key: Digest.sha256(block), message: message))
        #expect(HMAC.sha256(key: longer, message: message) == HMAC.sha256(key: Digest.sha256(longer), message: message))
        #expect(HMAC.sha1(key: longer, message: message) == HMAC.sha1(key: Digest.sha1(longer), message: message))
    }

    /// The in-place form gives the same MACs, and may write over its own key or message.
    @Test func writesIntoTheCallersBufferEvenOverItsInput() {
        let vector = Self.rfc4231[1]
        var output = [UInt8](repeating: 0, count: 32)
        vector.key.withUnsafeBytes { key in
            vector.data.withUnsafeBytes { data in
                output.withUnsafeMutableBytes { Self.sha256(key: key, message: data, into: $0) }
            }
        }
        #expect(output.hexString == vector.expected)

        // AWS4's derivation chain, each step keyed with the previous MAC written over it.
        let secret = Array("AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".utf8)
        var key = HMAC.sha256(key: secret, message: Array("20120215".utf8))
        for step in ["us-east-1", "iam", "aws4_request"] {
            let message = Array(step.utf8)
            key.withUnsafeMutableBytes { buffer in
                message.withUnsafeBytes { Self.sha256(key: UnsafeRawBufferPointer(buffer), message: $0, into: buffer) }
            }
        }
        #expect(key.hexString == "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d")

        var sha1Output = [UInt8](repeating: 0, count: 20)
        Self.rfc2202[1].key.withUnsafeBytes { key in
            Self.rfc2202[1].data.withUnsafeBytes { data in
                sha1Output.withUnsafeMutableBytes {
                    DigestAlgorithm.sha1.authenticationCode(key: key, message: data, into: $0.baseAddress!)
                }
            }
        }
        #expect(sha1Output.hexString == Self.rfc2202[1].expected)
    }

    private static func sha256(
        key: UnsafeRawBufferPointer, message: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
    ) {
        DigestAlgorithm.sha256.authenticationCode(key: key, message: message, into: output.baseAddress!)
    }
}
