import Foundation

extension Collection<UInt8> {
    /// Lower-case hexadecimal text of the bytes.
    package var hexString: String {
        // Written as UTF-8 bytes straight into the string's storage: signers hex-encode several
        // digests per request, and building it Character by Character cost more than the hashing.
        let count = self.count
        return String(unsafeUninitializedCapacity: count * 2) { buffer in
            var index = 0
            for byte in self {
                buffer[index] = hexDigit(byte >> 4)
                buffer[index + 1] = hexDigit(byte & 0x0F)
                index += 2
            }
            return index
        }
    }

    /// Standard Base64 text of the bytes, with padding.
    package var base64String: String {
        Data(self).base64EncodedString()
    }
}

/// The ASCII code of a lower-case hexadecimal digit, 0...15.
@inline(__always)
func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
}
