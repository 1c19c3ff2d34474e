import CloudRuntime
import CloudTestSupport
import Foundation
import SpecMockCore
import Testing

/// Routing, validation and example choice of the spec example responder, on hand-made requests.
@Suite("Spec example responder")
struct SpecExampleResponderTests {
    private func answer(_ request: RecordedRequest) throws -> (status: Int, body: JSONValue, headers: HTTPHeaders) {
        let response = try EndToEnd.responder().respond(to: request)
        let body =
            response.body.isEmpty ? JSONValue.null : try JSONValue.parse(String(decoding: response.body, as: UTF8.self))
        return (response.status, body, response.headers)
    }

    private func roa(
        _ method: String, _ target: String, body: String = "", version: String? = "2015-12-15"
    )
        -> RecordedRequest
    {
        var headers: HTTPHeaders = ["Content-Type": "application/json"]
        if let version { headers.add(name: "x-acs-version", value: version) }
        return RecordedRequest(
            method: method, target: target, headers: headers, body: Array(body.utf8), sequenceNumber: 7)
    }

    private func rpcForm(_ form: String) -> RecordedRequest {
        RecordedRequest(
            method: "POST", target: "/", headers: ["Content-Type": "application/x-www-form-urlencoded"],
            body: Array(form.utf8), sequenceNumber: 9)
    }

    @Test("The three specs yield their operations with the documented style and version")
    func catalog() throws {
        let operations = try EndToEnd.responder().operations
        let names = operations.map { "\($0.service).\($0.operationID)" }
        #expect(Set(names).count == names.count, "an operation is served twice")
        #expect(Set(names) == Self.operationIDsWrittenInGroupFiles())
        let detail = try #require(operations.first { $0.operationID == "DescribeClusterDetail" })
        #expect(detail.style == .roa && detail.method == "GET" && detail.pathTemplate == "/clusters/{ClusterId}")
        let repository = try #require(operations.first { $0.operationID == "DescribeRepository" })
        #expect(repository.style == .rpc && repository.apiVersion == "2018-03-14" && repository.errorShape == .kingsoft)
        #expect(repository.action == "DescribeRepository" && repository.rpcMethods == ["POST", "GET"])
        let rpc = operations.filter { $0.style == .rpc }
        #expect(!rpc.isEmpty && rpc.allSatisfy { $0.action == $0.operationID && $0.pathTemplate == "/" })
        let create = try #require(operations.first { $0.service == "KCE" && $0.operationID == "CreateCluster" })
        #expect(create.rpcMethods == ["POST"])
    }

    @Test("ROA: path template match answers the example with x-acs-request-id")
    func roaExample() throws {
        let (status, body, headers) = try answer(roa("GET", "/clusters/c-1"))
        #expect(status == 200)
        #expect(body["cluster_id"]?.stringValue == "c82e6987e2961451182edacd74faf****")
        #expect(headers["x-acs-request-id"] == "mock-request-7")
    }

    @Test("ROA: an operation without a documented body answers its status with an empty body")
    func roaNoBody() throws {
        // ModifyClusterTags documents a 200 without a body.
        let response = try EndToEnd.responder().respond(
            to: roa("POST", "/clusters/c-1/tags", body: #"[{"key":"env","value":"prod"}]"#))
        #expect(response.status == 200)
        #expect(response.body.isEmpty)
        #expect(response.headers["x-acs-request-id"] == "mock-request-7")
    }

    @Test("ROA: unknown path or method gives Alibaba's 404 InvalidAction.NotFound")
    func roaUnknown() throws {
        for request in [roa("GET", "/nodepools"), roa("PUT", "/clusters/c-1"), roa("GET", "/clusters/")] {
            let (status, body, _) = try answer(request)
            #expect(status == 404)
            #expect(body["code"]?.stringValue == "InvalidAction.NotFound")
            #expect(body["requestId"]?.stringValue == "mock-request-7")
        }
    }

    @Test("ROA: a required body field missing gives 400 MissingParameter naming it")
    func roaMissingBodyField() throws {
        let (status, body, _) = try answer(roa("POST", "/clusters", body: #"{"name":"a","cluster_type":"Kubernetes"}"#))
        #expect(status == 400)
        #expect(body["code"]?.stringValue == "MissingParameter")
        #expect(body["message"]?.stringValue?.contains("\"region_id\"") == true)
    }

    @Test("ROA: a missing or foreign x-acs-version is refused")
    func roaVersion() throws {
        let missing = try answer(roa("GET", "/tasks/T-1", version: nil))
        #expect(missing.status == 400 && missing.body["code"]?.stringValue == "MissingParameter")
        let foreign = try answer(roa("GET", "/tasks/T-1", version: "2018-01-01"))
        #expect(foreign.status == 400 && foreign.body["code"]?.stringValue == "InvalidVersion")
    }

    @Test("RPC: Action and Version from a form body route to the right service")
    func rpcRouting() throws {
        let kce = try answer(rpcForm("Action=DescribeCluster&Version=2019-08-06"))
        #expect(kce.status == 200 && kce.body["ClusterSet"]?.count == 2)
        #expect(kce.body["RequestId"]?.stringValue == "5c4e0a37-e3c6-49e1-a67d-e9775cd592e8")
        let kcr = try answer(
            RecordedRequest(
                method: "GET", target: "/?Action=DescribeRepository&Version=2018-03-14", headers: [:], sequenceNumber: 3
            ))
        #expect(kcr.status == 200 && kcr.body["RepoSet"]?[0]?["RepoName"]?.stringValue == "my-namespace/my-repo")
    }

    @Test("RPC: unknown action, wrong version and missing parameters get Kingsoft-shaped errors")
    func rpcErrors() throws {
        let unknown = try answer(rpcForm("Action=DescribeNothing&Version=2019-08-06"))
        #expect(unknown.status == 404)
        #expect(unknown.body["Error"]?["Code"]?.stringValue == "InvalidAction")
        #expect(unknown.body["RequestId"]?.stringValue == "mock-request-9")

        let wrongVersion = try answer(rpcForm("Action=DescribeRepository&Version=2019-08-06"))
        #expect(wrongVersion.status == 400 && wrongVersion.body["Error"]?["Code"]?.stringValue == "InvalidVersion")

        let noVersion = try answer(rpcForm("Action=DescribeCluster"))
        #expect(noVersion.body["Error"]?["Message"]?.stringValue?.contains("\"Version\"") == true)

        let missing = try answer(rpcForm("Action=CreateCluster&Version=2019-08-06&ClusterName=x&VpcId=v"))
        #expect(missing.status == 400)
        #expect(missing.body["Error"]?["Code"]?.stringValue == "MissingParameter")
        #expect(missing.body["Error"]?["Type"]?.stringValue == "Sender")
        #expect(missing.body["Error"]?["Message"]?.stringValue?.contains("\"PodCidr\"") == true)
    }

    @Test("RPC: an action sent with a method it does not allow gets Kingsoft's 400 InvalidMethod")
    func rpcMethod() throws {
        let query = "/?Action=CreateCluster&Version=2019-08-06"  // x-rpc-methods: [POST]
        let get = try answer(RecordedRequest(method: "GET", target: query, headers: [:], sequenceNumber: 4))
        #expect(get.status == 400 && get.body["Error"]?["Code"]?.stringValue == "InvalidMethod")
        #expect(get.body["Error"]?["Message"]?.stringValue?.contains("GET") == true)
        let target = "/?Action=DescribeCluster&Version=2019-08-06"  // the service's POST and GET
        let put = try answer(RecordedRequest(method: "PUT", target: target, headers: [:], sequenceNumber: 5))
        #expect(put.status == 400 && put.body["Error"]?["Code"]?.stringValue == "InvalidMethod")
        let post = try answer(RecordedRequest(method: "POST", target: query, headers: [:], sequenceNumber: 6))
        #expect(post.body["Error"]?["Code"]?.stringValue == "MissingParameter")
    }

    @Test("A named example can be chosen; an unknown name is refused")
    func namedExample() throws {
        let responder = try EndToEnd.responder().selectingExample(
            "serverless", service: "ACK", operation: "CreateCluster")
        let body = #"{"name":"a","region_id":"cn-hangzhou","cluster_type":"ManagedKubernetes"}"#
        let response = responder.respond(to: roa("POST", "/clusters", body: body))
        let parsed = try JSONValue.parse(String(decoding: response.body, as: UTF8.self))
        #expect(parsed["RequestId"]?.stringValue == "687C5BAA-D103-4993-884B-C35E4314A1E1")
        #expect(response.headers["x-acs-request-id"] == "687C5BAA-D103-4993-884B-C35E4314A1E1")
        #expect(throws: SpecMockError.self) {
            try EndToEnd.responder().selectingExample("nope", service: "ACK", operation: "CreateCluster")
        }
    }

    /// Every `operationId:` written in the services' group files, read as plain text so the
    /// expectation does not depend on the loader under test.
    private static func operationIDsWrittenInGroupFiles() -> Set<String> {
        var result: Set<String> = []
        for folder in EndToEnd.specDirectories {
            let service = Self.valueWritten("name:", under: "x-sdk:", in: folder + "/openapi.yaml")
            let groups = URL(fileURLWithPath: folder).appendingPathComponent("groups")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: groups.path)) ?? []
            for file in files where file.hasSuffix(".yaml") {
                let text = (try? String(contentsOf: groups.appendingPathComponent(file), encoding: .utf8)) ?? ""
                for line in text.split(separator: "\n") {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    guard trimmed.hasPrefix("operationId:") else { continue }
                    let name = trimmed.dropFirst("operationId:".count).trimmingCharacters(in: .whitespaces)
                    result.insert("\(service).\(name)")
                }
            }
        }
        return result
    }

    /// The value of a `key:` line indented under a top-level `section:` line of a YAML file, read as
    /// plain text (a trailing `# comment` dropped); empty when absent.
    private static func valueWritten(_ key: String, under section: String, in file: String) -> String {
        let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix(section) }) else { return "" }
        for line in lines[(start + 1)...] {
            guard line.hasPrefix(" ") else { break }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix(key) else { continue }
            let value = trimmed.dropFirst(key.count).split(separator: "#").first ?? ""
            return value.trimmingCharacters(in: .whitespaces)
        }
        return ""
    }
}
