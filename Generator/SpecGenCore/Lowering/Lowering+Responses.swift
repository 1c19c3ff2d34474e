import OpenAPIKit

extension Lowering {
    /// The first 2xx response's JSON schema, as fields, a whole-body type, or nothing.
    mutating func lowerResponse(_ operation: OpenAPI.Operation, name: String, pointer: [String]) -> ResponseModel {
        var empty = ResponseModel(kind: .empty, hasSyntheticRequestID: true, origin: self.origin(pointer))
        guard let (status, either) = operation.responses.first(where: { $0.key.isSuccess }) else { return empty }
        let responsePointer = pointer + ["responses", status.rawValue]
        guard let response = either.b else {
            self.error("response references are not supported; declare the response inline", at: responsePointer)
            return empty
        }
        empty.description = response.description
        guard
            let (contentType, content) = response.content.first(where: { $0.key.rawValue.hasPrefix("application/json") }
            ),
            let schema = content.b?.schema
        else { return empty }
        let schemaPointer = responsePointer + ["content", contentType.rawValue, "schema"]
        let parent = SwiftName.unescaped(SwiftName.typeName(name)) + "Response"
        var kind: ResponseModel.Kind
        switch self.objectFields(schema, parent: parent, pointer: schemaPointer, location: .member) {
        case .some(let fields?):
            kind = .fields(fields)
        case .some(nil):
            return empty
        case .none:
            guard let type = self.typeReference(schema, pointer: schemaPointer, nameHint: parent + "Body") else {
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
            origin: self.origin(schemaPointer))
    }
}
