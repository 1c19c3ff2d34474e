import CloudctlCore
import Foundation
import Testing

/// `--output table` prints a listing's items one row each, then the answer's other scalar fields.
@Suite struct ListingTableTests {
    static let page = Data(
        #"""
        {"clusters": [{"cluster_id": "c1", "name": "alpha", "state": "running", "size": 3, "tags": [{"key": "k"}]},
                      {"cluster_id": "c2", "name": "beta\nline", "state": "failed"}],
         "page_info": {"page_number": 1, "total_count": 2}, "request_id": "R-1"}
        """#.utf8)

    @Test func itemsAreRowsWithTheirScalarFieldsAsColumns() {
        #expect(
            ResponseFormatter.format(Self.page, as: .table) == """
                clusters (2)
                cluster_id  name        state    size
                c1          alpha       running  3
                c2          beta\\nline  failed

                request_id  R-1
                (nested, not shown: page_info; use --output json)

                """)
    }

    @Test func columnsChooseTheFields() {
        #expect(
            ResponseFormatter.format(Self.page, as: .table, columns: ["state", "cluster_id", "missing"]).hasPrefix(
                """
                clusters (2)
                state    cluster_id  missing
                running  c1
                failed   c2

                """))
    }

    @Test func anAnswerWithoutAListIsKeyValueLines() {
        let detail = Data(#"{"cluster_id": "c1", "state": "running"}"#.utf8)
        #expect(ResponseFormatter.format(detail, as: .table) == "cluster_id  c1\nstate       running\n")
    }

    @Test func aQueryPrintsTheSelectedPart() throws {
        let running = try JSONQuery("clusters[?state=='running']")
        #expect(
            ResponseFormatter.format(Self.page, as: .table, query: running) == """
                items (1)
                cluster_id  name   state    size
                c1          alpha  running  3


                """)
        let names = try JSONQuery("clusters[].name")
        #expect(ResponseFormatter.format(Self.page, as: .table, query: names) == "alpha\nbeta\\nline\n")
        #expect(ResponseFormatter.format(Self.page, as: .json, query: names) == "[\n  \"alpha\",\n  \"beta\\nline\"\n]\n")
        let total = try JSONQuery("page_info.total_count")
        #expect(ResponseFormatter.format(Self.page, as: .json, query: total) == "2\n")
        #expect(ResponseFormatter.format(Self.page, as: .table, query: try JSONQuery("missing")) == "null\n")
    }
}
