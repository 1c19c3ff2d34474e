/// The spec edit that makes a drift record no longer a deviation, or why there is none.
enum DriftEdit: Hashable, Sendable {
    /// Add a type to the `type` list of the field whose schema is at the pointer; `.null` makes it nullable.
    case widenType(field: [String], adding: JSONType)
    /// Add a property, marked `x-observed`, to the object schema at the pointer.
    case addProperty(object: [String], name: String, observed: JSONType)
    /// Remove a name from the `required` list of the object schema at the pointer.
    case removeRequired(object: [String], name: String)
    /// Add a value to the `enum` list of the schema at the pointer.
    case addEnumValue(schema: [String], value: String)
    /// No edit can be made from the record; the reason says what to look at.
    case manual(String)
}

/// What a drift record means for the spec it is matched with.
enum DriftResolution: Sendable {
    /// The spec already allows what the server sent (after an edit, or from the start).
    case allowed
    /// The record's path does not lead anywhere in the spec; the reason says where it stops.
    case unmatched(String)
    /// The spec contradicts the record.
    case contradicts(DriftContradiction)
}

/// Where and how the spec contradicts a record.
struct DriftContradiction: Sendable {
    /// The spec node contradicted: the field's schema, or for an unknown field the object's `properties`.
    var location: SourceLocation?
    /// What the node is, for messages: a field's wire name, a schema's label.
    var subject: String
    /// The member the server sent, for an unknown field.
    var member: String?
    /// What the spec allows there, e.g. `integer` or `integer or string`.
    var specType: String
    /// The edit that resolves it.
    var edit: DriftEdit
}
