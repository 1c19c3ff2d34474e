import Foundation

extension Collection<UInt8> {
    /// Lower-case hexadecimal text of the bytes.
    public var hexString: String {
        var text = ""
        text.reserveCapacity(self.count * 2)
        for byte in self {
            text.append(Self.hexDigits[Int(byte >> 4)])
            text.append(Self.hexDigits[Int(byte & 0x0F)])
        }
        return text
    }

    /// Standard Base64 text of the bytes, with padding.
    public var base64String: String {
        Data(self).base64EncodedString()
    }

    private static var hexDigits: [Character] { Array("0123456789abcdef") }
}
