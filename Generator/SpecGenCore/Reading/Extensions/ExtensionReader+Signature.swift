extension ExtensionReader {
    /// The algorithms the runtime can sign with.
    static let signatureAlgorithms = ["acs-hmac-sha1", "acs3-hmac-sha256", "aws4-hmac-sha256"]

    /// `x-signature` on each security scheme: known algorithms, and the credential-scope service AWS4
    /// needs. The first scheme's well-formed extension is the service's.
    mutating func readSignature(in root: YAMLNode) -> SignatureExtension? {
        let schemes = root["components"]?["securitySchemes"]?.pairs ?? []
        guard !schemes.isEmpty else {
            self.error(
                "no security scheme declares 'x-signature' with the signing algorithms",
                at: root["components"] ?? root)
            return nil
        }
        var first: SignatureExtension?
        for scheme in schemes {
            let schemeName = scheme.key.scalarValue ?? "?"
            guard let node = scheme.value[VendorExtension.signature] else {
                self.error("security scheme '\(schemeName)' needs 'x-signature' with its algorithms", at: scheme.key)
                continue
            }
            let signature = self.readSignature(
                node, scheme: schemeName,
                pointer: ["components", "securitySchemes", schemeName, VendorExtension.signature])
            if first == nil { first = signature }
        }
        return first
    }

    private mutating func readSignature(
        _ node: YAMLNode, scheme: String, pointer: [String]
    ) -> SignatureExtension? {
        guard node.pairs != nil else {
            self.error("'x-signature' must be a mapping, found \(node.kindDescription)", at: node)
            return nil
        }
        guard let algorithms = node["algorithms"] else {
            self.error("missing 'algorithms' in 'x-signature' of '\(scheme)'", at: node)
            return nil
        }
        guard let items = algorithms.items, !items.isEmpty else {
            self.error("'x-signature.algorithms' must list at least one algorithm", at: algorithms)
            return nil
        }
        var value = SignatureExtension(algorithms: [], pointer: pointer)
        let known = Self.signatureAlgorithms.map { "'\($0)'" }.joined(separator: ", ")
        for item in items {
            guard let name = item.scalarValue, Self.signatureAlgorithms.contains(name) else {
                self.error("unknown signing algorithm \(Self.describe(item)) (known: \(known))", at: item)
                continue
            }
            value.algorithms.append(name)
        }
        if let service = node["service"] {
            if let text = service.text, !text.isEmpty {
                value.service = text
            } else {
                self.error("'x-signature.service' must be a non-empty string", at: service)
            }
        }
        if let aws4 = items.first(where: { $0.scalarValue == "aws4-hmac-sha256" }), node["service"] == nil {
            self.error(
                "'aws4-hmac-sha256' needs 'service' in 'x-signature' (the credential-scope service)", at: aws4)
        }
        // A value without all of its algorithms, or AWS4 without its service, cannot sign as the spec says.
        guard value.algorithms.count == items.count,
            !value.algorithms.contains("aws4-hmac-sha256") || value.service != nil
        else { return nil }
        return value
    }
}
