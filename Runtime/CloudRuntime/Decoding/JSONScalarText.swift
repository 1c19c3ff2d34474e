import Foundation

/// Reads numbers and strings straight from JSON text bytes, without making intermediate `String`s.
enum JSONScalarText {
    /// The text of a string node without its quotes, escapes decoded.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int, hasEscapes: Bool) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<(start + length)])
        guard hasEscapes else { return String(decoding: slice, as: UTF8.self) }
        return Self.unescaped(slice)
    }

    /// Decodes `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t` and `\uXXXX` (with surrogate pairs);
    /// a malformed escape is kept as written.
    static func unescaped(_ text: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            let byte = text[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < text.count else {
                output.append(byte)
                index += 1
                continue
            }
            let escape = text[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = Self.hex4(text, at: index) else {
                    output += [UInt8(ascii: "\\"), escape]
                    continue
                }
                index += 4
                if (0xD800...0xDBFF).contains(scalar), index + 6 <= text.count, text[index] == UInt8(ascii: "\\"),
                    text[index + 1] == UInt8(ascii: "u"), let low = Self.hex4(text, at: index + 2),
                    (0xDC00...0xDFFF).contains(low)
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                output += Array(String(character).utf8)
            default: output.append(escape)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hex4(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index + 4 <= text.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = text[index + offset]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }

    /// Whether a string node's bytes equal `key`'s UTF-8 (escaped names are decoded first).
    static func equals(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int, hasEscapes: Bool, key: String
    ) -> Bool {
        if hasEscapes { return Self.string(bytes, start: start, length: length, hasEscapes: true) == key }
        var key = key
        return key.withUTF8 { utf8 in
            utf8.count == length && (length == 0 || memcmp(utf8.baseAddress!, bytes.baseAddress! + start, length) == 0)
        }
    }

    // MARK: - Numbers

    /// An integer from JSON number text: `12`, `-3`, and also `5.0` or `1e3` when the value is whole.
    /// Nil for a fraction, a value out of range, or text that is not a number.
    static func integer<T: FixedWidthInteger>(
        _ type: T.Type, _ bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int
    ) -> T? {
        var index = start
        let end = start + length
        guard index < end else { return nil }
        let isNegative = bytes[index] == UInt8(ascii: "-")
        if isNegative || bytes[index] == UInt8(ascii: "+") { index += 1 }
        let digitsStart = index
        guard index < end else { return nil }
        var value: T = 0
        while index < end {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { break }
            let digit = T(byte - UInt8(ascii: "0"))
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) =
                isNegative ? times10.subtractingReportingOverflow(digit) : times10.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else {
                return Self.integerThroughDouble(type, bytes, start: start, length: length)
            }
            value = next
            index += 1
        }
        if index == end { return index > digitsStart ? value : nil }
        return Self.integerThroughDouble(type, bytes, start: start, length: length)
    }

    /// `5.0`, `1e3`: the value as a double, accepted when it is whole and fits.
    private static func integerThroughDouble<T: FixedWidthInteger>(
        _ type: T.Type, _ bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int
    ) -> T? {
        guard let double = Self.double(bytes, start: start, length: length), double.rounded() == double else {
            return nil
        }
        return T(exactly: double)
    }

    /// Powers of ten a `Double` holds exactly, for the fast path of ``double(_:start:length:)``.
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// A double from number text (JSON's grammar, also a leading `+`); nil when it is not a number.
    ///
    /// Up to 15 significant digits and a decimal exponent within ±22, the value is one exact
    /// multiplication or division and so correctly rounded; anything else goes to the standard
    /// library's parser.
    static func double(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int) -> Double? {
        var index = start
        let end = start + length
        guard index < end else { return nil }
        var isNegative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            isNegative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var digitCount = 0
        var exponent = 0
        var sawDigit = false
        while index < end, let digit = Self.digit(bytes[index]) {
            sawDigit = true
            if mantissa != 0 || digit != 0 { digitCount += 1 }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            index += 1
        }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < end, let digit = Self.digit(bytes[index]) {
                sawDigit = true
                if mantissa != 0 || digit != 0 { digitCount += 1 }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                exponent -= 1
                index += 1
            }
        }
        guard sawDigit else { return nil }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentSign = 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentSign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                index += 1
            }
            var written = 0
            var sawExponentDigit = false
            while index < end, let digit = Self.digit(bytes[index]) {
                sawExponentDigit = true
                written = min(written * 10 + digit, 100_000)
                index += 1
            }
            guard sawExponentDigit else { return nil }
            exponent += exponentSign * written
        }
        guard index == end else { return nil }
        if digitCount <= 15, (-22...22).contains(exponent) {
            var value = Double(mantissa)
            value = exponent < 0 ? value / Self.exactPowersOfTen[-exponent] : value * Self.exactPowersOfTen[exponent]
            return isNegative ? -value : value
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        guard let value = Double(text.hasPrefix("+") ? String(text.dropFirst()) : text), value.isFinite else {
            return nil
        }
        return value
    }

    @inline(__always)
    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
