extension Lowering {
    /// The waiters of every operation's `x-waiters`, in operation order (by name within one
    /// operation), each with the triggers that `x-waiter-after` declares for it.
    ///
    /// The `x-waiters` and `x-waiter-after` rules have checked shapes, names, paths and types, so nothing
    /// is reported here: a waiter that does not resolve was reported by them, and the waiters of an
    /// operation that failed to lower are left out.
    func lowerWaiters(_ operations: [OperationModel]) -> [WaiterModel] {
        var waiters: [WaiterModel] = []
        for operation in self.document.operations {
            guard let model = operations.first(where: { $0.name == operation.operationID }) else { continue }
            for declaration in operation.waiters {
                if let waiter = self.lowerWaiter(declaration, operation: model) {
                    waiters.append(waiter)
                }
            }
        }
        for operation in self.document.operations {
            guard let name = operation.operationID, !self.failedOperations.contains(name) else { continue }
            for trigger in operation.waiterTriggers {
                // The `x-waiter-after` rule reports a name no `x-waiters` declares; a declared waiter that
                // failed to lower was reported where it failed.
                guard let index = waiters.firstIndex(where: { $0.name == trigger.waiter }) else { continue }
                waiters[index].triggers.append(
                    WaiterTriggerModel(operation: name, parameters: Self.triggerParameters(trigger)))
            }
        }
        return waiters
    }

    private static func triggerParameters(_ trigger: WaiterTriggerExtension) -> [WaiterTriggerModel.Parameter] {
        (trigger.parameters ?? []).compactMap { parameter in
            guard let source = parameter.source else { return nil }
            for (prefix, fromResponse) in [("$request.", false), ("$response.", true)] where source.hasPrefix(prefix) {
                return .init(
                    name: parameter.name, fromResponse: fromResponse, path: String(source.dropFirst(prefix.count)))
            }
            return nil
        }
    }

    private func lowerWaiter(_ declaration: WaiterExtension, operation: OperationModel) -> WaiterModel? {
        // The `x-waiters` rule requires both as positive whole seconds.
        guard let interval = declaration.interval, let timeout = declaration.timeout else { return nil }
        var acceptors: [WaiterAcceptorModel] = []
        for acceptor in declaration.acceptors {
            guard let matcher = self.matcher(acceptor, operation: operation) else { return nil }
            acceptors.append(WaiterAcceptorModel(matcher: matcher, result: acceptor.result))
        }
        return WaiterModel(
            name: declaration.name, summary: declaration.summary, operation: operation.name, interval: interval,
            timeout: timeout, acceptors: acceptors, origin: self.origin(declaration.pointer))
    }

    private func matcher(
        _ acceptor: WaiterExtension.Acceptor, operation: OperationModel
    ) -> WaiterAcceptorModel.Matcher? {
        if let code = acceptor.errorCode { return .errorCode(code) }
        if let status = acceptor.status { return .httpStatus(status) }
        // The `x-waiters` rule reports a path that names no response field.
        guard let path = acceptor.match, let resolved = self.responsePath(path, in: operation, allowsList: true) else {
            return nil
        }
        // The `x-waiters` rule requires `equals` to have the field's type (and, for an enum, to be one of
        // its values); a path through a list resolves only when the list's elements are structures.
        guard let expected = self.literal(acceptor.equals, for: resolved.field.type) else { return nil }
        guard let list = resolved.list else { return .value(resolved.field, expected: expected) }
        guard case .array(let element) = list.type, case .shape(let shape) = element.unwrapped else { return nil }
        return .elements(
            list: list, elementShape: shape, element: resolved.field, all: acceptor.elements != "any",
            expected: expected)
    }

    /// The literal for a field's type: enums and strings take text, numbers integers, booleans booleans.
    private func literal(_ value: YAMLNode?, for type: TypeReference) -> WaiterLiteral? {
        guard let value, value.scalarValue != nil, !value.isNull else { return nil }
        switch type {
        case .bool:
            if case .bool(let bool) = value.resolvedScalar { return .bool(bool) }
            return nil
        case .integer, .integer32, .integer64:
            return value.intValue.map(WaiterLiteral.integer)
        case .string:
            return Self.scalarText(value).map(WaiterLiteral.string)
        case .shape(let name):
            guard case .stringEnum? = self.shapes[name]?.kind else { return nil }
            return Self.scalarText(value).map(WaiterLiteral.string)
        default:
            return nil
        }
    }
}
