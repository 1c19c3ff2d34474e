import Foundation
import SpecMockCore
import Testing

@testable import specmock

/// The `specmock` command line: options, the fault grammar, and finding the spec folder.
@Suite("specmock options")
struct SpecMockOptionsTests {
    @Test("Defaults: port 0, demo key, examples mode, no faults")
    func defaults() throws {
        let options = try SpecMockOptions.parse([])
        #expect(options.port == 0 && options.spec == nil && !options.stateful && options.faults.isEmpty)
        #expect(options.credentials == [SpecMock.demoAccessKeyID: SpecMock.demoAccessKeySecret])
    }

    @Test("Every option parses")
    func everyOption() throws {
        let options = try SpecMockOptions.parse([
            "--spec", "elsewhere", "--port", "8080", "--access-key-id", "AK", "--access-key-secret", "SK",
            "--stateful", "--settle-polls", "4", "--settle-seconds", "1.5", "--fault", "throttle:rate=0.5",
            "--fault", "stall=250ms,operation=DescribeCluster", "--fault-seed", "42",
        ])
        #expect(options.spec == "elsewhere" && options.port == 8080 && options.stateful)
        #expect(options.credentials == ["AK": "SK"])
        #expect(options.settlePolls == 4 && options.settleSeconds == 1.5 && options.faultSeed == 42)
        #expect(options.faults.map(\.action) == [.throttle, .stall(seconds: 0.25)])
        #expect(options.faults[0].rate == 0.5 && options.faults[0].retryAfter == 1)
        #expect(options.faults[1].operation == "DescribeCluster")
    }

    @Test(
        "Bad combinations are usage errors",
        arguments: [
            ["--access-key-id", "AK"], ["--access-key-secret", "SK"], ["--port", "70000"], ["--settle-polls", "0"],
            ["--fault", "stal=5s"], ["--port", "x"],
        ])
    func usageErrors(arguments: [String]) {
        #expect(throws: (any Error).self) { try SpecMockOptions.parse(arguments) }
    }

    @Test("A bad fault rule's message says what is wrong")
    func faultMessageInUsage() {
        do {
            _ = try SpecMockOptions.parse(["--fault", "status=700"])
            Issue.record("status=700 was accepted")
        } catch {
            #expect(SpecMockOptions.message(for: error).contains("from 400 to 599"))
        }
    }

    @Test(
        "Fault grammar",
        arguments: [
            ("throttle", FaultRule.Action.throttle), ("status=503:count=2", .status(503)),
            ("stall=5s:operation=DescribeClusterDetail", .stall(seconds: 5)), ("stall=1.5s", .stall(seconds: 1.5)),
            ("close,service=KCE", .close),
        ])
    func grammar(text: String, action: FaultRule.Action) throws {
        let rule = try FaultRule(parsing: text)
        #expect(rule.action == action)
        #expect(rule.description == text)
    }

    @Test(
        "Fault grammar errors are clear",
        arguments: [
            ("", "empty rule"), ("stal=5s", "unknown action 'stal'"), ("status=200", "from 400 to 599"),
            ("status", "needs a value"), ("throttle=3", "takes no value"), ("stall=5m", "duration"),
            ("throttle:rate=2", "from 0 to 1"), ("throttle:count=0", "at least 1"), ("throttle:count", "no value"),
            ("throttle:colour=red", "unknown option 'colour'"), ("close:retry-after=1", "throttle and status"),
            ("throttle:count=1:count=2", "given twice"),
            ("drfit", "expected throttle, status=CODE, stall=DURATION, close or drift[=KINDS]"),
            ("drift=", "needs kinds joined by '+' (strings, fields, nulls, missing, enums)"),
            ("drift=colour", "unknown drift kind 'colour'; expected strings, fields, nulls, missing, enums"),
            ("drift=strings+", "unknown drift kind ''"), ("drift=strings+strings", "'strings' is given twice"),
            ("drift:retry-after=1", "throttle and status"),
        ])
    func grammarErrors(text: String, fragment: String) {
        do {
            _ = try FaultRule(parsing: text)
            Issue.record("'\(text)' parsed")
        } catch {
            #expect(error.description.contains(fragment), "\(error)")
            #expect(error.description.hasPrefix("fault '\(text)'"))
        }
    }

    @Test("The spec folder and its services are found from a subfolder of the package, and a wrong one is named")
    func specFolder() throws {
        let root = EndToEnd.root.path
        let nested = EndToEnd.root.appendingPathComponent("Tests/EndToEndTests").path
        #expect(try SpecFolder.locate(nil, currentDirectory: nested) == root + "/spec")
        #expect(try SpecFolder.locate("spec", currentDirectory: root) == root + "/spec")
        #expect(
            SpecFolder.serviceDirectories(in: root + "/spec").map { URL(fileURLWithPath: $0).lastPathComponent } == [
                "alibaba-ack", "kingsoft-kce", "kingsoft-kcr",
            ])
        #expect {
            try SpecFolder.locate("Tests", currentDirectory: root)
        } throws: { error in
            "\(error)".hasPrefix("spec folder 'Tests' holds no service (no Tests/*/openapi.yaml); pass the folder")
        }
        #expect {
            try SpecFolder.locate("spec/kingsoft-kce", currentDirectory: root)
        } throws: { error in
            "\(error)".contains("it is one service's folder: pass the folder that holds it")
        }
        do {
            _ = try SpecFolder.locate(nil, currentDirectory: "/")
            Issue.record("a spec folder was found at /")
        } catch {
            #expect(error.description.contains("--spec"))
        }
    }

    @Test("The banner names each service's address and never a secret given on the command line")
    func banner() async throws {
        let options = try SpecMockOptions.parse(["--access-key-id", "AK", "--access-key-secret", "do-not-print"])
        let mock = try await SpecMockFixture.stateless()
        let server = try mock.start()
        defer { server.shutdown() }
        let lines = options.banner(for: mock, server: server)
        #expect(lines.filter { $0.contains(server.baseURLString) }.count == 3)
        #expect(lines.contains { $0.hasPrefix("KCR") && $0.contains("Version=2018-03-14") })
        #expect(!lines.joined().contains("do-not-print"))
    }
}
