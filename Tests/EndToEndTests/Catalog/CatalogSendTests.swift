import CloudRuntime
import CloudTestSupport
import Foundation
import SharedTestSupport
import Testing

/// `send` through the catalog against the signature-verifying mock server that answers with the
/// spec's examples: the answer comes back re-encoded by wire names, and it round-trips.
@Suite("Operation catalog sends and re-encodes")
struct CatalogSendTests {
    @Test("send returns the response as wire-named JSON", arguments: CatalogOperation.all)
    func sendReencodesTheResponse(_ operation: CatalogOperation) async throws {
        let service = try CatalogService.named(operation.service)
        let documented = try #require(try SpecOperation.all(in: try service.spec()).byID[operation.name])
        let entry = try service.entry(operation.name)
        let usable = documented.requestExamples().examples.first { example in
            KnownExampleExceptions.table["\(operation.testDescription) request \(example.name)"] == nil
        }
        guard let example = usable else {
            withKnownIssue("skipped: \(operation.testDescription) has no request example that prepares") {
                Issue.record("skipped: \(operation.testDescription) has no request example that prepares")
            }
            return
        }
        // An operation answering without a body serves nothing, which reads as `{}`.
        let responder = try EndToEnd.responder()
        let mock = try #require(responder.operation(service: operation.service, operationID: operation.name))
        let served =
            try responder.example(for: mock).map {
                try JSONDecoder().decode(JSONValue.self, from: Data($0.json.utf8))
            } ?? .object([:])
        try await EndToEnd.withSpecServer { server in
            let client = ServiceClient(
                service: service.descriptor, configuration: EndToEnd.configuration(server),
                credentials: EndToEnd.credentials, transport: CurlTransport.shared)
            let json = try await entry.send(client, try example.data())
            let sent = try JSONDecoder().decode(JSONValue.self, from: json)
            #expect(
                Self.isPart(Self.withoutFilledRequestID(sent, served: served), of: served),
                "\(String(decoding: json, as: UTF8.self))")
            let (encodable, _) = try entry.decodeResponse(json, .tolerant)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            #expect(try encoder.encode(encodable) == json)
        }
    }

    /// The answer as served, and the request ID the client fills from the mock's header when the body's
    /// request ID member is absent (the response type's `requestID` is that member, so it is written back).
    static func withoutFilledRequestID(_ sent: JSONValue, served: JSONValue) -> JSONValue {
        guard case .object(var members) = sent, case .object(let servedMembers) = served else { return sent }
        for key in ["request_id", "RequestId", "requestId"] where servedMembers[key] == nil {
            if case .string(let value)? = members[key], value.hasPrefix("mock-request-") { members[key] = nil }
        }
        return .object(members)
    }

    @Test("A parameter error names the parameter and quotes no value")
    func parameterErrorDescription() async throws {
        let kce = try CatalogService.named("KCE")
        let create = try kce.entry("CreateCluster")
        let secret = "Root-secret-password-1"
        let parameters =
            #"{"InstanceSet": [{"NodeRole": "Worker", "NodePara": [{"InstancePassword": 7}]}], "x": ""#
            + secret + "\"}"
        do {
            _ = try await create.prepare(kce.client(rpcMethod: kce.methods[0]), Data(parameters.utf8))
            Issue.record("CreateCluster accepted parameters without its required ones")
        } catch let error as OperationParameterError {
            #expect(error.operation == "CreateCluster")
            #expect(!error.parameter.isEmpty)
            #expect(!error.description.contains(secret))
            #expect(error.description.contains("parameter '\(error.parameter)'"))
        }
    }

    /// Whether every member of `part` is in `whole` with an equal value: the response keeps what
    /// its type documents and drops only what it does not know.
    static func isPart(_ part: JSONValue, of whole: JSONValue) -> Bool {
        switch (part, whole) {
        case (.object(let members), .object(let all)):
            return members.allSatisfy { key, value in all[key].map { self.isPart(value, of: $0) } ?? false }
        case (.array(let elements), .array(let all)):
            return elements.count == all.count && zip(elements, all).allSatisfy { self.isPart($0, of: $1) }
        default:
            return part == whole
        }
    }
}
