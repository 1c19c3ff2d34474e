/// The one percent-encoder: every signer and encoder in the runtime goes through it, so what is
/// signed and what is sent cannot drift apart.
package enum PercentEncoding {
    /// Encodes every byte of the UTF-8 form except RFC 3986 unreserved characters
    /// (`A–Z a–z 0–9 - _ . ~`) as `%XX` with upper-case hex digits. A space becomes `%20`, never `+`.
    public static func encode(_ text: String) -> String {
        var output = [UInt8]()
        output.reserveCapacity(text.utf8.count)
        self.appendEncoded(text.utf8, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends bytes encoded like ``encode(_:)``: RFC 3986 unreserved bytes as they are, every other
    /// byte as `%XX` with upper-case hex digits.
    static func appendEncoded(_ bytes: some Sequence<UInt8>, to output: inout [UInt8]) {
        for byte in bytes {
            if isUnreserved(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
    }

    /// Encodes a path, leaving each `/` separator as it is and encoding everything else like ``encode(_:)``.
    public static func encodePath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { encode(String($0)) }.joined(separator: "/")
    }

    /// Encodes query items as `name=value` pairs joined by `&`, in the given order.
    public static func encodeQuery(_ items: [QueryItem]) -> String {
        items.map { encode($0.name) + "=" + encode($0.value) }.joined(separator: "&")
    }

    /// Encodes an already percent-encoded path once more, segment by segment, keeping `/`
    /// (the AWS4 canonical URI of every service but S3 encodes the path twice).
    public static func encodePathTwice(_ encodedPath: String) -> String {
        encodePath(encodedPath)
    }

    /// Decodes `%XX` escapes; with `plusAsSpace`, `+` decodes to a space (form bodies). Returns nil for a malformed escape or invalid UTF-8.
    public static func decode(_ text: String, plusAsSpace: Bool = false) -> String? {
        var output = [UInt8]()
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.popFirst() {
            if byte == UInt8(ascii: "%") {
                guard let high = bytes.popFirst().flatMap(hexValue), let low = bytes.popFirst().flatMap(hexValue) else {
                    return nil
                }
                output.append(high << 4 | low)
            } else if plusAsSpace && byte == UInt8(ascii: "+") {
                output.append(UInt8(ascii: " "))
            } else {
                output.append(byte)
            }
        }
        return String(validating: output, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// The value of a hexadecimal digit (either case); nil for any other byte.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
