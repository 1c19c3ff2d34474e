/// The root's `x-sdk`: Swift names for the namespace and module, the protocol (`roa` or `rpc`), RPC methods.
struct SDKExtensionRule: ValidationRule {
    let name = "x-sdk"

    func validate(_ spec: AssembledSpec) -> [Diagnostic] {
        guard let sdk = spec.root["x-sdk"] else {
            return [.error("missing 'x-sdk' in the root document (name, module, protocol)", at: spec.root.location)]
        }
        guard sdk.pairs != nil else {
            return [.error("'x-sdk' must be a mapping, found \(sdk.kindDescription)", at: sdk.location)]
        }
        var diagnostics: [Diagnostic] = []
        for key in ["name", "module"] {
            guard let value = sdk[key] else {
                diagnostics.append(.error("missing '\(key)' in 'x-sdk'", at: sdk.location))
                continue
            }
            if let text = value.text, !SwiftName.isValidIdentifier(text) {
                diagnostics.append(
                    .error("'x-sdk.\(key)' must be a Swift identifier, found '\(text)'", at: value.location))
            } else if value.text == nil {
                diagnostics.append(
                    .error("'x-sdk.\(key)' must be a string, found \(value.kindDescription)", at: value.location))
            }
        }
        if let product = sdk["product"], product.text == nil {
            diagnostics.append(
                .error("'x-sdk.product' must be a string, found \(product.kindDescription)", at: product.location))
        }
        guard let style = sdk["protocol"] else {
            diagnostics.append(.error("missing 'protocol' in 'x-sdk' (roa or rpc)", at: sdk.location))
            return diagnostics
        }
        switch style.scalarValue {
        case "roa":
            if let rpc = sdk["rpc"] {
                diagnostics.append(.error("'x-sdk.rpc' is only meaningful with 'protocol: rpc'", at: rpc.location))
            }
        case "rpc":
            diagnostics += Self.checkRPC(sdk["rpc"], sdk: sdk)
        default:
            let found = style.scalarValue.map { "'\($0)'" } ?? style.kindDescription
            diagnostics.append(.error("'x-sdk.protocol' must be 'roa' or 'rpc', found \(found)", at: style.location))
        }
        return diagnostics
    }

    private static func checkRPC(_ rpc: YAMLNode?, sdk: YAMLNode) -> [Diagnostic] {
        guard let rpc else { return [.error("missing 'rpc' in 'x-sdk' (methods: [POST, GET])", at: sdk.location)] }
        guard let methods = rpc["methods"]?.items, !methods.isEmpty else {
            return [
                .error("'x-sdk.rpc.methods' must list GET and/or POST", at: rpc["methods"]?.location ?? rpc.location)
            ]
        }
        return methods.compactMap { method in
            ["GET", "POST"].contains(method.scalarValue ?? "")
                ? nil
                : .error(
                    "unsupported RPC method '\(method.scalarValue ?? method.kindDescription)' (GET or POST)",
                    at: method.location)
        }
    }
}
