import CloudRuntime
import Foundation
import SpecMockCore
import Testing

/// All mutation kinds at once, determinism, and a sweep over every documented example of the real specs.
@Suite("Response mutator, combined")
struct ResponseMutatorCombinedTests {
    @Test("All kinds at once: the required member goes first, then each object in turn")
    func allKinds() async throws {
        let fixture = try await DriftFixtureSpec.load()
        let (operation, example) = try fixture.operation("DescribeWidget")
        let mutated = fixture.mutator.mutate(example, of: operation, applying: ResponseMutation.all)
        let expected: JSONValue = [
            "request_id": "req-1", "total": "2", "specmock_undocumented": "specmock",
            "meta": ["specmock_undocumented": 7, "source": ["origin": "vendor", "specmock_undocumented": 2.5]],
            "widget": [
                "specmock_undocumented": true, "size": "3", "ratio": "1.5", "enabled": "true",
                "state": "SpecMockUnlisted", "note": nil, "retired_at": nil,
                "spec": [
                    "specmock_undocumented": ["note": "undocumented"], "kind": "SpecMockUnlisted", "replicas": "2",
                    "zone": nil,
                ],
                "parts": [
                    [
                        "specmock_undocumented": ["specmock"], "name": "bolt", "weight": "2", "healthy": "true",
                        "serial": nil,
                    ],
                    [
                        "specmock_undocumented": "specmock", "name": "nut", "weight": "0.5", "healthy": "false",
                        "serial": nil,
                    ],
                ],
                "labels": ["team": "core", "size": 5], "weights": ["1", "2"],
            ],
        ]
        #expect(mutated.body == expected)
        let lines = mutated.drift.map { "\($0)".replacingOccurrences(of: "DescribeWidget ", with: "") }
        #expect(
            lines == [
                "$.widget.widget_id: missing-required-field (string declared, absent)",
                "$.specmock_undocumented: unknown-field (string sent)",
                "$.meta.specmock_undocumented: unknown-field (integer sent)",
                "$.meta.source.specmock_undocumented: unknown-field (number sent)",
                "$.widget.specmock_undocumented: unknown-field (boolean sent)",
                "$.widget.size: coerced-type (integer declared, string sent)",
                "$.widget.ratio: coerced-type (number declared, string sent)",
                "$.widget.enabled: coerced-type (boolean declared, string sent)",
                "$.widget.state: unknown-enum-value (string declared, string sent) value \"SpecMockUnlisted\"",
                "$.widget.retired_at: unexpected-null (string declared, null sent)",
                "$.widget.spec.specmock_undocumented: unknown-field (object sent)",
                "$.widget.spec.kind: unknown-enum-value (string declared, string sent) value \"SpecMockUnlisted\"",
                "$.widget.spec.replicas: coerced-type (integer declared, string sent)",
                "$.widget.spec.zone: unexpected-null (string declared, null sent)",
                "$.widget.parts[*].specmock_undocumented: unknown-field (array sent)",
                "$.widget.parts[*].weight: coerced-type (number declared, string sent) ×2",
                "$.widget.parts[*].healthy: coerced-type (boolean declared, string sent) ×2",
                "$.widget.parts[*].serial: unexpected-null (string declared, null sent) ×2",
                "$.widget.parts[*].specmock_undocumented: unknown-field (string sent)",
                "$.widget.weights[*]: coerced-type (integer declared, string sent) ×2",
            ])
        #expect(
            mutated.drift.allSatisfy { $0.service == "Fix" && $0.operation == "DescribeWidget" && $0.requestID == nil })
    }

    @Test("The undocumented member's name never collides with a member the object has")
    func undocumentedNameAvoidsPresentMembers() async throws {
        let fixture = try await DriftFixtureSpec.load()
        let operation = try fixture.operation("ListTags").operation
        let body: JSONValue = ["tags": ["a"], "specmock_undocumented": "the vendor's own"]
        let mutated = fixture.mutator.mutate(body, of: operation, applying: [.undocumentedFields])
        #expect(
            mutated.body == [
                "tags": ["a"], "specmock_undocumented": "the vendor's own", "specmock_undocumented_": "specmock",
            ])
        #expect(mutated.drift.map(\.path) == ["$.specmock_undocumented_"])
    }

    @Test(
        "Every example of the real specs: the same input gives the same output; each kind reports only its own drift"
    )
    func realSpecs() async throws {
        let mock = try await SpecMockFixture.stateless()
        let kinds: [ResponseMutation: ResponseDrift.Kind] = [
            .stringifiedScalars: .coercedType, .undocumentedFields: .unknownField, .nullOptionalFields: .unexpectedNull,
            .missingRequiredField: .missingRequiredField, .unknownEnumValue: .unknownEnumValue,
        ]
        var changed = 0
        for served in mock.responder.operations {
            guard let json = served.examples.first?.json else { continue }
            let mutator = try #require(mock.mutators[served.service])
            let operation = try #require(mutator.operation(named: served.operationID))
            let example = try JSONValue.parse(json)
            let all = mutator.mutate(example, of: operation, applying: ResponseMutation.all)
            #expect(all == mutator.mutate(example, of: operation, applying: ResponseMutation.all))
            if all.body != example { changed += 1 }
            for (mutation, kind) in kinds {
                let alone = mutator.mutate(example, of: operation, applying: [mutation])
                #expect(alone.drift.allSatisfy { $0.kind == kind }, "\(served.operationID) \(mutation)")
                #expect(
                    alone.drift.allSatisfy { $0.service == served.service && $0.operation == served.operationID })
            }
        }
        #expect(changed > 50, "only \(changed) examples changed")
    }
}
