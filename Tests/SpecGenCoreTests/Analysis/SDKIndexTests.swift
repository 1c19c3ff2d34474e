import Foundation
import Testing

@testable import SpecGenCore

/// The SDK index as a second source: coverage reports it beside the reference, and lint requires every
/// operation the reference lacks to say, in `x-source`, which SDK it comes from.
@Suite struct SDKIndexTests {
    static let group = """
        tag: {name: clusters}
        paths:
          /clusters/{ClusterId}:
            get:
              operationId: DescribeCluster
              parameters:
                - {name: ClusterId, in: path, required: true, schema: {type: string}}
              responses: {'200': {description: ok}}
          /clusters/{ClusterId}/checks:
            get:
              operationId: ListChecks
              x-source: {sdk: vendor-sdk 1.0}
              parameters:
                - {name: ClusterId, in: path, required: true, schema: {type: string}}
                - {name: max_results, in: query, schema: {type: integer, format: int32}}
              responses: {'200': {description: ok}}
          /regions:
            get:
              operationId: DescribeRegions
              responses: {'200': {description: ok}}
          /tasks:
            get:
              operationId: ListTasks
              x-source: {sdk: vendor-sdk 0.9}
              responses: {'200': {description: ok}}
          /plans:
            get:
              operationId: ListPlans
              x-source: {sdk: vendor-sdk 1.0}
              responses: {'200': {description: ok}}

        """

    static let docsIndex = """
        source: fixture
        group: clusters
        operations:
          - {operation: DescribeCluster, method: GET, path: '/clusters/{ClusterId}', parameters: [ClusterId]}

        """

    /// The SDK's spelling: snake-case placeholders, and `in`/`style` on parameters.
    static let sdkIndex = """
        source: vendor-sdk 1.0
        group: clusters
        operations:
          - operation: DescribeCluster
            method: GET
            path: /clusters/{cluster_id}
            parameters:
              - {name: cluster_id, type: string, required: true, in: path}
          - operation: ListChecks
            method: GET
            path: /clusters/{cluster_id}/checks
            parameters:
              - {name: cluster_id, type: string, required: true, in: path}
              - {name: max_results, type: string, in: query, style: simple}
              - {name: filter, type: string, in: query}
          - {operation: ListTasks, method: GET, path: /tasks}

        """

    private static func folder(
        group: String = Self.group, schemas: [String: String] = [:], docsIndex: String = Self.docsIndex,
        sdkIndex: String = Self.sdkIndex
    ) throws -> SpecFolder {
        let folder = try SpecFolder(.roa, groups: ["clusters": group], schemas: schemas)
        for (name, text) in ["docs-index": docsIndex, "sdk-index": sdkIndex] {
            let directory = URL(filePath: folder.directory).appending(path: name)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: directory.appending(path: "clusters.yaml"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func everyOperationNamesItsSourceAndTheSDKIndexListsIt() throws {
        let folder = try Self.folder()
        let lint = folder.lint().filter { !$0.contains("warning") }
        #expect(
            lint == [
                "spec/t/groups/clusters.yaml:19:20: error: operation 'DescribeRegions' is not in the reference's docs index; say where it comes from with 'x-source: {sdk: vendor-sdk 1.0}'",
                "spec/t/groups/clusters.yaml:24:17: error: 'x-source' names 'vendor-sdk 0.9'; the SDK index was extracted from 'vendor-sdk 1.0'",
                "spec/t/groups/clusters.yaml:29:17: error: operation 'ListPlans' is not in the SDK index of 'vendor-sdk 1.0'",
            ])
    }

    @Test func coverageReportsTheReferenceThenTheSDK() throws {
        let folder = try Self.folder()
        let services = try SpecGen.coverage(directory: folder.directory)
        #expect(services.map(\.index) == [.reference, .sdk])
        #expect(services[1].sources == ["vendor-sdk 1.0"])
        let sdk = services[1]
        // The placeholder's name differs and the path parameter is found in another spelling.
        #expect(sdk.operations.map(\.status) == [.present, .present, .present])
        #expect(sdk.operations[1].parameters.map(\.covered) == [true, true, false])
        #expect(sdk.totals.names == CoverageReport.Tally(covered: 6, documented: 7))
        let report = CoverageReport(services: services)
        #expect(report.passes(minimum: 100, sdkMinimum: nil))
        #expect(!report.passes(minimum: 100, sdkMinimum: 100))
        #expect(report.text().contains("against the SDK (vendor-sdk 1.0): 85.7% (6/7 names)"))
        // A difference names the SDK, not the reference.
        #expect(
            sdk.gapDiagnostics.map(\.message).contains("'max_results' of ListChecks: the SDK types it string, the spec integer"))
    }

    /// Fields of a documented operation: the reference documents `Name` and `config.size`; the SDK adds
    /// `Zone` (named), `Region` (not), `config.color` (not) and `extra`, whose schema file names the SDK
    /// but whose property, added to a documented answer, does not.
    static let fieldGroup = """
        tag: {name: clusters}
        paths:
          /clusters/{ClusterId}:
            get:
              operationId: DescribeCluster
              parameters:
                - {name: ClusterId, in: path, required: true, schema: {type: string}}
                - {name: Name, in: query, schema: {type: string}}
                - {name: Region, in: query, schema: {type: string}}
                - {name: Zone, in: query, x-source: {sdk: vendor-sdk 1.0}, schema: {type: string}}
                - {name: Rack, in: query, x-source: {sdk: vendor-sdk 0.9}, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          config:
                            type: object
                            properties:
                              size: {type: integer}
                              color: {type: string}
                          extra:
                            $ref: ../schemas/Extra.yaml

        """

    static let extraSchema = """
        type: object
        x-source: {sdk: vendor-sdk 1.0}
        properties:
          depth: {type: integer}

        """

    static let fieldDocsIndex = """
        source: fixture
        group: clusters
        operations:
          - operation: DescribeCluster
            method: GET
            path: '/clusters/{ClusterId}'
            parameters: [ClusterId, Name]
            responseFields: [config.size]

        """

    static let fieldSDKIndex = """
        source: vendor-sdk 1.0
        group: clusters
        operations:
          - operation: DescribeCluster
            method: GET
            path: /clusters/{cluster_id}
            parameters:
              - {name: cluster_id, type: string, required: true, in: path}
              - {name: Name, type: string, in: query}
              - {name: Region, type: string, in: query}
              - {name: Zone, type: string, in: query}
              - {name: Rack, type: string, in: query}
            responseFields:
              - {name: config, type: object}
              - {name: config.size, type: integer}
              - {name: config.color, type: string}
              - {name: extra, type: object}
              - {name: extra.depth, type: integer}

        """

    @Test func everyFieldTheReferenceLacksNamesItsSource() throws {
        let folder = try Self.folder(
            group: Self.fieldGroup, schemas: ["Extra": Self.extraSchema], docsIndex: Self.fieldDocsIndex,
            sdkIndex: Self.fieldSDKIndex)
        let lint = folder.lint().filter { !$0.contains("warning") }
        // `config` holds a documented field; `extra.depth` is in a schema file that names the SDK; `Zone`
        // names it itself.
        #expect(
            lint == [
                "spec/t/groups/clusters.yaml:9:11: error: 'Region' of DescribeCluster is in the SDK index but not in the reference's docs index; say where it comes from with 'x-source: {sdk: vendor-sdk 1.0}'",
                "spec/t/groups/clusters.yaml:11:45: error: 'x-source' names 'vendor-sdk 0.9'; the SDK index was extracted from 'vendor-sdk 1.0'",
                "spec/t/groups/clusters.yaml:24:30: error: 'config.color' of DescribeCluster is in the SDK index but not in the reference's docs index; say where it comes from with 'x-source: {sdk: vendor-sdk 1.0}'",
                "spec/t/groups/clusters.yaml:26:21: error: 'extra' of DescribeCluster is in the SDK index but not in the reference's docs index; say where it comes from with 'x-source: {sdk: vendor-sdk 1.0}'",
            ])
    }
}
