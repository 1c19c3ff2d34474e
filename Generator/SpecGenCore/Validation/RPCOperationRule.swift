/// RPC actions follow the folder's convention: path key `/?Action=<operationId>`, declared under `get`,
/// parameters `in: query`, no request body; `x-rpc-methods`, when an action is sent with fewer methods
/// than the service allows, lists some of `x-sdk.rpc.methods`.
struct RPCOperationRule: ValidationRule {
    let name = "rpc-operation"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        let sites = SpecTree(spec.root).operations
        guard document.isRPC else {
            return document.operations.compactMap { operation in
                guard operation.rpcMethods != nil else { return nil }
                return .error(
                    "'x-rpc-methods' applies to RPC actions only",
                    at: document.location(of: operation.pointer + [VendorExtension.rpcMethods]))
            }
        }
        var diagnostics: [Diagnostic] = []
        for operation in document.operations {
            diagnostics += Self.checkMethods(of: operation, in: document)
        }
        for site in sites {
            if let id = site.operationID, site.path != "/?Action=\(id)" {
                diagnostics.append(
                    .error(
                        "the path of RPC action '\(id)' must be '/?Action=\(id)', found '\(site.path)'",
                        at: site.pathKey.location))
            }
            if let method = site.methodKey.scalarValue, method != "get" {
                diagnostics.append(
                    .error(
                        "an RPC action is declared under 'get', found '\(method)' (x-sdk.rpc.methods says how it is sent)",
                        at: site.methodKey.location))
            }
            if let body = site.operation.pair(for: "requestBody") {
                diagnostics.append(
                    .error(
                        "an RPC action has no 'requestBody'; declare its parameters 'in: query'", at: body.key.location)
                )
            }
            for parameter in site.parameters {
                guard let location = parameter["in"], let place = location.text, place != "query" else { continue }
                let name = parameter["name"]?.text ?? "?"
                diagnostics.append(
                    .error("RPC parameter '\(name)' must be 'in: query', found 'in: \(place)'", at: location.location))
            }
        }
        return diagnostics
    }
}

extension RPCOperationRule {
    /// `x-rpc-methods` lists only methods of the service's `x-sdk.rpc.methods`.
    private static func checkMethods(of operation: SpecDocument.Operation, in document: SpecDocument) -> [Diagnostic] {
        guard let methods = operation.rpcMethods, let service = document.sdk?.rpcMethods else { return [] }
        let action = operation.operationID ?? operation.path
        return methods.enumerated().compactMap { index, method in
            guard !service.contains(method) else { return nil }
            return .error(
                "'x-rpc-methods' of '\(action)' lists '\(method)', which 'x-sdk.rpc.methods' does not "
                    + "(\(service.joined(separator: ", ")))",
                at: document.location(of: operation.pointer + [VendorExtension.rpcMethods, String(index)]))
        }
    }
}

extension SpecDocument {
    /// Whether `x-sdk.protocol` is `rpc`.
    var isRPC: Bool {
        self.sdk?.style == .rpc
    }
}
