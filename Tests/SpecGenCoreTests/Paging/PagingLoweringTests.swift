import Testing

@testable import SpecGenCore

/// Lowering resolves the extensions' wire names to Swift property paths and types; translation
/// turns them into key paths handed to the runtime.
@Suite struct PagingLoweringTests {
    func model(pagination: String = PagingSpecs.goodPagination) throws -> ServiceModel {
        let group = PagingSpecs.roaGroup(
            pagination: pagination, waiters: PagingSpecs.goodWaiters, after: PagingSpecs.goodAfter)
        let folder = try SpecFolder(.roa, groups: ["clusters": group], schemas: ["Cluster": PagingSpecs.cluster])
        return try folder.model()
    }

    @Test func paginationResolvesRequestAndResponseFields() throws {
        let model = try self.model()
        let pagination = try #require(model.operations.first { $0.name == "DescribeClusters" }?.pagination)
        #expect(pagination.style == .pageNumber)
        #expect(pagination.cursor.swiftName == "pageNumber")
        #expect(pagination.size?.swiftName == "pageSize")
        #expect(
            pagination.items
                == ResponseFieldPath(wirePath: "clusters", swiftPath: "clusters", type: .array(.shape("Cluster"))))
        #expect(
            pagination.total
                == ResponseFieldPath(
                    wirePath: "page_info.total_count", swiftPath: "pageInfo?.totalCount", type: .integer32))
        #expect(pagination.next == nil)
        #expect(model.operations.filter { $0.pagination != nil }.map(\.name) == ["DescribeClusters"])
    }

    @Test func waitersResolveAcceptorsAndTriggers() throws {
        let waiter = try #require(try self.model().waiters.first)
        #expect(waiter.name == "ClusterRunning")
        #expect(waiter.memberName == "clusterRunning")
        #expect(waiter.operation == "DescribeCluster")
        #expect((waiter.interval, waiter.timeout) == (15, 600))
        // DescribeCluster answers with the Cluster structure, reached through the response's `body`.
        #expect(
            waiter.acceptors.map(\.matcher) == [
                .value(
                    .init(wirePath: "state", swiftPath: "body.state", type: .shape("ClusterState")),
                    expected: .string("running")),
                .value(
                    .init(wirePath: "status.phase", swiftPath: "body.status?.phase", type: .string),
                    expected: .string("broken")),
                .elements(
                    list: .init(wirePath: "nodes", swiftPath: "body.nodes", type: .array(.shape("ClusterNodesItem"))),
                    elementShape: "ClusterNodesItem",
                    element: .init(wirePath: "state", swiftPath: "state", type: .string),
                    all: false, expected: .string("error")),
                .value(.init(wirePath: "size", swiftPath: "body.size", type: .integer32), expected: .integer(0)),
                .errorCode("ClusterNotFound"),
                .httpStatus(404),
            ])
        #expect(waiter.acceptors.map(\.result) == [.success, .failure, .failure, .retry, .retry, .failure])
        #expect(
            waiter.triggers == [
                WaiterTriggerModel(
                    operation: "CreateCluster",
                    parameters: [.init(name: "ClusterId", fromResponse: true, path: "cluster_id")])
            ])
    }

    @Test func markerPaginationNeedsANextFieldOfTheMarkersType() throws {
        let group = """
            tag: {name: misc}
            paths:
              /?Action=List:
                get:
                  operationId: List
                  x-pagination: {style: marker, marker: Marker, size: MaxResults, next: Marker, items: Set, total: TotalCount}
                  parameters:
                    - {name: Marker, in: query, schema: {type: integer, format: int32}}
                    - {name: MaxResults, in: query, schema: {type: integer, format: int32}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              Marker: {type: integer, format: int32}
                              TotalCount: {type: integer, format: int32}
                              Set: {type: array, items: {type: string}}

            """
        let folder = try SpecFolder(.rpc, groups: ["misc": group])
        let pagination = try #require(try folder.model().operations.first?.pagination)
        #expect(pagination.style == .marker)
        #expect(pagination.next?.swiftPath == "marker")
        #expect(pagination.items.type == .array(.string))

        let broken = try SpecFolder(
            .rpc,
            groups: [
                "misc": group.replacingOccurrences(
                    of: "Marker: {type: integer, format: int32}\n", with: "Marker: {type: string}\n")
            ])
        let error = try #require(throws: DiagnosticsError.self) { try broken.model() }
        #expect(
            broken.cited(error) == [
                "spec/t/groups/misc.yaml:6:77: error: 'next: Marker' must be of the marker's type (integer with format int32), found string"
            ])
    }

    @Test func clientGetsPagesItemsAndWaitMethodsOverKeyPaths() throws {
        let model = try self.model()
        let text = Translator(model: model).clientDeclarations().map { SwiftRenderer().render($0) }.joined(
            separator: "\n")
        #expect(text.contains("public func describeClustersPages("))
        #expect(text.contains("page: \\ACK.DescribeClustersRequest.pageNumber,"))
        #expect(text.contains("total: \\ACK.DescribeClustersResponse.pageInfo?.totalCount"))
        #expect(
            text.contains(
                ") -> PaginatedItems<ACK.DescribeClustersRequest, ACK.DescribeClustersResponse, ACK.Cluster> {"))
        #expect(
            text.contains(
                """
                            .anyElement(
                                \\ACK.DescribeClusterResponse.body.nodes,
                                \\ACK.ClusterNodesItem.state,
                                equals: "error",
                                result: .failure
                            ),
                """))
        #expect(text.contains(".state(\\ACK.DescribeClusterResponse.body.size, equals: 0, result: .retry)"))
        #expect(text.contains("public func waitUntilClusterRunning("))
        #expect(text.contains("parameters: [.init(name: \"ClusterId\", source: .response(\"cluster_id\"))]"))
    }

    @Test func pagingMethodMustNotTakeAnotherOperationsName() throws {
        let group = """
            tag: {name: misc}
            paths:
              /?Action=List:
                get:
                  operationId: List
                  x-pagination: {style: marker, marker: Marker, next: Marker, items: Set}
                  parameters:
                    - {name: Marker, in: query, schema: {type: string}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              Marker: {type: string}
                              Set: {type: array, items: {type: string}}
              /?Action=ListPages:
                get:
                  operationId: ListPages
                  responses:
                    '200': {description: ok}

            """
        let folder = try SpecFolder(.rpc, groups: ["misc": group])
        let error = try #require(throws: DiagnosticsError.self) { try folder.model() }
        #expect(
            folder.cited(error) == [
                "spec/t/groups/misc.yaml:6:21: error: the paging method 'listPages' of 'List' has the name of another "
                    + "operation's method"
            ])
    }
}
