/// Specs that each make a vendor extension's reader report one problem, which lint must report alone.
extension BuildDiagnosticsFixtures {
    static let extensions: [BuildDiagnosticFixture] =
        Self.sdk + Self.signature + Self.errorRows + Self.endpoint + Self.pagination + Self.rpcMethods
        + Self.waiters + Self.waiterAfter + Self.fields + Self.references + Self.sources + Self.deprecations

    private typealias Fixture = BuildDiagnosticFixture

    /// An ROA service whose root has `text` in place of its `x-sdk` line.
    private static func roaRoot(_ text: String, replacing line: String) -> Fixture {
        var fixture = Fixture.roa("operationId: A\n\(Fixture.ok)")
        fixture.rootEdit = (line, text)
        return fixture
    }

    /// An RPC service whose root has `text` in place of `line`.
    private static func rpcRoot(_ text: String, replacing line: String) -> Fixture {
        var fixture = Fixture.rpc("operationId: A\n\(Fixture.ok)")
        fixture.rootEdit = (line, text)
        return fixture
    }

    private static let roaSDK = "x-sdk: {name: ACK, module: AlibabaACK, protocol: roa, product: CS}"
    private static let rpcSDK = "x-sdk: {name: KCE, module: KingsoftKCE, protocol: rpc, rpc: {methods: [POST, GET]}}"
    private static let roaSignature = "      x-signature: {algorithms: [acs-hmac-sha1]}\n"
    private static let roaServer = "    variables: {region: {default: cn-hangzhou}}\n"

    private static let sdk: [Fixture] = [
        Self.roaRoot("", replacing: Self.roaSDK),
        Self.roaRoot("x-sdk: 5", replacing: Self.roaSDK),
        Self.roaRoot("x-sdk: {module: AlibabaACK, protocol: roa}", replacing: Self.roaSDK),
        Self.roaRoot("x-sdk: {name: [A], module: AlibabaACK, protocol: roa}", replacing: Self.roaSDK),
        Self.roaRoot("x-sdk: {name: 'A B', module: AlibabaACK, protocol: roa}", replacing: Self.roaSDK),
        Self.roaRoot("x-sdk: {name: ACK, module: AlibabaACK, protocol: roa, product: [CS]}", replacing: Self.roaSDK),
        Self.roaRoot("x-sdk: {name: ACK, module: AlibabaACK}", replacing: Self.roaSDK),
        Self.roaRoot("x-sdk: {name: ACK, module: AlibabaACK, protocol: roa, rpc: {}}", replacing: Self.roaSDK),
        Self.roaRoot("x-sdk: {name: ACK, module: AlibabaACK, protocol: soap}", replacing: Self.roaSDK),
        Self.rpcRoot("x-sdk: {name: KCE, module: KingsoftKCE, protocol: rpc}", replacing: Self.rpcSDK),
        Self.rpcRoot(
            "x-sdk: {name: KCE, module: KingsoftKCE, protocol: rpc, rpc: {methods: []}}", replacing: Self.rpcSDK),
        Self.rpcRoot(
            "x-sdk: {name: KCE, module: KingsoftKCE, protocol: rpc, rpc: {methods: [POST, PUT]}}",
            replacing: Self.rpcSDK),
    ]

    private static let signature: [Fixture] = [
        Self.roaRoot(
            "components: {}\n",
            replacing: "components:\n  securitySchemes:\n    acs:\n      type: apiKey\n      in: header\n"
                + "      name: Authorization\n" + Self.roaSignature),
        Self.roaRoot("", replacing: Self.roaSignature),
        Self.roaRoot("      x-signature: 5\n", replacing: Self.roaSignature),
        Self.roaRoot("      x-signature: {service: cs}\n", replacing: Self.roaSignature),
        Self.roaRoot("      x-signature: {algorithms: []}\n", replacing: Self.roaSignature),
        Self.roaRoot("      x-signature: {algorithms: [acs-hmac-md5]}\n", replacing: Self.roaSignature),
        Self.roaRoot("      x-signature: {algorithms: [acs-hmac-sha1], service: ''}\n", replacing: Self.roaSignature),
        Self.rpcRoot(
            "x-signature: {algorithms: [aws4-hmac-sha256]}",
            replacing: "x-signature: {algorithms: [aws4-hmac-sha256], service: kce}"),
    ]

    private static let errorRows: [Fixture] = {
        var notASequence = Fixture.roa("operationId: A\n\(Fixture.ok)")
        notASequence.rootLines = "x-errors: {code: A}\n"
        return [
            notASequence,
            .errors("oops"),
            .errors("{status: 400, message: m}"),
            .errors("{code: [a], status: 400, message: m}"),
            .errors("{code: A, status: 400, message: m, description: [d]}"),
            .errors("{code: A, message: m}"),
            .errors("{code: A, status: 700, message: m}"),
        ]
    }()

    private static let endpoint: [Fixture] = [
        "x-endpoint: 5", "x-endpoint: {choice: VPC}", "x-endpoint: {hosts: 1}", "x-endpoint: {region-urls: [a]}",
        "x-endpoint: {region-urls: {'cn hz': 'https://a.example.com'}}",
        "x-endpoint: {region-urls: {cn-a: cs.example.com}}",
    ].map { Self.roaRoot(Self.roaServer + "    \($0)\n", replacing: Self.roaServer) }

    /// A page-number listing `A` with `x-pagination: <value>`.
    private static func listing(_ pagination: String) -> Fixture {
        .roa(
            "operationId: A\nx-pagination: \(pagination)\n"
                + "parameters: [{name: Page, in: query, schema: {type: integer}}]\n"
                + Fixture.answer("Items: {type: array, items: {type: string}}"))
    }

    private static let pagination: [Fixture] = [
        "5", "{style: page-number, page: Page, items: Items, foo: 1}", "{page: Page, items: Items}",
        "{style: cursor, page: Page, items: Items}", "{style: page-number, page: Page, items: Items, next: Items}",
        "{style: page-number, items: Items}", "{style: page-number, page: [Page], items: Items}",
    ].map(Self.listing)

    private static let rpcMethods: [Fixture] = [
        .rpc("operationId: A\nx-rpc-methods: []\n\(Fixture.ok)"),
        .rpc("operationId: A\nx-rpc-methods: [POST, {m: GET}]\n\(Fixture.ok)"),
    ]

    /// An operation `A` answering `state`, with `x-waiters: <value>`.
    private static func waiting(_ waiters: String) -> Fixture {
        .roa("operationId: A\nx-waiters: \(waiters)\n" + Fixture.answer("state: {type: string}"))
    }

    /// `x-waiters` with one waiter `Running` of these acceptors.
    private static func acceptors(_ acceptors: String) -> Fixture {
        Self.waiting("{Running: {interval: 1, timeout: 2, acceptors: [\(acceptors)]}}")
    }

    private static let success = "{match: state, equals: a, result: success}"

    private static let waiters: [Fixture] =
        [
            "5", "{running: {interval: 1, timeout: 2, acceptors: [\(Self.success)]}}", "{Running: 5}",
            "{Running: {interval: 1, timeout: 2, foo: 1, acceptors: [\(Self.success)]}}",
            "{Running: {summary: [a], interval: 1, timeout: 2, acceptors: [\(Self.success)]}}",
            "{Running: {timeout: 2, acceptors: [\(Self.success)]}}",
            "{Running: {interval: 0, timeout: 2, acceptors: [\(Self.success)]}}",
            "{Running: {interval: 5, timeout: 2, acceptors: [\(Self.success)]}}",
            "{Running: {interval: 1, timeout: 2}}", "{Running: {interval: 1, timeout: 2, acceptors: []}}",
        ].map(Self.waiting)
        + [
            "\(Self.success), 5", "{match: state, equals: a, result: success, foo: 1}",
            "\(Self.success), {result: failure}", "{match: [a], equals: a, result: success}",
            "{match: state, result: success}", "{match: state, equals: a, elements: some, result: success}",
            "\(Self.success), {status: 404, equals: a, result: failure}",
            "\(Self.success), {error: [a], result: retry}",
            "\(Self.success), {status: 700, result: retry}", "\(Self.success), {status: 404}",
            "\(Self.success), {status: 404, result: done}", "{status: 404, result: failure}",
        ].map(Self.acceptors)

    /// Operation `A` polled by waiter `Running`, and `B` with `x-waiter-after: <value>`.
    private static func following(_ after: String) -> Fixture {
        .paths(
            """
            /a:
              get:
                operationId: A
                parameters: [{name: Id, in: query, schema: {type: string}}]
                x-waiters: {Running: {interval: 1, timeout: 2, acceptors: [{status: 200, result: success}]}}
                \(Fixture.ok)
            /b:
              post:
                operationId: B
                x-waiter-after: \(after)
                \(Fixture.ok)
            """)
    }

    private static let waiterAfter: [Fixture] = [
        "[]", "5", "{waiter: Running, parameters: {}, foo: 1}", "{parameters: {}}",
        "{waiter: [Running], parameters: {}}",
        "{waiter: Running, parameters: 5}", "{waiter: Running, parameters: {Id: 5}}",
    ].map(Self.following)

    /// Operation `A` with one query parameter `q` written as `parameter` (flow mapping entries).
    private static func parameter(_ parameter: String, style: SpecFolder.Style = .roa) -> Fixture {
        let operation = "operationId: A\nparameters: [{name: q, in: query, \(parameter)}]\n\(Fixture.ok)"
        return style == .roa ? .roa(operation) : .rpc(operation)
    }

    private static let fields: [Fixture] = [
        Self.parameter("x-swift-name: 'a b', schema: {type: string}"),
        Self.parameter("x-observed: 1, schema: {type: string}"),
        Self.parameter("schema: {type: array, x-index-base: 2, items: {type: string}}", style: .rpc),
        Self.parameter("schema: {type: array, x-unique-by: [a], items: {type: string}}"),
        Self.parameter("schema: {type: string, enum: [a], x-observed-values: 5}"),
        Self.parameter("schema: {type: object, properties: {a: {type: string}}, x-required: a}"),
        Self.parameter("schema: {type: object, properties: {a: {type: string}}, x-required: [[a]]}"),
    ]

    private static let references: [Fixture] = [
        Self.parameter("x-reference: [a], schema: {type: string}"),
        Self.parameter("x-reference: {required: true, reason: ''}, schema: {type: string}"),
        Self.parameter("x-reference: {requird: true, reason: r}, schema: {type: string}"),
        .roa("operationId: A\nx-reference: {enum: [a], reason: r}\n\(Fixture.ok)"),
        Self.parameter("x-reference: {required: true}, schema: {type: string}"),
        Self.parameter("x-reference: {reason: r}, schema: {type: string}"),
    ]

    private static let sources: [Fixture] = [
        .roa("operationId: A\nx-source: sdk\n\(Fixture.ok)"),
        .roa("operationId: A\nx-source: {sdk: x, package: y}\n\(Fixture.ok)"),
        .roa("operationId: A\nx-source: {sdk: [x]}\n\(Fixture.ok)"),
        .roa("operationId: A\nx-source: {}\n\(Fixture.ok)"),
        .roa(
            "operationId: A\nparameters: [{name: Id, in: query, x-source: {sdk: ''}, schema: {type: string}}]\n"
                + Fixture.ok),
    ]

    private static let deprecations: [Fixture] = [
        .roa("operationId: A\ndeprecated: maybe\n\(Fixture.ok)"),
        .roa("operationId: A\ndeprecated: true\n\(Fixture.ok)"),
        .roa("operationId: A\ndeprecated: true\nx-deprecation-reason: ' '\n\(Fixture.ok)"),
        .roa("operationId: A\nx-deprecation-reason: Use B.\n\(Fixture.ok)"),
    ]
}
