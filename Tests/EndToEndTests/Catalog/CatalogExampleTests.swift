import CloudRuntime
import CloudTestSupport
import Foundation
import HTTPTypes
import OpenAPIKit
import SharedTestSupport
import SpecGenCore
import Testing

/// Every operation of every generated catalog, driven by the spec's documented examples: each
/// request example is prepared through the catalog and compared with what the spec says goes on
/// the wire, and each success response example must decode.
@Suite("Operation catalog against the spec examples")
struct CatalogExampleTests {
    @Test("Each catalog lists the spec's operations in spec order", arguments: CatalogService.all.map(\.name))
    func catalogMatchesSpec(service name: String) throws {
        let service = try CatalogService.named(name)
        let spec = try SpecOperation.all(in: try service.spec())
        #expect(service.operations.map(\.name) == spec.order)
        for entry in service.operations {
            let operation = try #require(spec.byID[entry.name])
            if service.descriptor.rpcMethods.isEmpty {
                #expect(entry.httpMethod?.rawValue == operation.method, "\(entry.name)")
                #expect(entry.path == operation.path, "\(entry.name)")
                #expect(entry.action == nil, "\(entry.name)")
            } else {
                #expect(entry.httpMethod == nil, "\(entry.name)")
                #expect(entry.action == entry.name, "\(entry.name)")
            }
        }
    }

    @Test("Documented request examples prepare as the spec describes", arguments: CatalogOperation.all)
    func requestExamples(_ operation: CatalogOperation) async throws {
        let service = try CatalogService.named(operation.service)
        let spec = try service.spec()
        let documented = try #require(try SpecOperation.all(in: spec).byID[operation.name])
        let entry = try service.entry(operation.name)
        let (examples, skipped) = documented.requestExamples()
        for reason in skipped {
            Self.recordSkip("\(operation.testDescription) request: \(reason)")
        }
        for example in examples {
            var failures: [String] = []
            for method in service.methods
            where documented.rpcMethods.isEmpty || documented.rpcMethods.contains(method?.rawValue ?? "") {
                let found = await Self.check(
                    example, entry: entry, documented, service: service, rpcMethod: method, spec: spec)
                let prefix = method.map { "\($0.rawValue): " } ?? ""
                failures += found.map { prefix + $0 }
            }
            KnownExampleExceptions.judge(failures, key: "\(operation.testDescription) request \(example.name)")
        }
    }

    @Test(
        "Documented success response examples decode strictly, as the spec describes them",
        arguments: CatalogOperation.all)
    func responseExamples(_ operation: CatalogOperation) throws {
        let service = try CatalogService.named(operation.service)
        let documented = try #require(try SpecOperation.all(in: try service.spec()).byID[operation.name])
        let entry = try service.entry(operation.name)
        if documented.responseExamples.isEmpty {
            if documented.hasResponseBody {
                Self.recordSkip("\(operation.testDescription) response: no documented success response example")
            } else {
                #expect(throws: Never.self) { try entry.decodeResponse(Data(), .strict) }
            }
        }
        for (name, json) in documented.responseExamples {
            var failures: [String] = []
            do {
                _ = try entry.decodeResponse(json, .strict)
            } catch {
                failures.append("does not decode strictly: \(error)")
            }
            KnownExampleExceptions.judge(failures, key: "\(operation.testDescription) response \(name)")
        }
    }

    @Test("A parameter that does not fit is named in the error")
    func parameterErrorsNameTheParameter() async throws {
        for service in CatalogService.all {
            for entry in service.operations {
                do {
                    _ = try await entry.prepare(service.client(rpcMethod: service.methods[0]), Data("[1]".utf8))
                    Issue.record("\(service.name).\(entry.name) accepted a list as its parameters")
                } catch let error as OperationParameterError {
                    #expect(error.operation == entry.name)
                }
            }
        }
        let kce = try CatalogService.named("KCE")
        let create = try kce.entry("CreateCluster")
        await #expect {
            _ = try await create.prepare(kce.client(rpcMethod: kce.methods[0]), Data(#"{"ClusterName": 5}"#.utf8))
        } throws: { error in
            (error as? OperationParameterError)?.parameter == "ClusterName"
        }
    }

    // MARK: - Checks

    /// Prepares one example and lists every way the request differs from the expectation.
    private static func check(
        _ example: RequestExample, entry: OperationCatalogEntry, _ operation: SpecOperation, service: CatalogService,
        rpcMethod: HTTPRequest.Method?, spec: OracleSpec
    ) async -> [String] {
        let rpc = rpcMethod != nil
        let expected = ExpectedRequest(example, of: operation, rpcMethod: rpcMethod, document: spec.document)
        let request: PreparedRequest
        do {
            request = try await entry.prepare(service.client(rpcMethod: rpcMethod), try example.data())
        } catch {
            return ["cannot prepare: \(error)"]
        }
        var failures: [String] = []
        if request.method.rawValue != expected.method {
            failures.append("method \(request.method.rawValue), expected \(expected.method)")
        }
        if request.path != expected.path {
            failures.append("path \(request.path), expected \(expected.path)")
        }
        let items = rpcMethod == .post ? Self.formItems(request.body) : request.query.map { ($0.name, $0.value) }
        let sent = items.filter { !rpc || ($0.0 != "Action" && $0.0 != "Version") }
        let actualLines = Self.lines(sent, jsonNames: expected.jsonNames)
        let expectedLines = expected.lines
        if actualLines != expectedLines {
            let missing = expectedLines.filter { !actualLines.contains($0) }
            let extra = actualLines.filter { !expectedLines.contains($0) }
            failures.append("parameters differ; missing \(missing), unexpected \(extra)")
        }
        if let body = expected.body, !rpc {
            let actual = try? JSONDecoder().decode(JSONValue.self, from: Data(request.body))
            let sentBody = actual.map(ExpectedRequest.droppingNulls)
            if sentBody != body {
                failures.append("body differs from the example at \(Self.differences(sentBody ?? .null, body))")
            }
        }
        return failures
    }

    /// The members (dotted paths) where two JSON values differ, at most ten.
    static func differences(_ actual: JSONValue, _ expected: JSONValue, path: String = "") -> [String] {
        guard case .object(let left) = actual, case .object(let right) = expected else {
            return actual == expected ? [] : [path.isEmpty ? "the top level" : path]
        }
        let keys = Set(left.keys).union(right.keys).sorted()
        let found = keys.flatMap { key in
            Self.differences(left[key] ?? .null, right[key] ?? .null, path: path.isEmpty ? key : "\(path).\(key)")
        }
        return Array(found.prefix(10))
    }

    /// The items of an `application/x-www-form-urlencoded` body, decoded.
    static func formItems(_ body: [UInt8]) -> [(String, String)] {
        let text = String(decoding: body, as: UTF8.self)
        guard !text.isEmpty else { return [] }
        return text.split(separator: "&", omittingEmptySubsequences: false).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (part: Substring) in
                PercentEncoding.decode(String(part), plusAsSpace: true) ?? String(part)
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// `name=value` lines, sorted; values of JSON parameters in canonical JSON.
    static func lines(_ items: [(String, String)], jsonNames: Set<String>) -> [String] {
        items.map { name, value in
            guard jsonNames.contains(name),
                let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(value.utf8))
            else { return "\(name)=\(value)" }
            return "\(name)=\(ExpectedRequest.canonical(parsed))"
        }.sorted()
    }

    /// Records an example that cannot be exercised, visibly, without failing the run.
    private static func recordSkip(_ reason: String) {
        withKnownIssue("skipped: \(reason)") {
            Issue.record("skipped: \(reason)")
        }
    }
}

extension ExpectedRequest {
    /// Names of the parameters that carry JSON text.
    var jsonNames: Set<String> {
        Set(self.items.compactMap { item in if case .json = item.value { item.name } else { nil } })
    }

    /// The expected `name=value` lines, sorted; JSON values in canonical JSON.
    var lines: [String] {
        self.items.map { item in
            switch item.value {
            case .text(let text): "\(item.name)=\(text)"
            case .json(let value): "\(item.name)=\(Self.canonical(value))"
            }
        }.sorted()
    }

    /// JSON text with sorted keys and without null members, so equal structures give equal text.
    static func canonical(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self.droppingNulls(value))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
