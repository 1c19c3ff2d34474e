/// Test helpers shared by the crypto tests.
enum CryptoVectors {
    /// The bytes of lower-case or upper-case hexadecimal text.
    static func bytes(hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        precondition(digits.count.isMultiple(of: 2), "odd hex length")
        return stride(from: 0, to: digits.count, by: 2).map { index in
            UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16)!
        }
    }

    /// `count` copies of one byte.
    static func repeated(_ byte: UInt8, _ count: Int) -> [UInt8] {
        [UInt8](repeating: byte, count: count)
    }

    /// Deterministic pseudo-random bytes (SplitMix64), so failures reproduce.
    static func pseudoRandom(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return UInt8(truncatingIfNeeded: mixed ^ (mixed >> 31))
        }
    }
}

/// A collection of bytes that never offers contiguous storage, so the digests take their copying path.
struct ScatteredBytes: Collection {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var startIndex: Int { 0 }
    var endIndex: Int { self.bytes.count }
    func index(after index: Int) -> Int { index + 1 }
    subscript(position: Int) -> UInt8 { self.bytes[position] }
}
