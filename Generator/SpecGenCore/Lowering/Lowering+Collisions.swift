extension Lowering {
    /// Reports fields that share a wire name, or whose wire names map to one Swift name, naming both;
    /// returns whether all are distinct.
    @discardableResult
    mutating func checkCollisions(_ fields: [FieldModel], in owner: String) -> Bool {
        var seen: [String: FieldModel] = [:]
        var seenWire: [String: FieldModel] = [:]
        var distinct = true
        for field in fields {
            if let first = seenWire[field.wireName], Self.sharesOneValue(field, first) {
                // A body field repeating a path or query parameter of the same type (ACK's CreateTrigger
                // sends `cluster_id` in both): one wire-keyed value feeds both fields.
            } else if let first = seenWire[field.wireName] {
                distinct = false
                self.error(
                    "'\(field.wireName)' (\(field.location.rawValue)) and '\(first.wireName)' "
                        + "(\(first.location.rawValue)) in \(owner) share one wire name; the JSON of parameters "
                        + "keyed by wire names cannot hold both",
                    at: field.origin,
                    notes: [.note("'\(first.wireName)' is declared here", at: first.origin.location)])
                continue
            }
            if seenWire[field.wireName] == nil { seenWire[field.wireName] = field }
            let key = SwiftName.unescaped(field.swiftName)
            if field.location == .member, key == ShapeModel.undocumentedFieldsProperty {
                distinct = false
                self.error(
                    "'\(field.wireName)' in \(owner) maps to Swift name '\(key)', which holds the members the spec "
                        + "does not describe; rename it with 'x-swift-name'",
                    at: field.origin)
                continue
            }
            guard let first = seen[key] else {
                seen[key] = field
                continue
            }
            distinct = false
            let message =
                "'\(field.wireName)' (\(field.location.rawValue)) and '\(first.wireName)' (\(first.location.rawValue)) "
                + "in \(owner) both map to Swift name '\(key)'; rename one with 'x-swift-name'"
            self.error(
                message, at: field.origin,
                notes: [.note("'\(first.wireName)' is declared here", at: first.origin.location)])
        }
        return distinct
    }

    /// Whether two fields with one wire name may take one value: a body field and a path or query
    /// parameter of the same type.
    static func sharesOneValue(_ field: FieldModel, _ other: FieldModel) -> Bool {
        let locations: Set<FieldLocation> = [field.location, other.location]
        return locations.contains(.bodyField) && locations.count == 2
            && field.type.unwrapped == other.type.unwrapped
    }

    /// Two operations must not share a method or type name.
    mutating func checkOperationNames(_ operations: [OperationModel]) {
        var seen: [String: OperationModel] = [:]
        for operation in operations {
            if let first = seen[operation.methodName] {
                self.error(
                    "operations '\(first.name)' and '\(operation.name)' both map to Swift method '\(operation.methodName)'",
                    at: operation.origin,
                    notes: [.note("'\(first.name)' is declared here", at: first.origin.location)])
            } else {
                seen[operation.methodName] = operation
            }
        }
    }

    /// A shape must not take the name of an operation's request or response type.
    mutating func checkShapeNames(_ shapes: [ShapeModel], operations: [OperationModel], serviceName: String) {
        var operationTypes: [String: OperationModel] = [:]
        for operation in operations {
            operationTypes[operation.requestTypeName] = operation
            operationTypes[operation.responseTypeName] = operation
        }
        for shape in shapes {
            let bare = SwiftName.unescaped(shape.name)
            if RuntimeSymbols.reservedTypeNames.contains(bare) || bare == serviceName {
                self.error(
                    "type name '\(bare)' is reserved (it would shadow a runtime or namespace name); "
                        + "rename it with 'x-swift-name'",
                    at: shape.origin)
            }
            if let operation = operationTypes[shape.name] {
                self.error(
                    "type '\(shape.name)' collides with the request or response type of operation '\(operation.name)'; "
                        + "rename it with 'x-swift-name'",
                    at: shape.origin,
                    notes: [.note("'\(operation.name)' is declared here", at: operation.origin.location)])
            }
        }
    }
}
