import OpenAPIKit

extension VendorExtension {
    /// The waiters that poll an operation, on the polled operation.
    static let waiters = "x-waiters"
    /// The waiters that follow an operation, on the triggering operation.
    static let waiterAfter = "x-waiter-after"
}

extension Lowering {
    /// The waiters of every operation's `x-waiters`, in operation order (by name within one
    /// operation), each with the triggers that `x-waiter-after` declares for it.
    ///
    /// The lint rules have checked shapes, names and types; what is left to report here is a path
    /// that does not survive lowering.
    mutating func lowerWaiters(_ operations: [OperationModel]) -> [WaiterModel] {
        var waiters: [WaiterModel] = []
        let sites = self.operationSites()
        for (operation, pointer) in sites {
            guard let declarations = operation.vendorExtensions[VendorExtension.waiters]?.value as? [String: Any],
                let model = operations.first(where: { $0.name == operation.operationId })
            else { continue }
            for name in declarations.keys.sorted() {
                guard let declaration = declarations[name] as? [String: Any] else { continue }
                let waiterPointer = pointer + [VendorExtension.waiters, name]
                if let waiter = self.lowerWaiter(name, declaration, operation: model, pointer: waiterPointer) {
                    waiters.append(waiter)
                }
            }
        }
        for (operation, pointer) in sites {
            guard let value = operation.vendorExtensions[VendorExtension.waiterAfter]?.value,
                let name = operation.operationId
            else { continue }
            let entries = (value as? [Any]) ?? [value]
            for case let entry as [String: Any] in entries {
                guard let waiterName = entry["waiter"] as? String,
                    let index = waiters.firstIndex(where: { $0.name == waiterName })
                else {
                    self.error(
                        "'x-waiter-after' names no waiter of the service", at: pointer + [VendorExtension.waiterAfter])
                    continue
                }
                waiters[index].triggers.append(
                    WaiterTriggerModel(operation: name, parameters: Self.triggerParameters(entry)))
            }
        }
        return waiters
    }

    private static func triggerParameters(_ entry: [String: Any]) -> [WaiterTriggerModel.Parameter] {
        let parameters = entry["parameters"] as? [String: Any] ?? [:]
        return parameters.keys.sorted().compactMap { name in
            guard let source = parameters[name] as? String else { return nil }
            for (prefix, fromResponse) in [("$request.", false), ("$response.", true)] where source.hasPrefix(prefix) {
                return .init(name: name, fromResponse: fromResponse, path: String(source.dropFirst(prefix.count)))
            }
            return nil
        }
    }

    private mutating func lowerWaiter(
        _ name: String, _ declaration: [String: Any], operation: OperationModel, pointer: [String]
    ) -> WaiterModel? {
        guard let interval = declaration["interval"].flatMap(VendorExtension.integer),
            let timeout = declaration["timeout"].flatMap(VendorExtension.integer)
        else {
            self.error("waiter '\(name)' needs whole-second 'interval' and 'timeout'", at: pointer)
            return nil
        }
        var acceptors: [WaiterAcceptorModel] = []
        for (index, value) in (declaration["acceptors"] as? [Any] ?? []).enumerated() {
            guard let acceptor = value as? [String: Any],
                let result = (acceptor["result"] as? String).flatMap(WaiterAcceptorModel.Result.init(rawValue:)),
                let matcher = self.matcher(
                    acceptor, operation: operation, pointer: pointer + ["acceptors", String(index)])
            else { return nil }
            acceptors.append(WaiterAcceptorModel(matcher: matcher, result: result))
        }
        return WaiterModel(
            name: name, summary: declaration["summary"] as? String, operation: operation.name, interval: interval,
            timeout: timeout, acceptors: acceptors, origin: self.origin(pointer))
    }

    private mutating func matcher(
        _ acceptor: [String: Any], operation: OperationModel, pointer: [String]
    ) -> WaiterAcceptorModel.Matcher? {
        if let code = acceptor["error"] as? String { return .errorCode(code) }
        if let status = acceptor["status"].flatMap(VendorExtension.integer) { return .httpStatus(status) }
        guard let path = acceptor["match"] as? String,
            let resolved = self.responsePath(path, in: operation, allowsList: true)
        else {
            self.error("'match' names no field of the response of '\(operation.name)'", at: pointer)
            return nil
        }
        guard let expected = self.literal(acceptor["equals"], for: resolved.field.type) else {
            self.error("'equals' does not fit the type of '\(path)'", at: pointer + ["equals"])
            return nil
        }
        guard let list = resolved.list else { return .value(resolved.field, expected: expected) }
        guard case .array(let element) = list.type, case .shape(let shape) = element.unwrapped else {
            self.error("'match: \(path)' goes through a list whose elements are not structures", at: pointer)
            return nil
        }
        return .elements(
            list: list, elementShape: shape, element: resolved.field, all: acceptor["elements"] as? String != "any",
            expected: expected)
    }

    /// The literal for a field's type: enums and strings take text, numbers integers, booleans booleans.
    private func literal(_ value: Any?, for type: TypeReference) -> WaiterLiteral? {
        guard let value else { return nil }
        switch type {
        case .bool:
            if let bool = value as? Bool { return .bool(bool) }
            return nil
        case .integer, .integer32, .integer64:
            return VendorExtension.integer(value).map(WaiterLiteral.integer)
        case .string:
            return VendorExtension.string(value).map(WaiterLiteral.string)
        case .shape(let name):
            guard case .stringEnum? = self.shapes[name]?.kind else { return nil }
            return VendorExtension.string(value).map(WaiterLiteral.string)
        default:
            return nil
        }
    }
}
