/// `x-signature` on each security scheme: known algorithms, and the credential-scope service AWS4 needs.
struct SignatureRule: ValidationRule {
    let name = "x-signature"

    /// The algorithms the runtime can sign with.
    static let algorithms = ["acs-hmac-sha1", "acs3-hmac-sha256", "aws4-hmac-sha256"]

    func validate(_ spec: AssembledSpec) -> [Diagnostic] {
        let schemes = spec.root["components"]?["securitySchemes"]?.pairs ?? []
        guard !schemes.isEmpty else {
            return [
                .error(
                    "no security scheme declares 'x-signature' with the signing algorithms",
                    at: spec.root["components"]?.location ?? spec.root.location)
            ]
        }
        var diagnostics: [Diagnostic] = []
        for scheme in schemes {
            let schemeName = scheme.key.scalarValue ?? "?"
            guard let signature = scheme.value["x-signature"] else {
                diagnostics.append(
                    .error(
                        "security scheme '\(schemeName)' needs 'x-signature' with its algorithms",
                        at: scheme.key.location))
                continue
            }
            diagnostics += Self.check(signature, scheme: schemeName)
        }
        return diagnostics
    }

    private static func check(_ signature: YAMLNode, scheme: String) -> [Diagnostic] {
        guard signature.pairs != nil else {
            return [
                .error("'x-signature' must be a mapping, found \(signature.kindDescription)", at: signature.location)
            ]
        }
        guard let algorithms = signature["algorithms"] else {
            return [.error("missing 'algorithms' in 'x-signature' of '\(scheme)'", at: signature.location)]
        }
        guard let items = algorithms.items, !items.isEmpty else {
            return [.error("'x-signature.algorithms' must list at least one algorithm", at: algorithms.location)]
        }
        var diagnostics: [Diagnostic] = []
        let known = Self.algorithms.map { "'\($0)'" }.joined(separator: ", ")
        for item in items where !Self.algorithms.contains(item.scalarValue ?? "") {
            let found = item.scalarValue.map { "'\($0)'" } ?? item.kindDescription
            diagnostics.append(.error("unknown signing algorithm \(found) (known: \(known))", at: item.location))
        }
        if let aws4 = items.first(where: { $0.scalarValue == "aws4-hmac-sha256" }) {
            if let service = signature["service"] {
                if service.text?.isEmpty ?? true {
                    diagnostics.append(.error("'x-signature.service' must be a non-empty string", at: service.location))
                }
            } else {
                diagnostics.append(
                    .error(
                        "'aws4-hmac-sha256' needs 'service' in 'x-signature' (the credential-scope service)",
                        at: aws4.location))
            }
        }
        return diagnostics
    }
}
