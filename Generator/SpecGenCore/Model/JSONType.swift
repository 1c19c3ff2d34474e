/// A JSON Schema type name, as the spec writes it in `type`.
public enum JSONType: String, CaseIterable, Comparable, Sendable, Codable {
    case string, integer, number, boolean, object, array, null

    /// Orders types as listed above, so lists of them print in a stable order.
    public static func < (lhs: JSONType, rhs: JSONType) -> Bool {
        Self.allCases.firstIndex(of: lhs)! < Self.allCases.firstIndex(of: rhs)!
    }
}
