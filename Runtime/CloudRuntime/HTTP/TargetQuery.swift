/// The query of a request target, read on bytes straight from the target as sent: the one reader of
/// a target's query.
///
/// Pairs split at `&` (empty ones skipped) and at their first `=` (none: an empty value), and each
/// `%XX` decoded. The signers write their canonical forms from it without building a `String` per
/// name and value; ``RequestTarget/init(parsing:)`` takes its ``items``.
struct TargetQuery {
    /// The decoded names and values, end to end.
    private var decoded: [UInt8] = []
    /// Each pair's name and value in ``decoded``, in the order sent.
    private var pairs: [(name: Range<Int>, value: Range<Int>)] = []

    /// Reads the query of a target: everything after its first `?`; no `?`, no query.
    ///
    /// - Throws: ``SigningError`` when an escape is not `%` and two hexadecimal digits.
    init(target: String) throws(SigningError) {
        let utf8 = target.utf8
        guard let mark = utf8.firstIndex(of: UInt8(ascii: "?")) else { return }
        let query = Array(utf8[utf8.index(after: mark)...])
        self.decoded.reserveCapacity(query.count)
        var start = 0
        while start < query.count {
            let end = query[start...].firstIndex(of: UInt8(ascii: "&")) ?? query.count
            if end > start {
                let equals = query[start..<end].firstIndex(of: UInt8(ascii: "="))
                let name = try self.decode(query[start..<(equals ?? end)], target: target)
                var value = name.upperBound..<name.upperBound
                if let equals { value = try self.decode(query[(equals + 1)..<end], target: target) }
                self.pairs.append((name, value))
            }
            start = end + 1
        }
    }

    /// Whether the target has no query parameters.
    var isEmpty: Bool { self.pairs.isEmpty }

    /// The parameters, decoded, in the order sent; nil when a name or value is not UTF-8.
    var items: [QueryItem]? {
        var items: [QueryItem] = []
        items.reserveCapacity(self.pairs.count)
        for pair in self.pairs {
            guard let name = String(validating: self.decoded[pair.name], as: UTF8.self),
                let value = String(validating: self.decoded[pair.value], as: UTF8.self)
            else { return nil }
            items.append(QueryItem(name: name, value: value))
        }
        return items
    }

    /// The path part of a target: everything before its first `?`.
    static func path(of target: String) -> Substring {
        target.utf8.firstIndex(of: UInt8(ascii: "?")).map { target[..<$0] } ?? target[...]
    }

    /// Appends the ACS v1 form: `name=value` with names and values unencoded, sorted by name (repeated
    /// names keep their order), joined by `&`.
    func appendUnencodedSortedByName(to output: inout [UInt8]) {
        self.decoded.withUnsafeBufferPointer { bytes in
            let order = self.pairs.indices.sorted { lhs, rhs in
                let left = bytes[self.pairs[lhs].name]
                let right = bytes[self.pairs[rhs].name]
                if left.elementsEqual(right) { return lhs < rhs }
                return left.lexicographicallyPrecedes(right)
            }
            for (position, index) in order.enumerated() {
                if position > 0 { output.append(UInt8(ascii: "&")) }
                output.append(contentsOf: bytes[self.pairs[index].name])
                output.append(UInt8(ascii: "="))
                output.append(contentsOf: bytes[self.pairs[index].value])
            }
        }
    }

    /// Appends the ACS3 and AWS4 form: names and values encoded like ``PercentEncoding/encode(_:)``,
    /// sorted by encoded name and then encoded value, `name=value` joined by `&`.
    func appendCanonical(to output: inout [UInt8]) {
        var encoded: [UInt8] = []
        encoded.reserveCapacity(self.decoded.count * 3 / 2)
        var ranges: [(name: Range<Int>, value: Range<Int>)] = []
        ranges.reserveCapacity(self.pairs.count)
        self.decoded.withUnsafeBufferPointer { bytes in
            for pair in self.pairs {
                let nameStart = encoded.count
                PercentEncoding.appendEncoded(bytes[pair.name], to: &encoded)
                let valueStart = encoded.count
                PercentEncoding.appendEncoded(bytes[pair.value], to: &encoded)
                ranges.append((nameStart..<valueStart, valueStart..<encoded.count))
            }
        }
        encoded.withUnsafeBufferPointer { bytes in
            let order = ranges.sorted { lhs, rhs in
                let leftName = bytes[lhs.name]
                let rightName = bytes[rhs.name]
                if !leftName.elementsEqual(rightName) { return leftName.lexicographicallyPrecedes(rightName) }
                return bytes[lhs.value].lexicographicallyPrecedes(bytes[rhs.value])
            }
            for (position, pair) in order.enumerated() {
                if position > 0 { output.append(UInt8(ascii: "&")) }
                output.append(contentsOf: bytes[pair.name])
                output.append(UInt8(ascii: "="))
                output.append(contentsOf: bytes[pair.value])
            }
        }
    }

    /// Decodes one name or value onto the end of ``decoded``; returns where it landed.
    private mutating func decode(_ text: ArraySlice<UInt8>, target: String) throws(SigningError) -> Range<Int> {
        let start = self.decoded.count
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < text.endIndex, let high = PercentEncoding.hexValue(text[index + 1]),
                    let low = PercentEncoding.hexValue(text[index + 2])
                else {
                    throw SigningError(message: "the request target '\(target)' has a malformed percent escape")
                }
                self.decoded.append(high << 4 | low)
                index += 3
            } else {
                self.decoded.append(byte)
                index += 1
            }
        }
        return start..<self.decoded.count
    }
}
