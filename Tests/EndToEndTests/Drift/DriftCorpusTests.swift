import CloudRuntime
import Foundation
import SharedTestSupport
import SpecMockCore
import Testing

/// A drift corpus made from the specs: every documented success answer, mutated one
/// ``ResponseMutation`` at a time by the spec-reading mutator, decoded by the generated client's
/// response type. Each must keep every documented value, report exactly the mutator's deviations,
/// and fail in strict mode.
@Suite("Drift corpus from the spec examples")
struct DriftCorpusTests {
    /// One mutated answer.
    struct Case {
        let operation: CatalogOperation
        let example: String
        let mutation: ResponseMutation
        let body: Data
        let expected: [ResponseDrift]
    }

    /// The documented success examples of every operation, by service and operation, read once.
    private static let examples = Result { () throws -> [String: [String: [(name: String, json: Data)]]] in
        var examples: [String: [String: [(name: String, json: Data)]]] = [:]
        for service in CatalogService.all {
            examples[service.name] = try SpecOperation.all(in: try service.spec()).byID.mapValues(\.responseExamples)
        }
        return examples
    }

    /// The documented success examples of one operation.
    static func examples(of operation: CatalogOperation) throws -> [(name: String, json: Data)] {
        try Self.examples.get()[operation.service]?[operation.name] ?? []
    }

    /// Every mutated answer of one operation; answers whose documented example already drifts (the
    /// known exceptions, checked by the catalog's strict example test) are left out.
    static func cases(of operation: CatalogOperation) async throws -> [Case] {
        let entry = try CatalogService.named(operation.service).entry(operation.name)
        let mutator = try #require(try await SpecMockFixture.mutators()[operation.service])
        let model = try #require(mutator.operation(named: operation.name))
        var cases: [Case] = []
        for (name, json) in try Self.examples(of: operation) {
            guard try entry.decodeResponse(json, .tolerant).drift.isEmpty else { continue }
            let example = try JSONDecoder().decode(JSONValue.self, from: json)
            for mutation in ResponseMutation.allCases {
                let mutated = mutator.mutate(example, of: model, applying: [mutation])
                guard !mutated.drift.isEmpty else { continue }
                cases.append(
                    Case(
                        operation: operation, example: name, mutation: mutation,
                        body: try JSONEncoder().encode(mutated.body), expected: mutated.drift))
            }
        }
        return cases
    }

    private static func sorted(_ drift: [ResponseDrift]) -> [ResponseDrift] {
        drift.map { record in
            var record = record
            record.service = ""
            record.requestID = nil
            return record
        }.sorted { "\($0.path) \($0.kind) \($0)" < "\($1.path) \($1.kind) \($1)" }
    }

    private static func reencoded(_ response: any Encodable) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: try WireJSONEncoder().encode(response))
    }

    @Test(
        "Mutated answers keep their documented values and report exactly the deviations made",
        arguments: CatalogOperation.all)
    func mutatedAnswers(_ operation: CatalogOperation) async throws {
        let entry = try CatalogService.named(operation.service).entry(operation.name)
        for item in try await Self.cases(of: operation) {
            let label = "\(operation.testDescription) \(item.example) \(item.mutation.rawValue)"
            let (response, drift) = try entry.decodeResponse(item.body, .tolerant)
            #expect(Self.sorted(drift) == Self.sorted(item.expected), "\(label)")

            let original = try #require(try Self.examples(of: operation).first { $0.name == item.example }?.json)
            let baseline = try Self.reencoded(try entry.decodeResponse(original, .tolerant).response)
            // Converted scalars and nulls must read back exactly; the other kinds change only what they report.
            let allowed: Set<String> =
                [.stringifiedScalars, .nullOptionalFields].contains(item.mutation) ? [] : Set(item.expected.map(\.path))
            let changed = JSONDifference.paths(try Self.reencoded(response), baseline)
            #expect(
                changed.isSubset(of: allowed), "\(label): values changed at \(changed.subtracting(allowed).sorted())")

            #expect(throws: DecodingError.self, "\(label) decodes in strict mode") {
                try entry.decodeResponse(item.body, .strict)
            }
        }
    }

    @Test("The corpus covers every kind the specs allow")
    func corpusSize() async throws {
        var answers: [ResponseMutation: Int] = [:]
        var deviations: [ResponseMutation: Int] = [:]
        var operations: Set<String> = []
        for operation in CatalogOperation.all {
            for item in try await Self.cases(of: operation) {
                answers[item.mutation, default: 0] += 1
                deviations[item.mutation, default: 0] += item.expected.reduce(0) { $0 + $1.count }
                operations.insert(operation.testDescription)
            }
        }
        let summary = ResponseMutation.allCases.map {
            "\($0.rawValue): \(answers[$0] ?? 0) answers, \(deviations[$0] ?? 0) deviations"
        }
        print(
            "drift corpus: \(answers.values.reduce(0, +)) mutated answers of \(operations.count) operations, "
                + "\(deviations.values.reduce(0, +)) deviations (\(summary.joined(separator: "; ")))")
        // The specs declare no required member in any answer, so `missing` has nothing to remove there;
        // the mutator's own tests cover it on a fixture spec.
        for kind in [ResponseMutation.stringifiedScalars, .undocumentedFields, .nullOptionalFields, .unknownEnumValue] {
            #expect((answers[kind] ?? 0) >= 10, "only \(answers[kind] ?? 0) answers mutated with \(kind.rawValue)")
        }
    }
}
