/// A spec cannot be served, or a requested example does not exist.
public struct SpecMockError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, naming the spec folder or operation.
    public var description: String

    /// Creates an error.
    public init(_ description: String) {
        self.description = description
    }
}
