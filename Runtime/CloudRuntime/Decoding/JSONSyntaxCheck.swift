/// Where a text stops being JSON, for the tools of this package that read JSON a person typed
/// (`cloudctl --body`), through the runtime's own parser.
package enum JSONSyntaxCheck {
    /// The 1-based line and column where the text stops being JSON, and what was expected there; nil
    /// when the text is JSON.
    package static func locate(in text: String) -> (line: Int, column: Int, reason: String)? {
        var bytes = Array(text.utf8)
        let failure: JSONSyntaxError? = bytes.withUnsafeMutableBufferPointer { buffer in
            do {
                _ = try JSONTape(parsing: UnsafeBufferPointer(buffer))
                return nil
            } catch let error as JSONSyntaxError {
                return error
            } catch {
                return JSONSyntaxError(offset: 0, reason: "unreadable")
            }
        }
        guard let failure else { return nil }
        let before = bytes.prefix(min(failure.offset, bytes.count))
        let line = before.count { $0 == UInt8(ascii: "\n") } + 1
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<before.count], as: UTF8.self).count + 1
        return (line, column, failure.reason)
    }
}
