import CloudRuntime
import SpecGenCore
import SpecMockCore
import Testing

/// Each mutation kind alone on the fixture spec's examples, with the expected answers and drift
/// records written out from reading the fixture.
@Suite("Response mutator")
struct ResponseMutatorTests {
    /// A record of the fixture service `Fix`, as the client reports it.
    private static func record(
        _ operation: String, _ path: String, _ kind: ResponseDrift.Kind, declared: String?, observed: String?,
        value: String? = nil, count: Int = 1
    ) -> ResponseDrift {
        ResponseDrift(
            service: "Fix", operation: operation, path: path, kind: kind, declared: declared, observed: observed,
            value: value, count: count, requestID: nil)
    }

    private static func mutate(
        _ operationID: String, _ mutations: Set<ResponseMutation>
    ) async throws -> MutatedResponse {
        let fixture = try await DriftFixtureSpec.load()
        let (operation, example) = try fixture.operation(operationID)
        return fixture.mutator.mutate(example, of: operation, applying: mutations)
    }

    @Test("strings: declared integers, numbers and booleans become strings; contradictions and free-form stay")
    func stringifiedScalars() async throws {
        let mutated = try await Self.mutate("DescribeWidget", [.stringifiedScalars])
        let expected: JSONValue = [
            "request_id": "req-1", "total": "2", "meta": ["source": ["origin": "vendor"]],
            "widget": [
                "widget_id": "w-1", "size": "3", "ratio": "1.5", "enabled": "true", "state": "active",
                "spec": ["kind": "small", "replicas": "2"],
                "parts": [
                    ["name": "bolt", "weight": "2", "healthy": "true"],
                    ["name": "nut", "weight": "0.5", "healthy": "false"],
                ],
                "labels": ["team": "core", "size": 5], "weights": ["1", "2"],
            ],
        ]
        #expect(mutated.body == expected)
        let op = "DescribeWidget"
        #expect(
            mutated.drift == [
                Self.record(op, "$.widget.size", .coercedType, declared: "integer", observed: "string"),
                Self.record(op, "$.widget.ratio", .coercedType, declared: "number", observed: "string"),
                Self.record(op, "$.widget.enabled", .coercedType, declared: "boolean", observed: "string"),
                Self.record(op, "$.widget.spec.replicas", .coercedType, declared: "integer", observed: "string"),
                Self.record(
                    op, "$.widget.parts[*].weight", .coercedType, declared: "number", observed: "string", count: 2),
                Self.record(
                    op, "$.widget.parts[*].healthy", .coercedType, declared: "boolean", observed: "string", count: 2),
                Self.record(op, "$.widget.weights[*]", .coercedType, declared: "integer", observed: "string", count: 2),
            ])
    }

    @Test("strings: a field that also allows a string keeps its value")
    func alternativeStringType() async throws {
        let fixture = try await DriftFixtureSpec.load()
        var model = fixture.model
        let index = try #require(model.shapes.firstIndex { $0.name == "Widget" })
        guard case .structure(var fields) = model.shapes[index].kind else {
            Issue.record("Widget is not a structure")
            return
        }
        for position in fields.indices where fields[position].wireName != "ratio" {
            fields[position].alternativeTypes = [.string]
        }
        model.shapes[index].kind = .structure(fields)
        let (operation, example) = try fixture.operation("DescribeWidget")
        let mutated = ResponseMutator(service: model).mutate(example, of: operation, applying: [.stringifiedScalars])
        #expect(mutated.body["widget"]?["size"] == 3)
        #expect(mutated.body["widget"]?["enabled"] == true)
        #expect(mutated.body["widget"]?["ratio"] == "1.5")
        // The alternatives are the field's own: list elements and members of nested objects still drift.
        #expect(
            mutated.drift.map(\.path) == [
                "$.widget.ratio", "$.widget.spec.replicas", "$.widget.parts[*].weight", "$.widget.parts[*].healthy",
                "$.widget.weights[*]",
            ])
    }

    @Test("fields: every described object, outermost first, gets a member of a different JSON type")
    func undocumentedFields() async throws {
        let mutated = try await Self.mutate("DescribeWidget", [.undocumentedFields])
        let expected: JSONValue = [
            "request_id": "req-1", "total": "2", "specmock_undocumented": "specmock",
            "meta": ["specmock_undocumented": 7, "source": ["origin": "vendor", "specmock_undocumented": 2.5]],
            "widget": [
                "specmock_undocumented": true,
                "widget_id": "w-1", "size": 3, "ratio": 1.5, "enabled": true, "state": "active",
                "spec": ["kind": "small", "replicas": 2, "specmock_undocumented": ["note": "undocumented"]],
                "parts": [
                    ["name": "bolt", "weight": 2, "healthy": true, "specmock_undocumented": ["specmock"]],
                    ["name": "nut", "weight": 0.5, "healthy": false, "specmock_undocumented": "specmock"],
                ],
                "labels": ["team": "core", "size": 5], "weights": [1, 2],
            ],
        ]
        #expect(mutated.body == expected)
        let op = "DescribeWidget"
        #expect(
            mutated.drift == [
                Self.record(op, "$.specmock_undocumented", .unknownField, declared: nil, observed: "string"),
                Self.record(op, "$.meta.specmock_undocumented", .unknownField, declared: nil, observed: "integer"),
                Self.record(
                    op, "$.meta.source.specmock_undocumented", .unknownField, declared: nil, observed: "number"),
                Self.record(op, "$.widget.specmock_undocumented", .unknownField, declared: nil, observed: "boolean"),
                Self.record(
                    op, "$.widget.spec.specmock_undocumented", .unknownField, declared: nil, observed: "object"),
                Self.record(
                    op, "$.widget.parts[*].specmock_undocumented", .unknownField, declared: nil, observed: "array"),
                Self.record(
                    op, "$.widget.parts[*].specmock_undocumented", .unknownField, declared: nil, observed: "string"),
            ])
    }

    @Test("nulls: absent optional fields are sent as null; nullable and free-form fields are not reported")
    func nullOptionalFields() async throws {
        let mutated = try await Self.mutate("DescribeWidget", [.nullOptionalFields])
        let widget = try #require(mutated.body["widget"])
        #expect(widget["note"] == .null && widget["retired_at"] == .null)
        #expect(widget["spec"] == ["kind": "small", "replicas": 2, "zone": nil])
        #expect(
            widget["parts"] == [
                ["name": "bolt", "weight": 2, "healthy": true, "serial": nil],
                ["name": "nut", "weight": 0.5, "healthy": false, "serial": nil],
            ])
        #expect(mutated.body["meta"] == ["source": ["origin": "vendor"]])
        let op = "DescribeWidget"
        #expect(
            mutated.drift == [
                Self.record(op, "$.widget.retired_at", .unexpectedNull, declared: "string", observed: "null"),
                Self.record(op, "$.widget.spec.zone", .unexpectedNull, declared: "string", observed: "null"),
                Self.record(
                    op, "$.widget.parts[*].serial", .unexpectedNull, declared: "string", observed: "null", count: 2),
            ])
    }

    @Test("nulls in a top-level list: one record per field with its count, in the order first met")
    func nullsInList() async throws {
        let mutated = try await Self.mutate("ListWidgets", [.nullOptionalFields])
        let expectedFirst: JSONValue = [
            "widget_id": "w-1", "state": "retired", "spec": ["kind": "large", "replicas": nil, "zone": nil],
            "size": nil, "ratio": nil, "enabled": nil, "note": nil, "retired_at": nil, "parts": nil, "weights": nil,
        ]
        #expect(mutated.body[0] == expectedFirst)
        let op = "ListWidgets"
        func null(_ path: String, _ declared: String, count: Int = 2) -> ResponseDrift {
            Self.record(op, path, .unexpectedNull, declared: declared, observed: "null", count: count)
        }
        #expect(
            mutated.drift == [
                null("$[*].size", "integer"), null("$[*].ratio", "number"), null("$[*].enabled", "boolean"),
                null("$[*].retired_at", "string"), null("$[*].spec.replicas", "integer"),
                null("$[*].spec.zone", "string"), null("$[*].parts", "array"), null("$[*].weights", "array"),
                null("$[*].state", "string", count: 1),
            ])
    }

    @Test("missing: the first required member of the outermost object holding one goes, breadth first")
    func missingRequiredField() async throws {
        let mutated = try await Self.mutate("DescribeWidget", [.missingRequiredField])
        let expected: JSONValue = [
            "request_id": "req-1", "total": "2", "meta": ["source": ["origin": "vendor"]],
            "widget": [
                "size": 3, "ratio": 1.5, "enabled": true, "state": "active", "spec": ["kind": "small", "replicas": 2],
                "parts": [
                    ["name": "bolt", "weight": 2, "healthy": true], ["name": "nut", "weight": 0.5, "healthy": false],
                ],
                "labels": ["team": "core", "size": 5], "weights": [1, 2],
            ],
        ]
        #expect(mutated.body == expected)
        #expect(
            mutated.drift == [
                Self.record(
                    "DescribeWidget", "$.widget.widget_id", .missingRequiredField, declared: "string", observed: nil)
            ])
    }

    @Test("missing: in a top-level list only the first element loses the member")
    func missingInList() async throws {
        let mutated = try await Self.mutate("ListWidgets", [.missingRequiredField])
        #expect(
            mutated.body == [
                ["state": "retired", "spec": ["kind": "large"]], ["widget_id": "w-2", "spec": ["kind": "small"]],
            ])
        #expect(
            mutated.drift == [
                Self.record("ListWidgets", "$[*].widget_id", .missingRequiredField, declared: "string", observed: nil)
            ])
    }

    @Test("missing: an answer without required members is left as it is, with no drift")
    func missingWithoutRequired() async throws {
        let mutated = try await Self.mutate("ListTags", [.missingRequiredField])
        #expect(mutated.body == ["tags": ["a", "b"]])
        #expect(mutated.drift.isEmpty)
    }

    @Test("enums: every enum value becomes one the enum does not list")
    func unknownEnumValue() async throws {
        let mutated = try await Self.mutate("ListWidgets", [.unknownEnumValue])
        #expect(
            mutated.body == [
                ["widget_id": "w-1", "state": "SpecMockUnlisted", "spec": ["kind": "SpecMockUnlisted"]],
                ["widget_id": "w-2", "spec": ["kind": "SpecMockUnlisted"]],
            ])
        let op = "ListWidgets"
        #expect(
            mutated.drift == [
                Self.record(
                    op, "$[*].state", .unknownEnumValue, declared: "string", observed: "string",
                    value: "SpecMockUnlisted"),
                Self.record(
                    op, "$[*].spec.kind", .unknownEnumValue, declared: "string", observed: "string",
                    value: "SpecMockUnlisted", count: 2),
            ])
    }
}
