/// Small specs with listings and waiters, shared by the rule, lowering and translation tests.
enum PagingSpecs {
    /// An ROA group: a page-number listing, a polled describe operation and two triggering operations.
    /// Line numbers matter: the rule tests cite them.
    static func roaGroup(pagination: String, waiters: String, after: String) -> String {
        """
        tag: {name: clusters}
        paths:
          /clusters:
            get:
              operationId: DescribeClusters
        \(Self.indented(pagination, by: 6))
              parameters:
                - {name: page_number, in: query, schema: {type: integer, format: int64}}
                - {name: page_size, in: query, schema: {type: integer, format: int64}}
                - {name: name, in: query, required: true, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          clusters: {type: array, items: {$ref: ../schemas/Cluster.yaml}}
                          page_info:
                            type: object
                            properties:
                              total_count: {type: integer, format: int32}
            post:
              operationId: CreateCluster
        \(Self.indented(after, by: 6))
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          cluster_id: {type: string}
          /clusters/{ClusterId}:
            get:
              operationId: DescribeCluster
        \(Self.indented(waiters, by: 6))
              parameters:
                - {name: ClusterId, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: ../schemas/Cluster.yaml}

        """
    }

    static let cluster = """
        type: object
        properties:
          cluster_id: {type: string}
          state: {type: string, enum: [initial, running, failed, deleted]}
          size: {type: integer, format: int32}
          status:
            type: object
            properties:
              phase: {type: string}
          nodes:
            type: array
            items:
              type: object
              properties:
                state: {type: string}

        """

    static let goodPagination =
        "x-pagination: {style: page-number, page: page_number, size: page_size, items: clusters, total: page_info.total_count}"
    static let goodWaiters = """
        x-waiters:
          ClusterRunning:
            summary: Waits until the cluster runs.
            interval: 15
            timeout: 600
            acceptors:
              - {match: state, equals: running, result: success}
              - {match: status.phase, equals: broken, result: failure}
              - {match: nodes.state, elements: any, equals: error, result: failure}
              - {match: size, equals: 0, result: retry}
              - {error: ClusterNotFound, result: retry}
              - {status: 404, result: failure}
        """
    static let goodAfter = "x-waiter-after: {waiter: ClusterRunning, parameters: {ClusterId: $response.cluster_id}}"

    static func indented(_ text: String, by spaces: Int) -> String {
        let pad = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }.joined(separator: "\n")
    }
}
