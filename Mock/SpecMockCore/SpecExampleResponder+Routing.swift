import CloudRuntime
import CloudTestSupport
import Foundation

extension SpecExampleResponder {
    /// Where a request goes: an operation whose required parameters are all present, or an error answer.
    public enum Route: Sendable {
        /// The request reaches this operation.
        case operation(MockOperation)
        /// The request is answered with this vendor-shaped error.
        case failure(MockResponse)
    }

    /// Routes a request: RPC when it carries an `Action` (query or form body), ROA otherwise.
    public func route(_ request: RecordedRequest) -> Route {
        let parameters = Self.rpcParameters(of: request)
        if let action = parameters.first(where: { $0.name == "Action" })?.value {
            return self.routeRPC(request, action: action, parameters: parameters)
        }
        return self.routeROA(request)
    }

    /// The parameters of an RPC request: the query, then the form body when there is one.
    static func rpcParameters(of request: RecordedRequest) -> [QueryItem] {
        let contentType = request.header("Content-Type")?.lowercased() ?? ""
        let isForm = contentType.hasPrefix("application/x-www-form-urlencoded")
        return request.queryItems + (isForm ? request.formParameters : [])
    }

    private func routeRPC(_ request: RecordedRequest, action: String, parameters: [QueryItem]) -> Route {
        let requestID = "mock-request-\(request.sequenceNumber)"
        let rpc = self.operations.filter { $0.style == .rpc }
        let shape = rpc.first?.errorShape ?? .kingsoft
        let candidates = rpc.filter { $0.action == action }
        guard !candidates.isEmpty else { return .failure(shape.unknownRoute(action, requestID: requestID)) }
        guard let version = parameters.first(where: { $0.name == "Version" })?.value, !version.isEmpty else {
            return .failure(candidates[0].errorShape.missingParameter("Version", requestID: requestID))
        }
        guard let operation = candidates.first(where: { $0.apiVersion == version }) else {
            return .failure(
                candidates[0].errorShape.invalidVersion(
                    version, expected: candidates.map(\.apiVersion), requestID: requestID))
        }
        if !operation.rpcMethods.isEmpty, !operation.rpcMethods.contains(request.method.uppercased()) {
            return .failure(operation.errorShape.unsupportedMethod(request.method, requestID: requestID))
        }
        for required in operation.requiredParameters where !Self.isPresent(required.name, in: parameters) {
            return .failure(operation.errorShape.missingParameter(required.name, requestID: requestID))
        }
        return .operation(operation)
    }

    /// A scalar with a non-empty value, or a flattened list or structure (`Name.1`, `Name.1.Key`).
    private static func isPresent(_ name: String, in parameters: [QueryItem]) -> Bool {
        parameters.contains { ($0.name == name && !$0.value.isEmpty) || $0.name.hasPrefix(name + ".") }
    }

    private func routeROA(_ request: RecordedRequest) -> Route {
        let requestID = "mock-request-\(request.sequenceNumber)"
        let roa = self.operations.filter { $0.style == .roa }
        let shape = roa.first?.errorShape ?? .alibaba
        let segments = Self.pathSegments(request.rawPath)
        let candidates = roa.filter {
            $0.method == request.method.uppercased() && Self.matches(template: $0.pathTemplate, segments: segments)
        }
        guard !candidates.isEmpty else {
            return .failure(shape.unknownRoute("\(request.method) \(request.path)", requestID: requestID))
        }
        guard let version = request.header("x-acs-version"), !version.isEmpty else {
            return .failure(candidates[0].errorShape.missingParameter("x-acs-version", requestID: requestID))
        }
        guard let operation = candidates.first(where: { $0.apiVersion == version }) else {
            return .failure(
                candidates[0].errorShape.invalidVersion(
                    version, expected: candidates.map(\.apiVersion), requestID: requestID))
        }
        if let missing = Self.firstMissing(operation, in: request) {
            return .failure(operation.errorShape.missingParameter(missing, requestID: requestID))
        }
        return .operation(operation)
    }

    /// The first required query or body parameter the request lacks (path parameters matched already).
    private static func firstMissing(_ operation: MockOperation, in request: RecordedRequest) -> String? {
        let body = request.jsonObjectBody()
        for required in operation.requiredParameters {
            switch required.location {
            case .path:
                continue
            case .query:
                if request.queryValue(required.name) == nil { return required.name }
            case .body:
                // A body that is not a JSON object is the validator's to report, as an invalid body.
                guard let body else {
                    if request.body.isEmpty { return required.name }
                    continue
                }
                if body[required.name] == nil { return required.name }
            }
        }
        return nil
    }

    /// The path's segments, each percent-decoded after splitting so that an encoded `/` stays inside its segment.
    static func pathSegments(_ rawPath: String) -> [String] {
        rawPath.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            String($0).removingPercentEncoding ?? String($0)
        }
    }

    /// Whether path segments fit a template such as `/clusters/{ClusterId}`; a `{name}` takes one non-empty segment.
    static func matches(template: String, segments: [String]) -> Bool {
        let parts = template.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard parts.count == segments.count else { return false }
        return zip(parts, segments).allSatisfy { part, segment in
            part.hasPrefix("{") && part.hasSuffix("}") ? !segment.isEmpty : part == segment
        }
    }
}
