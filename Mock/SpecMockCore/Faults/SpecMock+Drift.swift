import CloudRuntime
import CloudTestSupport

extension SpecMock {
    /// The answer, drifted when a `drift` fault rule fires for it.
    ///
    /// Only 2xx answers with a JSON body are candidates, so the rule's `count` and `rate` apply to
    /// those alone; error answers, empty bodies and deliberate misbehaviour pass unchanged.
    /// - Parameters:
    ///   - response: The mock's answer (from the examples or the stateful store).
    ///   - operation: The operation it answers.
    /// - Returns: The answer, possibly with a mutated body.
    func drifting(_ response: MockResponse, of operation: MockOperation) -> MockResponse {
        guard response.fault == nil, (200..<300).contains(response.status), Self.isJSON(response),
            self.faults.rules.contains(where: { $0.action.isDrift }),
            let mutator = self.mutators[operation.service], let model = mutator.operation(named: operation.operationID),
            let body = JSONValue.parsing(String(decoding: response.body, as: UTF8.self)),
            let rule = self.faults.fire(
                service: operation.service, operation: operation.operationID, trying: \.isDrift),
            case .drift(let mutations) = rule.action
        else { return response }
        var drifted = response
        drifted.body = Array(mutator.mutate(body, of: model, applying: mutations).body.jsonText.utf8)
        return drifted
    }

    private static func isJSON(_ response: MockResponse) -> Bool {
        !response.body.isEmpty && response.headers["Content-Type"]?.lowercased().contains("json") == true
    }
}
