/// RPC actions follow the folder's convention: path key `/?Action=<operationId>`, declared under `get`,
/// parameters `in: query`, no request body.
struct RPCOperationRule: ValidationRule {
    let name = "rpc-operation"

    func validate(_ spec: AssembledSpec) -> [Diagnostic] {
        guard spec.isRPC else { return [] }
        var diagnostics: [Diagnostic] = []
        for site in SpecTree(spec.root).operations {
            if let id = site.operationID, site.path != "/?Action=\(id)" {
                diagnostics.append(
                    .error("the path of RPC action '\(id)' must be '/?Action=\(id)', found '\(site.path)'", at: site.pathKey.location))
            }
            if let method = site.methodKey.scalarValue, method != "get" {
                diagnostics.append(
                    .error("an RPC action is declared under 'get', found '\(method)' (x-sdk.rpc.methods says how it is sent)",
                        at: site.methodKey.location))
            }
            if let body = site.operation.pair(for: "requestBody") {
                diagnostics.append(
                    .error("an RPC action has no 'requestBody'; declare its parameters 'in: query'", at: body.key.location))
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

extension AssembledSpec {
    /// Whether `x-sdk.protocol` is `rpc`.
    var isRPC: Bool {
        self.root["x-sdk"]?["protocol"]?.text == "rpc"
    }
}
