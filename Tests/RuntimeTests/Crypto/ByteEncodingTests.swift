import Foundation
import Testing

@testable import CloudRuntime

/// Hex and Base64 text of bytes.
@Suite struct ByteEncodingTests {
    /// RFC 4648 section 10's examples.
    @Test(arguments: [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ])
    func base64OfRFC4648Examples(text: String, expected: String) {
        #expect(Array(text.utf8).base64String == expected)
        #expect(ScatteredBytes(Array(text.utf8)).base64String == expected)
    }

    /// Every length either side of the direct encoder's limit, every byte value, as Foundation encodes them.
    @Test func base64MatchesFoundation() {
        for count in 0...(base64DirectLimit + 10) {
            let bytes = CryptoVectors.pseudoRandom(count: count, seed: UInt64(count))
            #expect(bytes.base64String == Data(bytes).base64EncodedString(), "\(count) bytes")
        }
        let everyValue = (0...255).map { UInt8($0) }
        #expect(everyValue.base64String == Data(everyValue).base64EncodedString())
        for start in stride(from: 0, to: 256, by: 48) {
            let slice = everyValue[start..<min(start + 48, 256)]
            #expect(slice.base64String == Data(slice).base64EncodedString())
        }
    }

    /// The signers' uses: Base64 of an MD5 (`Content-MD5`) and of an HMAC-SHA1 (ACS v1).
    @Test func base64OfDigests() {
        #expect(Digest.md5(Array("abc".utf8)).base64String == "kAFQmDzST7DWlj99KOF/cg==")
        #expect(
            HMAC.sha1(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)).base64String
                == "7/zfauXrL6LSdBbV8YTfnCWafHk=")
    }

    @Test func hex() {
        #expect([UInt8]().hexString == "")
        #expect([0x00, 0x0F, 0xA0, 0xFF].hexString == "000fa0ff")
        #expect(ScatteredBytes([0xDE, 0xAD]).hexString == "dead")
    }
}
