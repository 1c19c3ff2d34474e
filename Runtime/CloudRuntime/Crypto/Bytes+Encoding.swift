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
        // Digests (16 to 64 bytes) are written straight into the string's storage, several times
        // faster than a round trip through `Data`; longer input keeps Foundation's encoder.
        let count = self.count
        guard count <= base64DirectLimit else { return Data(self).base64EncodedString() }
        return String(unsafeUninitializedCapacity: (count + 2) / 3 * 4) { buffer in
            var iterator = self.makeIterator()
            var index = 0
            while let first = iterator.next() {
                let second = iterator.next()
                let third = second == nil ? nil : iterator.next()
                let group = UInt32(first) << 16 | UInt32(second ?? 0) << 8 | UInt32(third ?? 0)
                buffer[index] = base64Digit(group >> 18)
                buffer[index + 1] = base64Digit(group >> 12)
                buffer[index + 2] = second == nil ? UInt8(ascii: "=") : base64Digit(group >> 6)
                buffer[index + 3] = third == nil ? UInt8(ascii: "=") : base64Digit(group)
                index += 4
            }
            return index
        }
    }
}

/// The longest input `base64String` encodes itself rather than through `Data`.
let base64DirectLimit = 64

/// The ASCII code of a lower-case hexadecimal digit, 0...15.
@inline(__always)
func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
}

/// The ASCII code of the standard Base64 digit for the low six bits of `value`.
@inline(__always)
func base64Digit(_ value: UInt32) -> UInt8 {
    let alphabet: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return alphabet.utf8Start[Int(value & 0x3F)]
}
