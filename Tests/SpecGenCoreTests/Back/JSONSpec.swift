import Foundation
import Testing

@testable import SpecGenCore

/// Builds `SpecDocument` values from inline JSON documents (JSON is YAML, so the spec reader reads
/// them). Only the pointers listed in `locations` get a place, in `spec/test/openapi.yaml`, so
/// diagnostics can be asserted exactly.
enum JSONSpec {
    static func load(_ json: String, locations: [String: (line: Int, column: Int)] = [:]) throws -> SpecDocument {
        let root = try #require(try YAMLParser(file: "spec/test/openapi.json").parse(json))
        var map = SourceMap()
        for (pointer, place) in locations {
            map.record(
                SourceLocation(file: "spec/test/openapi.yaml", line: place.line, column: place.column), for: pointer)
        }
        let assembled = AssembledSpec(directory: "spec/test", root: root, sourceMap: map, schemaFiles: [])
        return SpecReader.read(assembled).document
    }

    /// Every diagnostic the build reports for the document (rules, reading, lowering), with the
    /// document's own lines and columns in `spec/test/openapi.json`.
    static func check(_ json: String) throws -> [Diagnostic] {
        let root = try #require(try YAMLParser(file: "spec/test/openapi.json").parse(json))
        let assembled = AssembledSpec(
            directory: "spec/test", root: root, sourceMap: SourceMap(tree: root), schemaFiles: [])
        return SpecGen.check(assembled, loadDiagnostics: [], specPath: "spec/test").diagnostics
    }

    /// A root document around `paths` and `schemas` (JSON object bodies without braces).
    static func rpcRoot(paths: String, schemas: String = "") -> String {
        """
        {
          "openapi": "3.1.0",
          "info": {"title": "Test RPC", "version": "2019-08-06"},
          "servers": [{"url": "https://kce.{region}.api.ksyun.com", "variables": {"region": {"default": "cn-beijing-6"}}}],
          "components": {
            "securitySchemes": {"aws4": {"type": "apiKey", "in": "header", "name": "Authorization",
              "x-signature": {"algorithms": ["aws4-hmac-sha256"], "service": "kce"}}},
            "schemas": {\(schemas)}
          },
          "x-sdk": {"name": "KCE", "module": "KingsoftKCE", "protocol": "rpc", "rpc": {"methods": ["POST", "GET"]}},
          "paths": {\(paths)}
        }
        """
    }

    /// A ROA root document around `paths` and `schemas`.
    static func roaRoot(paths: String, schemas: String = "") -> String {
        """
        {
          "openapi": "3.1.0",
          "info": {"title": "Test ROA", "version": "2015-12-15"},
          "servers": [{"url": "https://cs.{region}.aliyuncs.com", "variables": {"region": {"default": "cn-hangzhou"}}}],
          "components": {
            "securitySchemes": {"acs": {"type": "apiKey", "in": "header", "name": "Authorization",
              "x-signature": {"algorithms": ["acs-hmac-sha1", "acs3-hmac-sha256"]}}},
            "schemas": {\(schemas)}
          },
          "x-sdk": {"name": "ACK", "module": "AlibabaACK", "protocol": "roa", "product": "CS"},
          "paths": {\(paths)}
        }
        """
    }

    static func lower(_ json: String, locations: [String: (line: Int, column: Int)] = [:]) throws -> Lowering.Result {
        Lowering.lower(try self.load(json, locations: locations), specPath: "spec/test")
    }
}
