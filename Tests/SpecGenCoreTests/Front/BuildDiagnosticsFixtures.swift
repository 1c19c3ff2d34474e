import Testing

/// One spec that makes the build report one problem: a group file (and schema files, and lines added to the
/// root document) for a ``SpecFolder``.
struct BuildDiagnosticFixture: Sendable, CustomTestStringConvertible {
    var style: SpecFolder.Style = .roa
    /// Lines appended to the style's root document (``SpecFolder/root(_:)``), e.g. an `x-errors` list.
    var rootLines = ""
    /// The text of `groups/things.yaml`.
    var group: String
    /// Schema files by name.
    var schemas: [String: String] = [:]
    /// A text of the style's root document and what replaces it, e.g. its `x-sdk` line.
    var rootEdit: (String, String)?

    var testDescription: String {
        let root = (self.rootEdit.map { [Substring($0.1)] } ?? []) + self.rootLines.split(separator: "\n")
        return (root + self.group.split(separator: "\n").dropFirst(2)).joined(separator: " ")
    }

    /// The root document the fixture's folder is written with.
    var root: String {
        var root = SpecFolder.root(self.style)
        if let (text, replacement) = self.rootEdit {
            precondition(root.contains(text), "the root document has no '\(text)'")
            root = root.replacingOccurrences(of: text, with: replacement)
        }
        return root + self.rootLines
    }

    /// A group with one ROA operation `GET /things` (or `method`) whose lines are `operation`.
    static func roa(_ operation: String, method: String = "get", schemas: [String: String] = [:]) -> Self {
        Self(group: Self.group(path: "/things", method: method, operation), schemas: schemas)
    }

    /// A group with one RPC action `A` whose lines are `operation`, indented under `get:` (or `method`).
    static func rpc(_ operation: String, method: String = "get") -> Self {
        Self(style: .rpc, group: Self.group(path: "/?Action=A", method: method, operation))
    }

    /// A group of ROA path items, written as the lines under `paths:`.
    static func paths(_ items: String, schemas: [String: String] = [:]) -> Self {
        Self(group: "tag: {name: things}\npaths:\n" + Self.indented(items, by: 2) + "\n", schemas: schemas)
    }

    /// An ROA service whose root lists `x-errors` rows (YAML flow mappings) and has one operation.
    static func errors(_ rows: String, answer: String = Self.ok, schemas: [String: String] = [:]) -> Self {
        var fixture = Self.roa("operationId: A\n" + answer, schemas: schemas)
        fixture.rootLines = "x-errors: [\(rows)]\n"
        return fixture
    }

    private static func group(path: String, method: String, _ operation: String) -> String {
        "tag: {name: things}\npaths:\n  \(path):\n    \(method):\n\(Self.indented(operation, by: 6))\n"
    }

    private static func indented(_ text: String, by width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : String(repeating: " ", count: width) + $0 }.joined(separator: "\n")
    }

    /// An answer of one object with these properties (YAML flow mapping entries).
    static func answer(_ properties: String) -> String {
        """
        responses:
          '200':
            description: ok
            content:
              application/json:
                schema: {type: object, properties: {\(properties)}}
        """
    }

    static let ok = "responses: {'200': {description: ok}}"
}

/// Specs that each make reading or lowering report one problem, which lint must report alone.
enum BuildDiagnosticsFixtures {
    static let all: [BuildDiagnosticFixture] = Self.readingAndLowering + Self.extensions

    static let readingAndLowering: [BuildDiagnosticFixture] = [
        .roa(
            "operationId: A\nparameters: [{$ref: ../schemas/P.yaml}]\n\(BuildDiagnosticFixture.ok)",
            schemas: ["P": "type: string\n"]),
        .roa("operationId: A\nparameters: [{in: query, schema: {type: string}}]\n\(BuildDiagnosticFixture.ok)"),
        .roa("operationId: A\nparameters: [{name: q, in: qery, schema: {type: string}}]\n\(BuildDiagnosticFixture.ok)"),
        .roa(
            "operationId: A\nrequestBody: {$ref: ../schemas/P.yaml}\n\(BuildDiagnosticFixture.ok)",
            schemas: ["P": "type: string\n"]),
        .roa("operationId: A\nresponses: {'200': {$ref: ../schemas/P.yaml}}", schemas: ["P": "type: string\n"]),
        .roa(
            "operationId: A\nparameters: [{name: q, in: header, schema: {type: string}}]\n\(BuildDiagnosticFixture.ok)"),
        .roa("operationId: A\nparameters: [{name: q, in: query, content: {}}]\n\(BuildDiagnosticFixture.ok)"),
        .roa(
            "operationId: A\nrequestBody: {content: {text/plain: {schema: {type: string}}}}\n\(BuildDiagnosticFixture.ok)"
        ),
        .roa("operationId: A\n" + BuildDiagnosticFixture.answer("v: {allOf: [{type: string}, {type: integer}]}")),
        .roa("operationId: A\n" + BuildDiagnosticFixture.answer("v: {type: 'null'}")),
        .roa("operationId: A\n" + BuildDiagnosticFixture.answer("v: {type: string, enum: [[a]]}")),
        .roa("operationId: A\n" + BuildDiagnosticFixture.answer("v: {type: string, enum: ['-']}")),
        .roa("operationId: A\n" + BuildDiagnosticFixture.answer("v: {type: string, enum: [KSYUN HUB, KSYUN_HUB]}")),
        .roa("operationId: A\n" + BuildDiagnosticFixture.answer("'-': {type: string}")),
        .roa("operationId: A\n" + BuildDiagnosticFixture.answer("RequestId: {type: integer}")),
        .roa("operationId: A\n" + BuildDiagnosticFixture.answer("a_b: {type: string}, aB: {type: string}")),
        .roa(
            "operationId: A\n" + BuildDiagnosticFixture.answer("v: {$ref: ../schemas/JSONValue.yaml}"),
            schemas: ["JSONValue": "type: object\nproperties: {a: {type: string}}\n"]),
        .roa(
            "operationId: A\n" + BuildDiagnosticFixture.answer("v: {$ref: ../schemas/List.yaml}"),
            schemas: ["List": "type: array\nitems: {$ref: List.yaml}\n"]),
        .rpc(
            "operationId: A\nparameters: [{name: Config, in: query, schema: {type: object}}]\n\(BuildDiagnosticFixture.ok)"
        ),
        .rpc(
            "operationId: A\nparameters: [{name: L, in: query, schema: {type: array, x-index-base: 1, items: {type: object}}}]\n"
                + BuildDiagnosticFixture.ok),
        .roa("operationId: A\n" + BuildDiagnosticFixture.answer("undocumentedFields: {type: string}")),
        .roa(
            "operationId: A\nrequestBody:\n  content:\n    application/json:\n"
                + "      schema: {type: object, properties: {a: {type: string, x-json-string: true}}}\n"
                + BuildDiagnosticFixture.ok,
            method: "post"),
        .roa(
            "operationId: A\nparameters:\n"
                + "  - {name: q, in: query, schema: {type: array, x-index-base: 1, items: {type: string, x-json-string: true}}}\n"
                + BuildDiagnosticFixture.ok),
        .roa("operationId: A\n\(BuildDiagnosticFixture.ok)", method: "options"),
        .roa(
            "operationId: A\nparameters:\n"
                + "  - {name: q, in: query, schema: {type: array, items: {type: object, properties: {a: {type: string}}}}}\n"
                + BuildDiagnosticFixture.ok),
        .roa(
            "operationId: A\nparameters: [{name: q, in: query, schema: {type: object, properties: {a: {type: string}}}}]\n"
                + BuildDiagnosticFixture.ok),
        .paths(
            """
            /things/{id}:
              get:
                operationId: A
                parameters: [{name: id, in: path, required: true, schema: {type: array, items: {type: string}}}]
                \(BuildDiagnosticFixture.ok)
            """),
        .paths("/things: {$ref: ../schemas/P.yaml}", schemas: ["P": "type: string\n"]),
        .roa("operationId: '-'\n\(BuildDiagnosticFixture.ok)"),
        .paths(
            """
            /a: {get: {operationId: DescribeA, \(BuildDiagnosticFixture.ok)}}
            /b: {get: {operationId: describeA, \(BuildDiagnosticFixture.ok)}}
            """),
        .paths(
            """
            /list:
              get:
                operationId: List
                x-pagination: {style: page-number, page: Page, items: Items}
                parameters: [{name: Page, in: query, schema: {type: integer}}]
                responses:
                  '200':
                    description: ok
                    content: {application/json: {schema: {properties: {Items: {type: array, items: {type: string}}}}}}
            /list-pages: {get: {operationId: ListPages, \(BuildDiagnosticFixture.ok)}}
            """),
        .roa(
            "operationId: A\n" + BuildDiagnosticFixture.answer("v: {$ref: '../schemas/-.yaml'}"),
            schemas: ["-": "type: string\n"]),
        .roa(
            "operationId: A\n"
                + BuildDiagnosticFixture.answer(
                    "a: {$ref: ../schemas/NodePool.yaml}, b: {$ref: ../schemas/node_pool.yaml}"),
            schemas: ["NodePool": "type: object\nproperties: {id: {type: string}}\n", "node_pool": "type: string\n"]),
        .roa(
            "operationId: A\n" + BuildDiagnosticFixture.answer("v: {$ref: ../schemas/ARequest.yaml}"),
            schemas: ["ARequest": "type: object\nproperties: {id: {type: string}}\n"]),
        .errors("{code: '-', status: 400, message: bad}"),
        .errors("{code: Bad.Request, status: 400, message: bad}, {code: Bad_Request, status: 400, message: bad}"),
        .errors(
            "{code: Busy, status: 503, message: busy}",
            answer: BuildDiagnosticFixture.answer("v: {$ref: ../schemas/ErrorCode.yaml}"),
            schemas: ["ErrorCode": "type: object\nproperties: {id: {type: string}}\n"]),
    ]
}
