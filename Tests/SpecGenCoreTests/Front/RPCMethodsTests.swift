import Testing

@testable import SpecGenCore

/// `x-rpc-methods`: reading takes a non-empty list of names; the `rpc-operation` rule checks them
/// against the service's `x-sdk.rpc.methods` and that the service is RPC at all.
@Suite struct RPCMethodsTests {
    static func action(_ methods: String) -> String {
        """
        tag: {name: misc}
        paths:
          /?Action=A:
            get:
              operationId: A
              x-rpc-methods: \(methods)
              responses: {'200': {description: ok}}

        """
    }

    @Test(arguments: [
        ("[POST]", [String]()),
        (
            "[POST, PUT]",
            [
                "spec/t/groups/misc.yaml:6:29: error: 'x-rpc-methods' of 'A' lists 'PUT', which 'x-sdk.rpc.methods' does not (POST, GET)"
            ]
        ),
        ("[]", ["spec/t/groups/misc.yaml:6:22: error: 'x-rpc-methods' of 'A' must list GET and/or POST"]),
        ("POST", ["spec/t/groups/misc.yaml:6:22: error: 'x-rpc-methods' of 'A' must list GET and/or POST"]),
        (
            "[POST, {m: GET}]",
            ["spec/t/groups/misc.yaml:6:29: error: 'x-rpc-methods' of 'A' lists a mapping; list GET and/or POST"]
        ),
    ])
    func methodsAreTheServices(methods: String, expected: [String]) throws {
        let lines = try SpecFolder(.rpc, groups: ["misc": Self.action(methods)]).lint()
        #expect(lines.filter { $0.contains("error") } == expected)
    }

    @Test func methodsApplyToRPCOnly() throws {
        let group = """
            tag: {name: misc}
            paths:
              /things:
                get:
                  operationId: A
                  x-rpc-methods: [POST]
                  responses: {'200': {description: ok}}

            """
        let lines = try SpecFolder(.roa, groups: ["misc": group]).lint()
        #expect(
            lines.filter { $0.contains("error") } == [
                "spec/t/groups/misc.yaml:6:22: error: 'x-rpc-methods' applies to RPC actions only"
            ])
    }

    @Test func theReadActionKeepsItsMethods() throws {
        let folder = try SpecFolder(.rpc, groups: ["misc": Self.action("[POST]")])
        let document = try SpecGen.load(directory: folder.directory)
        #expect(document.operations.first?.rpcMethods == ["POST"])
    }
}
