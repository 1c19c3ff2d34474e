import Foundation
import Testing

@testable import SpecGenCore

@Suite struct ScratchTests {
    @Test func dump() throws {
        let json = JSONSpec.rpcRoot(
            paths: """
                "/?Action=CreateCluster": {"get": {"operationId": "CreateCluster", "summary": "Create a cluster.",
                  "parameters": [
                    {"name": "ClusterName", "in": "query", "required": true, "schema": {"type": "string", "maxLength": 60}},
                    {"name": "InstanceSet", "in": "query", "schema": {"type": "array", "x-index-base": 1, "items": {"$ref": "#/components/schemas/InstanceSet"}}},
                    {"name": "PublicApiServer", "in": "query", "x-json-string": true, "schema": {"$ref": "#/components/schemas/Para"}},
                    {"name": "ClusterId", "in": "query", "schema": {"type": "array", "x-index-base": 0, "items": {"type": "string"}}}
                  ],
                  "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"RequestId": {"type": "string"}, "ClusterId": {"type": "string"}}}}}}}}}
                """,
            schemas: """
                "InstanceSet": {"type": "object", "required": ["NodeRole"], "properties": {"NodeRole": {"type": "string", "enum": ["Worker", "Master"]}, "NodePara": {"x-json-string": true, "allOf": [{"$ref": "#/components/schemas/Para"}]}, "Filter": {"type": "array", "x-index-base": 1, "items": {"type": "string"}}}},
                "Para": {"type": "object", "properties": {"a": {"type": "integer", "format": "int64"}, "tags": {"type": "object"}}}
                """)
        let result = try JSONSpec.lower(json)
        for diagnostic in result.diagnostics { print(diagnostic) }
        let model = try #require(result.model)
        try self.emit(model)
    }

    func emit(_ model: ServiceModel) throws {
        let out = ProcessInfo.processInfo.environment["SCRATCH_OUT"]
        for file in Translator(model: model).translate() {
            let text = SwiftRenderer().render(file)
            if let out {
                try text.write(toFile: out + "/" + file.name, atomically: true, encoding: .utf8)
            } else {
                print("=== \(file.name)")
                print(text)
            }
        }
    }

    @Test func dumpROA() throws {
        let json = JSONSpec.roaRoot(
            paths: """
                "/clusters/{ClusterId}": {"get": {"operationId": "DescribeClusterDetail", "summary": "Get one cluster.",
                  "description": "Returns the configuration.\\nSecond line.",
                  "parameters": [
                    {"name": "ClusterId", "in": "path", "required": true, "schema": {"type": "string"}},
                    {"name": "name", "in": "query", "schema": {"type": "string", "default": "x"}},
                    {"name": "ids", "in": "query", "explode": false, "schema": {"type": "array", "items": {"type": "integer"}}},
                    {"name": "state", "in": "query", "schema": {"type": "string", "enum": ["running", "failed"]}}
                  ],
                  "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ClusterDetail"}}}}}},
                  "delete": {"operationId": "DeleteCluster", "parameters": [{"name": "ClusterId", "in": "path", "required": true, "schema": {"type": "string"}}],
                  "responses": {"202": {"description": "ok"}}}},
                "/clusters": {"post": {"operationId": "CreateCluster",
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "cluster_type": {"$ref": "#/components/schemas/ClusterType"}, "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}, "runtime": {"$ref": "#/components/schemas/Runtime"}}}}}},
                  "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"cluster_id": {"type": "string"}, "request_id": {"type": "string"}}}}}}}},
                  "get": {"operationId": "DescribeClusters", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/ClusterDetail"}}}}}}}},
                "/tags": {"put": {"operationId": "TagResources", "requestBody": {"content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}}}}, "responses": {"200": {"description": "ok"}}}}
                """,
            schemas: """
                "ClusterDetail": {"type": "object", "description": "A cluster.", "properties": {"cluster_id": {"type": "string"}, "master": {"type": "object", "properties": {"count": {"type": "integer", "enum": [3, 5]}}}, "parent": {"$ref": "#/components/schemas/ClusterDetail"}, "meta": {"type": "object"}}},
                "ClusterType": {"type": "string", "enum": ["Kubernetes", "ManagedKubernetes"]},
                "Tag": {"type": "object", "properties": {"key": {"type": "string"}}},
                "Runtime": {"type": "object", "properties": {"name": {"type": "string"}}},
                "Names": {"type": "array", "items": {"type": "string"}}
                """)
        let result = try JSONSpec.lower(json)
        for diagnostic in result.diagnostics { print(diagnostic) }
        try self.emit(try #require(result.model))
    }
}
