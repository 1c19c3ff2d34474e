import Foundation
import Testing

@testable import SpecGenCore

/// `specgen lint` runs every stage the build runs: a problem only lowering can see (two enum values or
/// two schema files that map to one Swift name) fails lint at its line, once, with no follow-on errors,
/// and the build reports exactly the same.
@Suite struct LintEqualsBuildTests {
    /// Lint's diagnostics for a folder, cited as `spec/t/...`, and the build's.
    func lintAndBuild(_ folder: borrowing SpecFolder) -> (lint: [String], build: [String]) {
        let lint = folder.lint()
        do {
            _ = try folder.model()
            return (lint, [])
        } catch {
            return (lint, folder.cited(error))
        }
    }

    @Test func enumValuesWithOneSwiftNameFailLintOnce() throws {
        let cluster = PagingSpecs.cluster.replacingOccurrences(
            of: "enum: [initial, running, failed, deleted]", with: "enum: [initial, KSYUN HUB, KSYUN_HUB]")
        let folder = try SpecFolder(
            .roa,
            groups: [
                "clusters": PagingSpecs.roaGroup(
                    pagination: PagingSpecs.goodPagination, waiters: "", after: "")
            ],
            schemas: ["Cluster": cluster])
        let (lint, build) = self.lintAndBuild(folder)
        #expect(
            lint == [
                "spec/t/schemas/Cluster.yaml:4:52: error: enum values 'KSYUN HUB' and 'KSYUN_HUB' both map to Swift name 'ksyunHUB'"
            ])
        #expect(build == lint)
    }

    @Test func schemaFilesWithOneSwiftNameFailLintOnce() throws {
        let group = """
            tag: {name: pools}
            paths:
              /pools:
                get:
                  operationId: DescribePools
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              first: {$ref: ../schemas/NodePool.yaml}
                              second: {$ref: ../schemas/node_pool.yaml}

            """
        let pool = "type: object\nproperties:\n  id: {type: string}\n"
        let folder = try SpecFolder(.roa, groups: ["pools": group], schemas: ["NodePool": pool, "node_pool": pool])
        let (lint, build) = self.lintAndBuild(folder)
        #expect(lint.count { $0.contains(": error: ") } == 1)
        #expect(
            lint.first?.hasPrefix("spec/t/schemas/node_pool.yaml:1:1: error: two types are named 'NodePool'") == true)
        #expect(build == lint)
    }

    @Test func anOptionalPathParameterFailsLintOnce() throws {
        let group = """
            tag: {name: things}
            paths:
              /things/{ThingId}:
                get:
                  operationId: DescribeThing
                  parameters:
                    - {name: ThingId, in: path, required: false, schema: {type: string}}
                  responses: {'200': {description: ok}}

            """
        let folder = try SpecFolder(.roa, groups: ["things": group])
        let (lint, build) = self.lintAndBuild(folder)
        #expect(lint == ["spec/t/groups/things.yaml:7:47: error: path parameter 'ThingId' must be 'required: true'"])
        #expect(build == lint)
    }

    @Test func requiredMembersMustNameMembersOfTheStructure() throws {
        let group = """
            tag: {name: pools}
            paths:
              /pools:
                post:
                  operationId: CreatePool
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            scaling: {$ref: ../schemas/Scaling.yaml, x-required: [enable, limits.max, size]}
                  responses: {'200': {description: ok}}

            """
        let scaling =
            "type: object\nproperties:\n  enable: {type: boolean}\n  limits:\n"
            + "    type: object\n    properties: {max: {type: integer}}\n"
        let folder = try SpecFolder(.roa, groups: ["pools": group], schemas: ["Scaling": scaling])
        let (lint, build) = self.lintAndBuild(folder)
        #expect(
            lint == ["spec/t/groups/pools.yaml:12:91: error: 'x-required: size': the structure has no member 'size'"])
        #expect(build == lint)
    }

    @Test func requiredMembersAreEnforcedOnRequestBodyPropertiesOnly() throws {
        let group = """
            tag: {name: pools}
            paths:
              /pools:
                get:
                  operationId: ListPools
                  parameters: [{name: scaling, in: query, schema: {$ref: ../schemas/Scaling.yaml, x-required: [enable]}}]
                  responses: {'200': {description: ok}}

            """
        let scaling = "type: object\nproperties:\n  enable: {type: boolean}\n"
        let folder = try SpecFolder(.roa, groups: ["pools": group], schemas: ["Scaling": scaling])
        let (lint, build) = self.lintAndBuild(folder)
        #expect(
            lint == [
                "spec/t/groups/pools.yaml:6:99: error: 'x-required' is checked on the properties of an operation's "
                    + "JSON request body only; here nothing would enforce it"
            ])
        #expect(build == lint)
    }

    @Test func aMissingOperationIDFailsLintOnce() throws {
        let group = "tag: {name: things}\npaths:\n  /things:\n    get:\n      responses: {'200': {description: ok}}\n"
        let folder = try SpecFolder(.roa, groups: ["things": group])
        let (lint, build) = self.lintAndBuild(folder)
        #expect(lint == ["spec/t/groups/things.yaml:4:5: error: missing 'operationId' for GET /things"])
        #expect(build == lint)
    }

    @Test func aWaiterAfterAMalformedWaiterFailsLintOnce() throws {
        let group = """
            tag: {name: things}
            paths:
              /things:
                get:
                  operationId: DescribeThing
                  x-waiters: {ThingReady: 15}
                  responses: {'200': {description: ok}}
                post:
                  operationId: CreateThing
                  x-waiter-after: {waiter: ThingReady, parameters: {}}
                  responses: {'200': {description: ok}}

            """
        let folder = try SpecFolder(.roa, groups: ["things": group])
        let (lint, build) = self.lintAndBuild(folder)
        #expect(
            lint == [
                "spec/t/groups/things.yaml:6:31: error: waiter 'ThingReady' must be a mapping "
                    + "(summary, interval, timeout, acceptors), found a number"
            ])
        #expect(build == lint)
    }
}
