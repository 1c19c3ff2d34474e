import CloudRuntime
import Foundation
import SharedTestSupport
import SpecGenCore
import SpecMockCore
import Testing

/// A small ROA spec written for the response mutator's tests, with one field of every kind that
/// matters to drift: required and optional, nullable, string enums, nested objects, lists of
/// objects and of integers (through an alias), and free-form JSON.
///
/// The files are written to a temporary folder and loaded like the real specs, so fields keep
/// their declaration order.
enum DriftFixtureSpec {
    /// The lowered model and each operation's first documented example.
    struct Loaded: Sendable {
        /// The service `Fix`.
        let model: ServiceModel
        /// The examples by operation ID, as specmock answers with them.
        let examples: [String: JSONValue]

        /// The mutator of the service.
        var mutator: ResponseMutator { ResponseMutator(service: self.model) }

        /// An operation of the service and its documented example.
        func operation(_ name: String) throws -> (operation: OperationModel, example: JSONValue) {
            let operation = try #require(self.model.operations.first { $0.name == name })
            return (operation, try #require(self.examples[name]))
        }
    }

    private static let loaded = Task { () throws -> Loaded in
        try await OffPool.run { try Self.load() }
    }

    /// The fixture spec, loaded once off the concurrency pool.
    static func load() async throws -> Loaded {
        try await self.loaded.value
    }

    private static func load() throws -> Loaded {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "drift-fixture-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in Self.files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let spec = try SpecGen.load(directory: folder.path)
        let lowered = Lowering.lower(spec, specPath: "spec/drift-fixture")
        guard let model = lowered.model else {
            throw SpecMockError("the drift fixture does not lower:\n\(lowered.diagnostics.map { "\($0)" })")
        }
        var examples: [String: JSONValue] = [:]
        for operation in try MockOperation.operations(of: model, documentedIn: spec) {
            guard let json = operation.examples.first?.json else { continue }
            examples[operation.operationID] = try JSONValue.parse(json)
        }
        return Loaded(model: model, examples: examples)
    }

    /// The fixture's files by path in the spec folder.
    private static let files: [(String, String)] = [
        ("openapi.yaml", Self.root), ("groups/widgets.yaml", Self.widgets), ("schemas/Widget.yaml", Self.widget),
        ("schemas/WidgetSpec.yaml", Self.widgetSpec), ("schemas/Part.yaml", Self.part),
        ("schemas/Weights.yaml", Self.weights),
    ]

    private static let root = """
        openapi: 3.1.0
        info: {title: Drift fixture, version: '2015-12-15'}
        servers:
          - url: https://fix.{region}.example.com
            variables: {region: {default: cn-hangzhou}}
        components:
          securitySchemes:
            acs: {type: apiKey, in: header, name: Authorization, x-signature: {algorithms: [acs-hmac-sha1]}}
        security: [{acs: []}]
        x-sdk: {name: Fix, module: FixROA, protocol: roa, product: FIX}
        paths: {}
        """

    private static let widgets = """
        tag: {name: widgets}
        paths:
          /widgets/{WidgetId}:
            get:
              operationId: DescribeWidget
              parameters:
                - {name: WidgetId, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: One widget.
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          request_id: {type: string}
                          total: {type: integer}
                          meta:
                            type: object
                            properties:
                              source:
                                type: object
                                required: [origin]
                                properties:
                                  origin: {type: string}
                          widget: {$ref: ../schemas/Widget.yaml}
                      example:
                        request_id: req-1
                        total: '2'
                        meta: {source: {origin: vendor}}
                        widget:
                          widget_id: w-1
                          size: 3
                          ratio: 1.5
                          enabled: true
                          state: active
                          spec: {kind: small, replicas: 2}
                          parts:
                            - {name: bolt, weight: 2, healthy: true}
                            - {name: nut, weight: 0.5, healthy: false}
                          labels: {team: core, size: 5}
                          weights: [1, 2]
          /widgets:
            get:
              operationId: ListWidgets
              responses:
                '200':
                  description: Widgets.
                  content:
                    application/json:
                      schema:
                        type: array
                        items: {$ref: ../schemas/Widget.yaml}
                      example:
                        - {widget_id: w-1, state: retired, spec: {kind: large}}
                        - {widget_id: w-2, spec: {kind: small}}
          /tags:
            get:
              operationId: ListTags
              responses:
                '200':
                  description: Tags.
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          tags: {type: array, items: {type: string}}
                      example: {tags: [a, b]}
        """

    private static let widget = """
        type: object
        required: [widget_id, spec]
        properties:
          widget_id: {type: string}
          size: {type: integer, format: int32}
          ratio: {type: number}
          enabled: {type: boolean}
          state: {type: string, enum: [active, retired]}
          note: {type: [string, 'null']}
          retired_at: {type: string}
          spec: {$ref: WidgetSpec.yaml}
          parts: {type: array, items: {$ref: Part.yaml}}
          labels: {type: object, description: Free-form labels.}
          weights: {$ref: Weights.yaml}
        """

    private static let widgetSpec = """
        type: object
        required: [kind]
        properties:
          kind: {type: string, enum: [small, large]}
          replicas: {type: integer}
          zone: {type: string}
        """

    private static let part = """
        type: object
        required: [name]
        properties:
          name: {type: string}
          weight: {type: number}
          healthy: {type: boolean}
          serial: {type: string}
        """

    private static let weights = """
        type: array
        items: {type: integer}
        """
}
