import CloudRuntime
import Foundation
import Testing

@testable import CloudctlCore

@Suite struct ParameterSetTests {
    private func parameters(_ pairs: [(String, String)], body: String? = nil) throws -> ParameterSet {
        try ParameterSet(parameters: pairs.map { Invocation.Parameter(name: $0.0, value: $0.1) }, body: body)
    }

    @Test(arguments: [
        ("c1", #""c1""#),
        ("123", "123"),
        ("-1.5", "-1.5"),
        ("true", "true"),
        ("false", "false"),
        (#"{"a": [1, 2]}"#, #"{"a": [1, 2]}"#),
        ("[1,2]", "[1,2]"),
        (#""123""#, #""123""#),
        ("null", #""null""#),
        ("a/b \"quoted\"", #""a/b \"quoted\"""#),
        ("{not json", #""{not json""#),
    ])
    func passesValuesAsJSONOrText(typed: String, json: String) {
        #expect(ParameterSet.json(forTyped: typed) == json)
    }

    @Test func buildsASortedObjectAndMergesTheBody() throws {
        let set = try self.parameters(
            [("ClusterId", "c1"), ("size", "3")], body: #"{"name": "demo", "size": 1, "tags": [{"k": "v"}]}"#)
        #expect(set.json == #"{"ClusterId":"c1","name":"demo","size":3,"tags":[{"k":"v"}]}"#)
    }

    @Test func takesAnArrayBodyAsTheWholeBody() throws {
        let set = try self.parameters([("ClusterId", "c1")], body: #"[{"name": "nginx"}]"#)
        #expect(set.json == #"{"ClusterId":"c1","body":[{"name": "nginx"}]}"#)
    }

    @Test(arguments: ["3", "not json", #""text""#])
    func rejectsABodyThatIsNotAnObject(body: String) {
        #expect(throws: UsageError.self) { try self.parameters([], body: body) }
    }

    @Test func retriesATypedValueAsTextWhenTheFieldIsAString() throws {
        let set = try self.parameters([("ClusterId", "123"), ("Flag", "true")])
        let refusal = OperationParameterError(
            operation: "Op", parameter: "ClusterId", reason: "has the wrong type: expected text")
        let retried = try #require(set.retryingAsString(after: refusal))
        #expect(retried.json == #"{"ClusterId":"123","Flag":true}"#)
        // Once per parameter: the same refusal again is final.
        #expect(retried.retryingAsString(after: refusal) == nil)
    }

    @Test func doesNotRetryBodyFieldsOrOtherErrors() throws {
        let set = try self.parameters([("Name", "7")], body: #"{"size": 3}"#)
        let bodyRefusal = OperationParameterError(
            operation: "Op", parameter: "size", reason: "has the wrong type: expected text")
        let missing = OperationParameterError(operation: "Op", parameter: "Name", reason: "is required but missing")
        #expect(set.retryingAsString(after: bodyRefusal) == nil)
        #expect(set.retryingAsString(after: missing) == nil)
    }

    @Test func aNumberForAStringFieldReachesTheRequestAsText() async throws {
        // DescribeClusterDetail's ClusterId is a string; `--ClusterId 123` must still work.
        let entry = try #require(try Fixture.service("ack").operations.first { $0.name == "DescribeClusterDetail" })
        let client = ServiceClient(
            service: try Fixture.service("ack").descriptor, configuration: ClientConfiguration(),
            credentials: StaticCredentialsProvider(accessKeyID: "AKID", accessKeySecret: "secret"),
            transport: UnusedTransport())
        let set = try self.parameters([("ClusterId", "123")])
        await #expect(throws: OperationParameterError.self) { try await entry.prepare(client, set.data) }
        let request = try await set.withStringRetry { try await entry.prepare(client, $0) }
        #expect(request.path == "/clusters/123")
    }

    @Test func aTextValueForANumberFieldStaysAnError() async throws {
        let entry = try #require(try Fixture.service("kce").operations.first { $0.name == "DescribeCluster" })
        let client = ServiceClient(
            service: try Fixture.service("kce").descriptor, configuration: ClientConfiguration(),
            credentials: StaticCredentialsProvider(accessKeyID: "AKID", accessKeySecret: "secret"),
            transport: UnusedTransport())
        let set = try self.parameters([("MaxResults", "ten")])
        await #expect {
            try await set.withStringRetry { try await entry.prepare(client, $0) }
        } throws: { error in
            (error as? OperationParameterError)?.parameter == "MaxResults"
        }
    }
}

/// A list given as `--body` to an operation whose body is an object is refused as such.
@Suite struct ListBodyTests {
    @Test func aListBodyForAnObjectBodyIsRefusedClearly() async {
        let output = await Fixture.cloudctl(environment: Fixture.alibabaEnvironment).run([
            "ack", "DescribeClusterDetail", "--ClusterId", "c1", "--body", "[1, 2]", "--dry-run",
        ])
        #expect(output.exitCode == 64)
        #expect(
            output.standardError
                == "cloudctl: --body: DescribeClusterDetail takes a JSON object of its parameters, not a list "
                + "(see: cloudctl <service> DescribeClusterDetail --help)\n")
    }
}

/// A `--body` that is not JSON is refused with where it stops being JSON.
@Suite struct BodySyntaxTests {
    @Test func aBodyThatIsNotJSONSaysWhere() {
        do {
            _ = try ParameterSet(parameters: [], body: "{\"a\": 1,\n \"b\" 2}")
            Issue.record("the body was accepted")
        } catch {
            #expect(error.message == "--body is not JSON: line 2, column 6: expected ':' after the member name")
        }
    }
}
