extension ExtensionReader {
    /// The root's `x-sdk`: Swift names for the namespace and module (identifiers), the protocol (`roa`
    /// or `rpc`), the vendor's product code, and for RPC the methods actions may be sent with (GET, POST).
    mutating func readSDK(in root: YAMLNode) -> SDKExtension? {
        guard let sdk = root[VendorExtension.sdk] else {
            self.error("missing 'x-sdk' in the root document (name, module, protocol)", at: root)
            return nil
        }
        guard sdk.pairs != nil else {
            self.error("'x-sdk' must be a mapping, found \(sdk.kindDescription)", at: sdk)
            return nil
        }
        var value = SDKExtension(pointer: [VendorExtension.sdk])
        value.name = self.readIdentifier("name", of: sdk)
        value.module = self.readIdentifier("module", of: sdk)
        if let product = sdk["product"] {
            if let text = product.text {
                value.product = text
            } else {
                self.error("'x-sdk.product' must be a string, found \(product.kindDescription)", at: product)
            }
        }
        guard let style = sdk["protocol"] else {
            self.error("missing 'protocol' in 'x-sdk' (roa or rpc)", at: sdk)
            return value
        }
        switch style.scalarValue {
        case "roa":
            value.style = .roa
            if let rpc = sdk["rpc"] { self.error("'x-sdk.rpc' is only meaningful with 'protocol: rpc'", at: rpc) }
        case "rpc":
            value.style = .rpc
            value.rpcMethods = self.readRPCMethods(sdk["rpc"], sdk: sdk)
        default:
            self.error("'x-sdk.protocol' must be 'roa' or 'rpc', found \(Self.describe(style))", at: style)
        }
        return value
    }

    private mutating func readIdentifier(_ key: String, of sdk: YAMLNode) -> String? {
        guard let node = sdk[key] else {
            self.error("missing '\(key)' in 'x-sdk'", at: sdk)
            return nil
        }
        guard let text = node.text else {
            self.error("'x-sdk.\(key)' must be a string, found \(node.kindDescription)", at: node)
            return nil
        }
        guard SwiftName.isValidIdentifier(text) else {
            self.error("'x-sdk.\(key)' must be a Swift identifier, found '\(text)'", at: node)
            return nil
        }
        return text
    }

    private mutating func readRPCMethods(_ rpc: YAMLNode?, sdk: YAMLNode) -> [String]? {
        guard let rpc else {
            self.error("missing 'rpc' in 'x-sdk' (methods: [POST, GET])", at: sdk)
            return nil
        }
        guard let methods = rpc["methods"]?.items, !methods.isEmpty else {
            self.error("'x-sdk.rpc.methods' must list GET and/or POST", at: rpc["methods"] ?? rpc)
            return nil
        }
        var read: [String] = []
        for method in methods {
            guard let text = method.scalarValue, ["GET", "POST"].contains(text) else {
                self.error(
                    "unsupported RPC method '\(method.scalarValue ?? method.kindDescription)' (GET or POST)",
                    at: method)
                continue
            }
            read.append(text)
        }
        return read.isEmpty ? nil : read
    }
}
