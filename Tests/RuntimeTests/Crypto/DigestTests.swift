import Foundation
import Testing

@testable import CloudRuntime

/// SHA-256, SHA-1 and MD5 against the published examples: FIPS 180-2 appendices (SHA-1, SHA-256)
/// and the RFC 1321 test suite (MD5).
@Suite struct DigestTests {
    /// FIPS 180's two-block message.
    private static let twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (twoBlocks, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256(message: String, expected: String) {
        #expect(Digest.sha256(Array(message.utf8)).hexString == expected)
        #expect(Digest.sha256(message.utf8).hexString == expected)
        #expect(Digest.sha256(ScatteredBytes(Array(message.utf8))).hexString == expected)
    }

    @Test(arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        (twoBlocks, "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    ])
    func sha1(message: String, expected: String) {
        #expect(Digest.sha1(Array(message.utf8)).hexString == expected)
        #expect(Digest.sha1(ScatteredBytes(Array(message.utf8))).hexString == expected)
    }

    @Test(arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("a", "0cc175b9c0f1b6a831c399e269772661"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
        ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"),
        (String(repeating: "1234567890", count: 8), "57edf4a22be3c955ac49da2e2107b67a"),
    ])
    func md5(message: String, expected: String) {
        #expect(Digest.md5(Array(message.utf8)).hexString == expected)
        #expect(Digest.md5(ScatteredBytes(Array(message.utf8))).hexString == expected)
    }

    /// FIPS 180's one million `a`s, many blocks in one call.
    @Test func millionAs() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(Digest.sha256(message).hexString == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(Digest.sha1(message).hexString == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    @Test func resultsAreExactlyTheDigestLength() {
        #expect(Digest.sha256([]).count == 32)
        #expect(Digest.sha1([1, 2, 3]).count == 20)
        #expect(Digest.md5(CryptoVectors.repeated(7, 1000)).count == 16)
    }

    /// Slices with a non-zero start, `Data`, reversed and lazily mapped views all hash their own bytes.
    @Test func contiguousAndNonContiguousInputsAgree() {
        let bytes = CryptoVectors.pseudoRandom(count: 300, seed: 1)
        let expected = Digest.sha256(bytes)
        #expect(Digest.sha256(([0xFF] + bytes + [0xFF])[1...300]) == expected)
        #expect(Digest.sha256(Data(bytes)) == expected)
        #expect(Digest.sha256(bytes.reversed().reversed()) == expected)
        #expect(Digest.sha256(bytes.lazy.map { $0 }) == expected)
        #expect(Digest.sha256(ScatteredBytes(bytes)) == expected)
        #expect(Digest.sha256(bytes.reversed()) == Digest.sha256(Array(bytes.reversed())))
    }

    @Test func writesIntoTheCallersBuffer() {
        let message = Array("abc".utf8)
        var output = [UInt8](repeating: 0xEE, count: 40)
        message.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { Digest.sha256(input, into: $0) }
        }
        #expect(output[..<32].hexString == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(output[32...].allSatisfy { $0 == 0xEE })
        message.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { DigestAlgorithm.sha1.digest(input, into: $0.baseAddress!) }
        }
        #expect(output[..<20].hexString == "a9993e364706816aba3e25717850c26c9cd0d89d")
        message.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { DigestAlgorithm.md5.digest(input, into: $0.baseAddress!) }
        }
        #expect(output[..<16].hexString == "900150983cd24fb0d6963f7d28e17f72")
    }
}
