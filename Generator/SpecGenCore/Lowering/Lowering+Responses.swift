extension Lowering {
    /// The first 2xx response's JSON schema, as fields, a whole-body type, or nothing.
    ///
    /// A schema that refers to a named one is that type as a whole body, so the response holds the
    /// spec's structure instead of a copy of its fields; an inline object schema is the response's
    /// own fields.
    mutating func lowerResponse(_ operation: SpecDocument.Operation, name: String) -> ResponseModel {
        var empty = ResponseModel(kind: .empty, hasSyntheticRequestID: true, origin: self.origin(operation.pointer))
        guard let response = operation.successResponse else { return empty }
        empty.description = response.description
        guard let schema = response.content.first(where: \.isJSON)?.schema else { return empty }
        let parent = SwiftName.unescaped(SwiftName.typeName(name)) + "Response"
        var kind: ResponseModel.Kind
        switch Self.unwrappingSingleAllOf(schema).referencedSchemaName == nil
            ? self.objectFields(schema, parent: parent, location: .member) : .notAnObject
        {
        case .fields(let fields):
            kind = .fields(fields)
        case .failed:
            return empty
        case .notAnObject:
            guard let type = self.typeReference(schema, nameHint: parent + "Body") else {
                return empty
            }
            kind = .body(type)
        }
        var hasSyntheticRequestID = true
        if case .fields(var fields) = kind, let index = fields.firstIndex(where: { $0.swiftName == "requestID" }) {
            // The runtime's response protocol requires an optional string `requestID` it can fill in.
            guard fields[index].type.unwrapped == .string else {
                self.error(
                    "'\(fields[index].wireName)' maps to 'requestID', which must be a string", at: fields[index].origin)
                return empty
            }
            fields[index].type = .optional(.string)
            kind = .fields(fields)
            hasSyntheticRequestID = false
        }
        if case .fields(let fields) = kind {
            self.checkCollisions(fields, in: "response \(name)")
        }
        return ResponseModel(
            kind: kind, hasSyntheticRequestID: hasSyntheticRequestID, description: response.description,
            origin: self.origin(schema.pointer))
    }
}
