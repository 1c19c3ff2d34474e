extension Collection<UInt8> {
    /// Runs `body` on the bytes in place when the collection stores them contiguously (arrays, slices,
    /// native strings' UTF-8 views, `Data`), else on a copy.
    ///
    /// - Parameter body: Reads the bytes; the buffer is valid only during the call.
    /// - Returns: What `body` returns.
    @inline(__always)
    func withContiguousBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        if let result = self.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(self).withUnsafeBytes(body)
    }
}
