/// Percent-encoding and decoding for the verifier and request records.
///
/// Written separately from the runtime's encoder on purpose: the verifier must catch the
/// runtime's mistakes, so it may not share code with the signers it checks.
enum URIComponentCoding {
    /// Encodes every UTF-8 byte except the RFC 3986 unreserved set (`A-Z a-z 0-9 - . _ ~`) as `%XX`, upper-case hex.
    static func encode(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += "%" + String(upperHex[Int(byte / 16)]) + String(upperHex[Int(byte % 16)])
            }
        }
        return output
    }

    /// Encodes a path segment by segment, keeping each `/`.
    static func encodePath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { encode(String($0)) }
            .joined(separator: "/")
    }

    /// Decodes `%XX` escapes (and `+` as space when asked).
    /// - Returns: The text, or nil for a truncated or non-hex escape or bytes that are not UTF-8.
    static func decode(_ text: String, plusAsSpace: Bool) -> String? {
        let input = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == 0x25 {  // "%"
                guard index + 2 < input.count, let high = hexValue(input[index + 1]),
                    let low = hexValue(input[index + 2])
                else { return nil }
                output.append(high * 16 + low)
                index += 3
            } else {
                output.append(plusAsSpace && byte == 0x2B ? 0x20 : byte)
                index += 1
            }
        }
        return String(validating: output, as: UTF8.self)
    }

    /// Splits `a=1&b&c=` into raw (still encoded) name/value pairs; a name without `=` has a nil value.
    static func splitPairs(_ text: String) -> [(name: String, value: String?)] {
        text.split(separator: "&", omittingEmptySubsequences: true).map { segment in
            guard let equals = segment.firstIndex(of: "=") else { return (String(segment), nil) }
            return (String(segment[..<equals]), String(segment[segment.index(after: equals)...]))
        }
    }

    private static let upperHex: [Character] = Array("0123456789ABCDEF")

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
            || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
