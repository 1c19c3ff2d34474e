/// The waiters in `<Name>+Client.swift`: each as a static `Waiter` of the service namespace
/// (`ACK.clusterRunningWaiter`), a client method that runs it (`waitUntilClusterRunning`), and the
/// `waiters` catalog that tools run from JSON, with the operations each waiter follows.
extension Translator {
    /// The waiter declarations; the catalog is always there (empty when the spec declares no waiter).
    func waiterDeclarations() -> [Declaration] {
        var namespaceMembers = self.model.waiters.compactMap(self.waiterDefinition)
        namespaceMembers.append(self.waiterCatalog())
        var declarations: [Declaration] = [
            .extension(ExtensionDeclaration(extendedType: self.model.name, members: namespaceMembers))
        ]
        let methods = self.model.waiters.compactMap(self.waitMethod)
        if !methods.isEmpty {
            declarations.append(
                .extension(ExtensionDeclaration(extendedType: "\(self.model.name)Client", members: methods)))
        }
        return declarations
    }

    private func polledOperation(_ waiter: WaiterModel) -> OperationModel? {
        self.model.operations.first { $0.name == waiter.operation }
    }

    private func waiterTypeName(_ operation: OperationModel) -> String {
        "\(RuntimeSymbols.waiter)<\(self.qualified(operation.requestTypeName)), \(self.qualified(operation.responseTypeName))>"
    }

    private func waiterDefinition(_ waiter: WaiterModel) -> Declaration? {
        guard let operation = self.polledOperation(waiter) else { return nil }
        let response = self.qualified(operation.responseTypeName)
        let acceptors = waiter.acceptors.map { self.acceptor($0, response: response) }
        let value = Expression.call(
            .identifier(self.waiterTypeName(operation)),
            [
                .init("name", .string(waiter.name)), .init("summary", waiter.summary.map(Expression.string) ?? .nil),
                .init("operation", .string(waiter.operation)),
                .init("interval", .call(.dot("seconds"), [.init(nil, .integer(waiter.interval))])),
                .init("timeout", .call(.dot("seconds"), [.init(nil, .integer(waiter.timeout))])),
                .init("acceptors", .array(acceptors)),
            ])
        let doc = Self.paragraphs([
            Self.lines(waiter.summary).isEmpty ? ["Waits with \(waiter.operation)."] : Self.lines(waiter.summary),
            ["Polls \(waiter.operation) every \(waiter.interval) s for up to \(waiter.timeout) s."],
            [self.remark(waiter.origin)],
        ])
        return .documented(
            doc,
            .variable(
                VariableDeclaration(isStatic: true, isMutable: false, name: waiter.memberName + "Waiter", value: value))
        )
    }

    private func acceptor(_ acceptor: WaiterAcceptorModel, response: String) -> Expression {
        let result = Expression.Argument("result", .dot(acceptor.result.rawValue))
        switch acceptor.matcher {
        case .value(let field, let expected):
            return .call(
                .dot("state"),
                [.init(nil, Self.keyPath(response, field.swiftPath)), .init("equals", Self.literal(expected)), result])
        case .elements(let list, let name, let element, let all, let expected):
            return .call(
                .dot(all ? "allElements" : "anyElement"),
                [
                    .init(nil, Self.keyPath(response, list.swiftPath)),
                    .init(nil, Self.keyPath(self.qualified(name), element.swiftPath)),
                    .init("equals", Self.literal(expected)), result,
                ])
        case .errorCode(let code):
            return .call(.dot("error"), [.init("code", .string(code)), result])
        case .httpStatus(let status):
            return .call(.dot("error"), [.init("status", .integer(status)), result])
        }
    }

    private static func literal(_ literal: WaiterLiteral) -> Expression {
        switch literal {
        case .string(let value): .string(value)
        case .integer(let value): .integer(value)
        case .bool(let value): .identifier(value ? "true" : "false")
        }
    }

    private func waiterCatalog() -> Declaration {
        let entries = self.model.waiters.map { waiter in
            var arguments: [Expression.Argument] = [
                .init(nil, .member(.identifier(self.model.name), waiter.memberName + "Waiter"))
            ]
            if !waiter.triggers.isEmpty {
                arguments.append(.init("triggers", .array(waiter.triggers.map(self.trigger))))
            }
            return Expression.call(.identifier(RuntimeSymbols.waiterCatalogEntry), arguments)
        }
        let doc = [
            "Every waiter of \(self.model.title), callable from JSON parameters keyed by wire names, with the "
                + "operations each one follows."
        ]
        return .documented(
            doc,
            .variable(
                VariableDeclaration(
                    isStatic: true, isMutable: false, name: "waiters",
                    type: .array(.named(RuntimeSymbols.waiterCatalogEntry)), value: .array(entries))))
    }

    private func trigger(_ trigger: WaiterTriggerModel) -> Expression {
        let parameters = trigger.parameters.map { parameter in
            Expression.call(
                .dot("init"),
                [
                    .init("name", .string(parameter.name)),
                    .init(
                        "source",
                        .call(
                            .dot(parameter.fromResponse ? "response" : "request"), [.init(nil, .string(parameter.path))]
                        )),
                ])
        }
        return .call(
            .identifier(RuntimeSymbols.waiterTrigger),
            [.init("operation", .string(trigger.operation)), .init("parameters", .array(parameters))])
    }

    private func waitMethod(_ waiter: WaiterModel) -> Declaration? {
        guard let operation = self.polledOperation(waiter) else { return nil }
        let call = Expression.try(
            .await(
                .member(.identifier(self.model.name), waiter.memberName + "Waiter").call(
                    "wait",
                    [
                        .init(nil, .identifier("request")), .init("options", .identifier("options")),
                        .init("progress", .identifier("progress")),
                        .init("poll", self.sendClosure(operation)),
                    ])))
        // The response is there for whoever wants the final state; waiting is the point.
        let function = FunctionDeclaration(
            attributes: ["@discardableResult"],
            kind: .function("waitUntil" + SwiftName.unescaped(SwiftName.typeName(waiter.name))),
            parameters: [
                .init(label: "_", name: "request", type: .named(self.qualified(operation.requestTypeName))),
                .init(
                    name: "options", type: .named(RuntimeSymbols.waiterOptions),
                    defaultValue: .call(.identifier(RuntimeSymbols.waiterOptions), [])),
                .init(
                    name: "progress", type: .optional(.named(RuntimeSymbols.waiterProgressHandler)), defaultValue: .nil),
            ],
            isAsync: true, isThrowing: true, returnType: .optional(.named(self.qualified(operation.responseTypeName))),
            body: [.expression(call)])
        let following = waiter.triggers.map(\.operation)
        let doc = Self.paragraphs([
            Self.lines(waiter.summary).isEmpty ? ["Waits with \(waiter.operation)."] : Self.lines(waiter.summary),
            [
                "Polls \(waiter.operation) every \(waiter.interval) s (or `options.interval`) until the waiter's "
                    + "acceptors decide, for up to \(waiter.timeout) s (or `options.timeout`)."
                    + (following.isEmpty ? "" : " Use it after \(following.joined(separator: ", ")).")
            ],
            [
                "- Parameters:",
                "  - request: The \(waiter.operation) request, sent unchanged on every poll.",
                "  - options: Interval and timeout overrides and the clock.",
                "  - progress: Called after every poll that does not end the wait.",
                "- Returns: The response that reached the wanted state; nil when an error means success "
                    + "(a deleted resource's `404`).",
                "- Throws: ``\(RuntimeSymbols.waiterError)`` on a failure state or the timeout; the error of a poll "
                    + "no acceptor matches; `CancellationError`.",
                self.remark(waiter.origin),
            ],
        ])
        return .documented(doc, .function(function))
    }
}
