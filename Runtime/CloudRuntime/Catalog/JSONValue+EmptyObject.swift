extension JSONValue {
    /// `{}`: what a response without fields encodes as, since a JSON encoder rejects a top-level
    /// value that writes nothing.
    public static let emptyObject = JSONValue.object([:])
}
