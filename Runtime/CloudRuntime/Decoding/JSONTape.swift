/// A parsed JSON text as a flat list of nodes, in document order, pointing into the text's bytes.
///
/// An object is its node followed by, per member, a key node and the member's value; an array is
/// its node followed by its elements. Every node records where the next sibling starts, so a
/// reader skips a whole subtree in one step. Strings and numbers stay unconverted until a reader
/// asks for them as a type, which is what lets the decoder read `"5"` as an integer and `5` as a
/// string.
struct JSONTape {
    /// What a node is.
    enum Kind: UInt8 {
        case null, `true`, `false`, number, string, array, object
    }

    /// One value (or one object key, stored as a string node).
    struct Node {
        /// String: the first byte after the opening quote. Number: its first byte. Others: unused.
        var start: UInt32
        /// String or number: its length in bytes. Array or object: its element or member count.
        var length: UInt32
        /// The index of the node after this value and everything inside it.
        var next: UInt32
        /// The kind.
        var kind: Kind
        /// String: it holds escapes. Number: it has a fraction or an exponent.
        var flag: Bool
        /// Key: the decoder has looked this member up (the rest are undocumented fields).
        var visited: Bool
    }

    /// The nodes; the first is the top-level value.
    var nodes: [Node]

    /// The node after `index`'s value and everything inside it.
    @inline(__always)
    func next(after index: Int) -> Int {
        Int(self.nodes[index].next)
    }
}

/// The body is not JSON: where the parser stopped and why.
struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The byte offset at which the text stops being JSON.
    var offset: Int
    /// What was expected there.
    var reason: String

    /// For example `not JSON at byte 17: expected ',' or '}'`.
    var description: String {
        "not JSON at byte \(self.offset): \(self.reason)"
    }
}
