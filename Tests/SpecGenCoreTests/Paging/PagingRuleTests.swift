import Testing

@testable import SpecGenCore

/// `x-pagination`, `x-waiters` and `x-waiter-after`: every malformed value is reported at its file,
/// line and column, and well-formed declarations pass.
@Suite struct PagingRuleTests {
    func diagnostics(
        pagination: String = PagingSpecs.goodPagination, waiters: String = PagingSpecs.goodWaiters,
        after: String = PagingSpecs.goodAfter
    ) throws -> [String] {
        let group = PagingSpecs.roaGroup(pagination: pagination, waiters: waiters, after: after)
        let folder = try SpecFolder(.roa, groups: ["clusters": group], schemas: ["Cluster": PagingSpecs.cluster])
        do {
            _ = try folder.model()
            return []
        } catch {
            return folder.cited(error)
        }
    }

    @Test func wellFormedDeclarationsPass() throws {
        #expect(try self.diagnostics() == [])
    }

    @Test func paginationNamesAreCheckedAgainstTheOperation() throws {
        let lines = try self.diagnostics(
            pagination:
                "x-pagination: {style: page-number, page: page, size: name, items: page_info, total: page_info.count, foo: 1}"
        )
        #expect(
            lines == [
                "spec/t/groups/clusters.yaml:6:48: error: 'page: page' names no parameter of 'DescribeClusters' "
                    + "(parameters: page_number, page_size, name)",
                "spec/t/groups/clusters.yaml:6:60: error: parameter 'name' is required; the paging parameter must be optional",
                "spec/t/groups/clusters.yaml:6:73: error: 'items: page_info' must be a list, found object",
                "spec/t/groups/clusters.yaml:6:91: error: 'total: page_info.count' does not name a response field: "
                    + "'page_info' has no field 'count' (fields: total_count)",
                "spec/t/groups/clusters.yaml:6:108: error: unknown key 'foo' in 'x-pagination' "
                    + "(expected style, page, marker, size, items, next, total)",
            ])
    }

    @Test func paginationStyleDecidesTheRequiredKeys() throws {
        #expect(
            try self.diagnostics(pagination: "x-pagination: {style: pages, items: clusters}") == [
                "spec/t/groups/clusters.yaml:6:29: error: 'style' must be 'page-number' or 'marker', found 'pages'"
            ])
        #expect(
            try self.diagnostics(pagination: "x-pagination: {style: marker, page: page_number, items: clusters}") == [
                "spec/t/groups/clusters.yaml:6:21: error: 'x-pagination' with 'style: marker' needs 'marker'",
                "spec/t/groups/clusters.yaml:6:21: error: 'x-pagination' with 'style: marker' needs 'next'",
                "spec/t/groups/clusters.yaml:6:37: error: 'page' does not apply to 'style: marker'",
            ])
        #expect(
            try self.diagnostics(pagination: "x-pagination: [page_number]") == [
                "spec/t/groups/clusters.yaml:6:21: error: 'x-pagination' must be a mapping (style, items, ...), found a sequence"
            ])
    }

    @Test func waiterTimingAndAcceptorsAreChecked() throws {
        let waiters = """
            x-waiters:
              clusterRunning:
                interval: 0
                timeout: 10m
                retries: 3
                acceptors:
                  - {match: state, equals: runing, result: success}
                  - {match: stat, equals: running, result: success}
                  - {match: status, equals: x, result: failure}
                  - {match: size, equals: many, result: failure}
                  - {match: state, elements: all, equals: running, result: success}
                  - {error: Gone, status: 404, result: success}
                  - {status: 99, result: success}
                  - {match: state, result: success}
                  - {error: Gone, result: done}
                  - ClusterGone
            """
        let lines = try self.diagnostics(waiters: waiters)
        let site = "spec/t/groups/clusters.yaml"
        #expect(
            lines == [
                "\(site):26:32: error: 'waiter: ClusterRunning' names no waiter of the service (waiters: clusterRunning)",
                "\(site):40:9: error: waiter name 'clusterRunning' must start with an upper-case letter and hold only letters and digits",
                "\(site):41:21: error: 'interval' of waiter 'clusterRunning' must be a positive whole number of seconds, found '0'",
                "\(site):42:20: error: 'timeout' of waiter 'clusterRunning' must be a positive whole number of seconds, found '10m'",
                "\(site):43:11: error: unknown key 'retries' in waiter 'clusterRunning' (expected summary, interval, timeout, acceptors)",
                "\(site):45:38: error: 'equals: runing' is not a value of 'state' (initial, running, failed, deleted)",
                "\(site):46:23: error: 'match: stat' does not name a response field: the response has no field 'stat' "
                    + "(fields: cluster_id, state, size, status, nodes)",
                "\(site):47:23: error: 'match: status' must name a string, integer or boolean field, found object",
                "\(site):48:37: error: 'equals' must be an integer like field 'size', found 'many'",
                "\(site):49:40: error: 'elements' applies only when 'match' goes through a list",
                "\(site):50:15: error: an acceptor needs exactly one of 'match', 'error' or 'status', found error and status",
                "\(site):51:24: error: 'status' must be an HTTP status from 100 to 599, found '99'",
                "\(site):52:15: error: an acceptor with 'match' needs 'equals', the value that matches",
                "\(site):53:37: error: 'result' must be 'success', 'failure' or 'retry', found 'done'",
                "\(site):54:15: error: an acceptor must be a mapping such as {match: state, equals: running, result: success}, "
                    + "found a string",
            ])
    }

    @Test func waiterWithoutSuccessCanNeverEnd() throws {
        let waiters = """
            x-waiters:
              ClusterRunning:
                interval: 30
                timeout: 10
                acceptors:
                  - {match: state, equals: failed, result: failure}
            """
        #expect(
            try self.diagnostics(waiters: waiters) == [
                "spec/t/groups/clusters.yaml:42:20: error: 'timeout' of waiter 'ClusterRunning' (10 s) is shorter than its 'interval' (30 s)",
                "spec/t/groups/clusters.yaml:44:13: error: waiter 'ClusterRunning' has no acceptor with 'result: success'; it could never succeed",
            ])
    }

    @Test func triggerParametersAreCheckedOnBothOperations() throws {
        let after =
            "x-waiter-after: {waiter: ClusterRunning, parameters: {ClusterID: $response.id, Other: $request.x, Bad: 3}}"
        let site = "spec/t/groups/clusters.yaml"
        #expect(
            try self.diagnostics(after: after) == [
                "\(site):26:60: error: 'parameters' misses 'ClusterId', a required parameter of 'DescribeCluster'",
                "\(site):26:61: error: 'ClusterID' is not a parameter of 'DescribeCluster', which waiter 'ClusterRunning' polls",
                "\(site):26:72: error: '$response.id' does not name a response field: the response has no field 'id' (fields: cluster_id)",
                "\(site):26:86: error: 'Other' is not a parameter of 'DescribeCluster', which waiter 'ClusterRunning' polls",
                "\(site):26:93: error: '$request.x': 'x' is not a parameter of 'CreateCluster' (it takes none)",
                "\(site):26:105: error: 'Bad' is not a parameter of 'DescribeCluster', which waiter 'ClusterRunning' polls",
                "\(site):26:110: error: a waiter parameter's source must be '$request.<name>' or '$response.<field>', found a number",
            ])
        #expect(
            try self.diagnostics(after: "x-waiter-after: {waiter: ClusterGone, parameters: {}}") == [
                "\(site):26:32: error: 'waiter: ClusterGone' names no waiter of the service (waiters: ClusterRunning)"
            ])
        #expect(
            try self.diagnostics(after: "x-waiter-after: {waiter: [ClusterRunning], parameters: {}}") == [
                "\(site):26:32: error: 'waiter' must name a waiter of 'x-waiters', found a sequence"
            ])
    }

    @Test func duplicateWaiterNamesPointAtBoth() throws {
        let waiters = PagingSpecs.goodWaiters
        let pagination =
            PagingSpecs.goodPagination + "\n" + waiters.replacingOccurrences(of: "nodes.state", with: "clusters.state")
        let lines = try self.diagnostics(pagination: pagination)
        #expect(
            lines.filter { $0.contains("duplicate") } == [
                "spec/t/groups/clusters.yaml:52:9: error: duplicate waiter 'ClusterRunning'\n"
                    + "spec/t/groups/clusters.yaml:8:9: note: 'ClusterRunning' is first declared here"
            ])
    }

    /// Lint's diagnostics for a marker listing whose `Marker` parameter and `Next` field have these schemas.
    func markerDiagnostics(marker: String, next: String) throws -> [String] {
        let group = """
            tag: {name: misc}
            paths:
              /?Action=List:
                get:
                  operationId: List
                  x-pagination: {style: marker, marker: Marker, next: Next, items: Set}
                  parameters: [{name: Marker, in: query, schema: \(marker)}]
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {properties: {Next: \(next), Set: {type: array, items: {type: string}}}}

            """
        return try SpecFolder(.rpc, groups: ["misc": group]).lint()
    }

    @Test func theMarkerAndTheNextFieldHaveOneSwiftType() throws {
        let site = "spec/t/groups/misc.yaml"
        let cases: [(marker: String, next: String, lines: [String])] = [
            ("{type: integer, format: int64}", "{type: integer, format: int64}", []),
            (
                "{type: integer, format: int32}", "{type: integer, format: int64}",
                [
                    "\(site):6:59: error: 'next: Next' must be of the marker's type (integer with format int32), "
                        + "found integer with format int64"
                ]
            ),
            (
                "{type: integer}", "{type: integer, format: int32}",
                [
                    "\(site):6:59: error: 'next: Next' must be of the marker's type (integer), found integer with format int32"
                ]
            ),
            (
                "{type: string}", "{type: string, enum: [a, b]}",
                ["\(site):6:59: error: 'next: Next' must be of the marker's type (string), found string enum"]
            ),
            (
                "{type: string, enum: [a, b]}", "{type: string}",
                ["\(site):6:45: error: parameter 'Marker' must be an integer or a string to page by, found string enum"]
            ),
        ]
        for (marker, next, expected) in cases {
            let lines = try self.markerDiagnostics(marker: marker, next: next)
            #expect(lines == expected, "marker \(marker), next \(next)")
        }
    }

    /// Lint's diagnostics for a waiter matching `match` in an answer with this schema.
    func waiterDiagnostics(response: String, match: String, schemas: [String: String] = [:]) throws -> [String] {
        let group = """
            tag: {name: things}
            paths:
              /things:
                get:
                  operationId: DescribeThing
                  x-waiters:
                    ThingReady:
                      interval: 5
                      timeout: 60
                      acceptors: [{match: \(match), equals: ready, result: success}]
                  responses: {'200': {description: ok, content: {application/json: {schema: \(response)}}}}

            """
        return try SpecFolder(.roa, groups: ["things": group], schemas: schemas).lint()
    }

    @Test func pathsStartAtTheResponseFieldsTheBuildGenerates() throws {
        let thing = "properties: {state: {type: string}}\n"
        let site = "spec/t/groups/things.yaml"
        #expect(
            try self.waiterDiagnostics(
                response: "{$ref: ../schemas/Thing.yaml}", match: "state", schemas: ["Thing": thing])
                == [])
        let list = try self.waiterDiagnostics(response: "{type: array, items: {\(thing)}}", match: "state")
        #expect(
            list == [
                "\(site):10:31: error: 'match: state': the response of 'DescribeThing' is not an object with properties"
            ])
        let alias = try self.waiterDiagnostics(
            response: "{$ref: ../schemas/Alias.yaml}", match: "state",
            schemas: ["Alias": "$ref: Thing.yaml\n", "Thing": thing])
        #expect(alias == list)
        let scalar = try self.waiterDiagnostics(
            response: "{properties: {s: {type: string, \(thing)}}}", match: "s.state")
        #expect(
            scalar == [
                "\(site):10:31: error: 'match: s.state' does not name a response field: 's' is not an object with properties"
            ])
    }
}
