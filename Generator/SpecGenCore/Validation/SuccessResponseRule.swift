/// Every operation declares a 2xx response: its body is the Swift response type.
struct SuccessResponseRule: ValidationRule {
    let name = "success-response"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        SpecTree(spec.root).operations.compactMap { site in
            let operation =
                site.operationID.map { "'\($0)'" } ?? "\(site.methodKey.scalarValue?.uppercased() ?? "") \(site.path)"
            guard let responses = site.operation["responses"] else {
                return .error("operation \(operation) has no 'responses'", at: site.methodKey.location)
            }
            let codes = (responses.pairs ?? []).compactMap { $0.key.scalarValue }
            if codes.contains(where: { $0.count == 3 && ($0.hasPrefix("2")) }) { return nil }
            return .error("operation \(operation) has no 2xx response", at: responses.location)
        }
    }
}
