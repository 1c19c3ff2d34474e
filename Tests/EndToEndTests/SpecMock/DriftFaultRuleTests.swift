import SpecMockCore
import Testing

@testable import specmock

/// The `drift[=KINDS]` fault syntax: kinds, options, descriptions and the command line (its
/// errors are in the fault grammar's table, ``SpecMockOptionsTests``).
@Suite("specmock drift fault syntax")
struct DriftFaultRuleTests {
    @Test(
        "drift takes every kind, or the kinds joined by '+'",
        arguments: [
            ("drift", ResponseMutation.all),
            ("drift=strings", [.stringifiedScalars]),
            ("drift=strings+fields", [.stringifiedScalars, .undocumentedFields]),
            ("drift=nulls+missing+enums", [.nullOptionalFields, .missingRequiredField, .unknownEnumValue]),
            ("drift=enums+strings:count=2", [.unknownEnumValue, .stringifiedScalars]),
        ] as [(String, Set<ResponseMutation>)])
    func kinds(text: String, mutations: Set<ResponseMutation>) throws {
        let rule = try FaultRule(parsing: text)
        #expect(rule.action == .drift(mutations))
        #expect(rule.description == text)
        #expect(rule.retryAfter == nil)
    }

    @Test("drift takes the usual options")
    func options() throws {
        let rule = try FaultRule(parsing: "drift=fields,operation=DescribeCluster,service=KCE,count=3,rate=0.5")
        #expect(rule.action == .drift([.undocumentedFields]))
        #expect(rule.operation == "DescribeCluster" && rule.service == "KCE" && rule.count == 3 && rule.rate == 0.5)
    }

    @Test("A rule made in Swift describes itself with the kinds in a fixed order")
    func description() {
        #expect(FaultRule(action: .drift(ResponseMutation.all)).description == "drift")
        #expect(
            FaultRule(action: .drift([.unknownEnumValue, .stringifiedScalars]), count: 2).description
                == "drift=strings+enums:count=2")
    }

    @Test("--fault accepts drift rules, and its help names the action and the kinds")
    func commandLine() throws {
        let options = try SpecMockOptions.parse(["--fault", "drift=nulls:count=1", "--fault", "drift"])
        #expect(options.faults.map(\.action) == [.drift([.nullOptionalFields]), .drift(ResponseMutation.all)])
        let help = SpecMockOptions.helpMessage().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("drift[=KINDS]") && help.contains("strings, fields, nulls, missing, enums"))
        do {
            _ = try SpecMockOptions.parse(["--fault", "drift=sizes"])
            Issue.record("drift=sizes was accepted")
        } catch {
            #expect(SpecMockOptions.message(for: error).contains("unknown drift kind 'sizes'"))
        }
    }
}
