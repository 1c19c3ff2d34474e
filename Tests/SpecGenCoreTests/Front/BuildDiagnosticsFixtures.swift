import Testing

/// One spec that makes the build report one problem: a group file (and schema files) for a ``SpecFolder``.
struct BuildDiagnosticFixture: Sendable, CustomTestStringConvertible {
    var style: SpecFolder.Style = .roa
    /// The text of `groups/things.yaml`.
    var group: String
    /// Schema files by name.
    var schemas: [String: String] = [:]

    var testDescription: String { self.group.split(separator: "\n").dropFirst(4).joined(separator: " ") }

    /// A group with one ROA operation `GET /things` whose lines are `operation`, indented under `get:`.
    static func roa(_ operation: String, schemas: [String: String] = [:]) -> Self {
        Self(group: Self.group(path: "/things", method: "get", operation), schemas: schemas)
    }

    /// A group with one RPC action `A` whose lines are `operation`, indented under `get:` (or `method`).
    static func rpc(_ operation: String, method: String = "get") -> Self {
        Self(style: .rpc, group: Self.group(path: "/?Action=A", method: method, operation))
    }

    private static func group(path: String, method: String, _ operation: String) -> String {
        let body = operation.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "      " + $0 }.joined(separator: "\n")
        return "tag: {name: things}\npaths:\n  \(path):\n    \(method):\n\(body)\n"
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
    static let all: [BuildDiagnosticFixture] = [
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
    ]

    /// The messages of reading and lowering (as written in the source, up to the first closing quote)
    /// that no fixture shows yet; each entry is work left, and the list only shrinks.
    static let notYetShown: Set<String> = [
        #"'\(field.wireName)' in \(owner) maps to Swift name '\(key)', which holds the members the spec "#,
        #"'equals' does not fit the type of '\(path)'"#,
        #"'match' names no field of the response of '\(operation.name)'"#,
        #"'match: \(path)' goes through a list whose elements are not structures"#,
        #"'x-json-string' on ROA body field '\(field.wireName)' is not supported; the body is JSON already"#,
        #"'x-json-string' on list items applies to RPC parameters only ('\(field.wireName)')"#,
        #"'x-pagination' needs 'style: page-number' or 'style: marker'"#,
        #"'x-pagination.\(cursorKey)' names no request field of '\(operation.name)'"#,
        #"'x-pagination.\(key)' names no field of the response of '\(operation.name)'"#,
        #"'x-pagination.items' must name a list in the response of '\(operation.name)'"#,
        #"'x-pagination.next' must name a response field of the marker's type"#,
        #"'x-pagination.size' names no request field of '\(operation.name)'"#,
        #"'x-pagination.total' must name an integer response field"#,
        #"'x-waiter-after' names no waiter of the service"#,
        #"HTTP method '\(operation.method)' is not supported"#,
        #"\(owner) '\(field.wireName)' is a flattened list; state where its indexes start with "#,
        #"\(owner) '\(field.wireName)' is a list of lists or of free-form JSON, which flattened "#,
        #"a schema named '\(Self.errorCodeTypeName)' clashes with the type generated from 'x-errors'"#,
        #"error code '\(row.code)' has no letter or digit to make a Swift name from"#,
        #"error codes '\(other.code)' and '\(row.code)' both become the Swift name '\(swiftName)'"#,
        #"every operation needs an 'operationId', the vendor's API name"#,
        #"operationId '\(name)' has no letters or digits to make a Swift name from"#,
        #"operations '\(first.name)' and '\(operation.name)' both map to Swift method '\(operation.methodName)'"#,
        #"paging parameter '\(cursorName)' must be an optional integer or string"#,
        #"path item references are not supported; write the operations inline"#,
        #"path parameter '\(field.wireName)' must be a string, number, boolean or string enum"#,
        #"query parameter '\(field.wireName)' must be a list of strings, numbers, booleans or "#,
        #"query parameter '\(field.wireName)' must be a string, number, boolean, string enum "#,
        #"reference '\(reference)' does not name a schema file"#,
        #"reference to unknown schema '\(name)'"#,
        #"schema '\(name)' has no letters or digits to make a Swift name from"#,
        #"the paging method '\(operations[index].methodName + suffix)' of '\(operations[index].name)' "#,
        #"two types are named '\(shape.name)': this one and the one at \(Self.cite(existing.origin)); "#,
        #"type '\(shape.name)' collides with the request or response type of operation '\(operation.name)'; "#,
        #"waiter '\(declaration.name)' needs whole-second 'interval' and 'timeout'"#,
    ]
}
