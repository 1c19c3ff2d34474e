import HTTPTypes

extension HTTPHeaders {
    /// Headers holding the fields in order, names as written.
    public init(_ fields: HTTPFields) {
        self.init(fields.map { Field(name: $0.name.rawName, value: $0.value) })
    }

    /// The fields as HTTPTypes holds them; a field whose name is not a valid token is left out, and
    /// values are legalized as HTTPTypes does (trimmed, line breaks replaced).
    public var httpFields: HTTPFields {
        var fields = HTTPFields()
        for field in self {
            guard let name = HTTPField.Name(field.name) else { continue }
            fields.append(HTTPField(name: name, value: field.value))
        }
        return fields
    }
}
