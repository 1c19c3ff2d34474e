/// RPC actions follow the folder's convention: path key `/?Action=<operationId>`, declared under `get`,
/// parameters `in: query`, no request body; `x-rpc-methods`, when an action is sent with fewer methods
/// than the service allows, lists some of `x-sdk.rpc.methods`.
struct RPCOperationRule: ValidationRule {
    let name = "rpc-operation"

    func validate(_ spec: AssembledSpec) -> [Diagnostic] {
        let sites = SpecTree(spec.root).operations
        guard spec.isRPC else {
            return sites.compactMap { site in
                site.operation.pair(for: VendorExtension.rpcMethods).map {
                    .error("'x-rpc-methods' applies to RPC actions only", at: $0.key.location)
                }
            }
        }
        let serviceMethods = spec.root["x-sdk"]?["rpc"]?["methods"]?.textItems ?? []
        var diagnostics: [Diagnostic] = []
        for site in sites {
            if let methods = site.operation[VendorExtension.rpcMethods] {
                diagnostics += Self.checkMethods(methods, of: site, service: serviceMethods)
            }
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
    /// `x-rpc-methods`: a non-empty list of methods the service's `x-sdk.rpc.methods` lists.
    private static func checkMethods(
        _ node: YAMLNode, of site: SpecTree.OperationSite, service: [String]
    ) -> [Diagnostic] {
        let action = site.operationID ?? site.path
        guard let items = node.items, !items.isEmpty else {
            return [.error("'x-rpc-methods' of '\(action)' must list GET and/or POST", at: node.location)]
        }
        return items.compactMap { item in
            guard let method = item.text, service.contains(method) else {
                let found = item.text.map { "'\($0)'" } ?? item.kindDescription
                return .error(
                    "'x-rpc-methods' of '\(action)' lists \(found), which 'x-sdk.rpc.methods' does not "
                        + "(\(service.joined(separator: ", ")))",
                    at: item.location)
            }
            return nil
        }
    }
}

extension AssembledSpec {
    /// Whether `x-sdk.protocol` is `rpc`.
    var isRPC: Bool {
        self.root["x-sdk"]?["protocol"]?.text == "rpc"
    }
}
