import Testing

@testable import SpecGenCore

/// One broken fixture per kind of problem; each test asserts the exact line `specgen lint` prints.
@Suite struct ValidationRuleTests {
    @Test(arguments: [
        // path-parameters: a template placeholder without a declaration, pointing at the placeholder itself
        "broken-roa/groups/clusters.yaml:4:31: error: path parameter 'NodeId' of 'DescribeNode' is not declared (add a parameter with 'in: path')",
        // path-parameters: a declaration the template does not use, at the parameter's name
        "broken-roa/groups/clusters.yaml:12:17: error: path parameter 'PoolId' does not appear in the path '/clusters/{ClusterId}/nodes/{NodeId}'",
        // operation-id: the duplicate, then a note at the first use
        "broken-roa/groups/clusters.yaml:24:20: error: duplicate operationId 'DescribeNode'",
        "broken-roa/groups/clusters.yaml:6:20: note: 'DescribeNode' is first used here",
        "broken-roa/groups/clusters.yaml:28:5: error: missing 'operationId' for POST /clusters",
        // success-response
        "broken-roa/groups/clusters.yaml:31:9: error: operation POST /clusters has no 2xx response",
        // schema-type
        "broken-roa/schemas/Node.yaml:3:19: error: unknown type 'strin' (string, integer, number, boolean, object, array or null)",
        // x-json-string
        "broken-roa/schemas/Node.yaml:6:20: error: 'x-json-string' must be true or false, found a string",
        // x-signature
        "broken-roa/openapi.yaml:12:37: error: unknown signing algorithm 'hmac-md5' (known: 'acs-hmac-sha1', 'acs3-hmac-sha256', 'aws4-hmac-sha256')",
        // unreferenced-schema
        "broken-roa/schemas/Orphan.yaml:1:1: warning: schema 'Orphan' is not referenced by any operation or schema",
    ])
    func roaRule(line: String) {
        #expect(LintOutput.lines("broken-roa").contains(line))
    }

    @Test(arguments: [
        // x-index-base on a parameter, at its `type: array`
        "broken-rpc/groups/cluster.yaml:11:19: error: array parameter 'ClusterId' needs 'x-index-base: 0' or 'x-index-base: 1' (RPC lists are flattened)",
        "broken-rpc/groups/cluster.yaml:17:27: error: 'x-index-base' must be 0 or 1, found '2'",
        // x-index-base on a property of a structure reached from a parameter
        "broken-rpc/schemas/Filter.yaml:5:11: error: array property 'Value' of 'Filter' needs 'x-index-base: 0' or 'x-index-base: 1' (RPC lists are flattened)",
        // x-unique-by: the items must declare the member; only arrays
        "broken-rpc/groups/search.yaml:13:26: error: 'x-unique-by: Nam' names no property of schema 'Filter'",
        "broken-rpc/groups/search.yaml:20:26: error: 'x-unique-by: Key' names no property of the array's items",
        "broken-rpc/groups/search.yaml:26:26: error: 'x-unique-by' applies to an array schema; this schema is not 'type: array'",
        // rpc-operation
        "broken-rpc/groups/cluster.yaml:20:15: error: RPC parameter 'Token' must be 'in: query', found 'in: header'",
        "broken-rpc/groups/cluster.yaml:29:3: error: the path of RPC action 'DeleteCluster' must be '/?Action=DeleteCluster', found '/clusters'",
        // x-signature: AWS4 needs the credential-scope service
        "broken-rpc/openapi.yaml:12:22: error: 'aws4-hmac-sha256' needs 'service' in 'x-signature' (the credential-scope service)",
    ])
    func rpcRule(line: String) {
        #expect(LintOutput.lines("broken-rpc").contains(line))
    }

    @Test(arguments: [
        "broken-sdk/groups/notes.yml:1:1: warning: 'groups/notes.yml' is ignored: spec files end in '.yaml'",
        "broken-sdk/groups/a.yaml:8:70: error: 'x-swift-name' must be a Swift identifier, found 'get-a'",
        "broken-sdk/groups/a.yaml:11:7: error: 'x-swift-name' is read on schemas and parameters only; here it changes nothing",
        "broken-sdk/openapi.yaml:5:5: error: security scheme 'ks' needs 'x-signature' with its algorithms",
        "broken-sdk/openapi.yaml:10:3: error: missing 'module' in 'x-sdk'",
        "broken-sdk/openapi.yaml:10:9: error: 'x-sdk.name' must be a Swift identifier, found 'Broken SDK'",
        "broken-sdk/openapi.yaml:11:13: error: 'x-sdk.protocol' must be 'roa' or 'rpc', found 'soap'",
    ])
    func sdkRule(line: String) {
        #expect(LintOutput.lines("broken-sdk").contains(line))
    }

    /// `x-reference`: attributes a place takes, values each attribute takes, a reason, and a place for it.
    @Test func referenceExtensionShapeIsCheckedWhereverItIsWritten() {
        #expect(
            LintOutput.lines("broken-reference") == [
                "broken-reference/groups/cluster.yaml:7:21: error: 'enum' is not recorded on an operation; write it on a parameter or a property's schema",
                "broken-reference/groups/cluster.yaml:13:11: error: 'x-reference' needs a 'reason': why the spec differs from the reference",
                "broken-reference/groups/cluster.yaml:13:35: error: 'required' must be true or false, found 'maybe'",
                "broken-reference/groups/cluster.yaml:17:13: error: write 'x-reference' on the parameter itself, not on its schema",
                "broken-reference/groups/cluster.yaml:23:24: error: 'x-reference' must be a mapping of the reference's attributes and a 'reason', found a sequence",
                "broken-reference/groups/cluster.yaml:31:25: error: unknown key 'requird' in 'x-reference'; use type, required, enum, default, minimum, maximum, minLength, maxLength, minItems, maxItems, reason",
                "broken-reference/groups/cluster.yaml:31:48: error: 'reason' must be a sentence saying why the spec differs",
                "broken-reference/groups/cluster.yaml:36:11: error: 'x-reference' belongs on a parameter, a property's schema or an operation",
                "broken-reference/groups/cluster.yaml:45:35: error: 'methods' is not recorded on a schema; write it on an operation",
                "broken-reference/schemas/Filter.yaml:2:1: error: write 'x-reference' on a property or parameter that uses this schema, not on the schema file",
                "broken-reference/schemas/NodePara.yaml:3:48: error: 'x-reference' records no attribute of the reference",
                "broken-reference/schemas/NodePara.yaml:4:46: error: 'type' must be one of string, integer, number, boolean, array, object, found 'Long'",
                "broken-reference/schemas/NodePara.yaml:4:61: error: 'default' must be a single value, found a mapping",
            ])
    }

    @Test func arraysUnderJSONStringAreNotFlattened() {
        #expect(!LintOutput.lines("broken-rpc").contains { $0.contains("Config") || $0.contains("Labels") })
    }

    @Test func brokenROAReportsEveryProblemAndNothingElse() {
        #expect(
            LintOutput.lines("broken-roa") == [
                "broken-roa/groups/clusters.yaml:4:31: error: path parameter 'NodeId' of 'DescribeNode' is not declared (add a parameter with 'in: path')",
                "broken-roa/groups/clusters.yaml:12:17: error: path parameter 'PoolId' does not appear in the path '/clusters/{ClusterId}/nodes/{NodeId}'",
                "broken-roa/groups/clusters.yaml:24:20: error: duplicate operationId 'DescribeNode'",
                "broken-roa/groups/clusters.yaml:6:20: note: 'DescribeNode' is first used here",
                "broken-roa/groups/clusters.yaml:28:5: error: missing 'operationId' for POST /clusters",
                "broken-roa/groups/clusters.yaml:31:9: error: operation POST /clusters has no 2xx response",
                "broken-roa/groups/tasks.yaml:5:5: error: operation POST of path '/clusters' is defined twice",
                "broken-roa/groups/clusters.yaml:28:5: note: operation POST of '/clusters' is first defined here",
                "broken-roa/openapi.yaml:12:37: error: unknown signing algorithm 'hmac-md5' (known: 'acs-hmac-sha1', 'acs3-hmac-sha256', 'aws4-hmac-sha256')",
                "broken-roa/schemas/Node.yaml:3:19: error: unknown type 'strin' (string, integer, number, boolean, object, array or null)",
                "broken-roa/schemas/Node.yaml:6:20: error: 'x-json-string' must be true or false, found a string",
                "broken-roa/schemas/Orphan.yaml:1:1: warning: schema 'Orphan' is not referenced by any operation or schema",
            ])
    }

    @Test func validFixturesAreClean() {
        #expect(LintOutput.lines("roa-minimal", "rpc-minimal") == [])
    }

    @Test func decodingErrorLandsOnTheValue() {
        #expect(
            LintOutput.lines("broken-decode") == [
                "broken-decode/groups/a.yaml:9:15: error: parameter 'Limit' needs 'in: path', 'query', 'header' or 'cookie', found 'qery'"
            ])
    }

    @Test func duplicateKeyIsReportedWithTheFirst() throws {
        let root = try #require(try YAMLParser(file: "t.yaml").parse("a: 1\nb: 2\na: 3\n"))
        let spec = AssembledSpec(directory: ".", root: root, sourceMap: SourceMap(tree: root), schemaFiles: [])
        #expect(
            DuplicateKeyRule().validate(spec).map(\.description) == [
                "t.yaml:3:1: error: duplicate key 'a'\nt.yaml:1:1: note: 'a' is first written here"
            ])
    }

    @Test func lintReportCountsAndWarningsAsErrors() {
        let report = SpecGen.lint(directories: [FixturePaths.spec("broken-roa")])
        #expect(report.errorCount == 9)
        #expect(report.warningCount == 1)
        let onlyWarnings = LintReport(diagnostics: report.diagnostics.filter { $0.severity == .warning })
        #expect(!onlyWarnings.failed())
        #expect(onlyWarnings.failed(warningsAsErrors: true))
    }
}
