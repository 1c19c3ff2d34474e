import Testing

@testable import SpecGenCore

/// The markdown and JSON forms of a drift report.
@Suite struct DriftReportFormatTests {
    static let records = [
        DriftRecords.line("DescribeCluster", "$.size", "coerced-type", declared: "integer", observed: "string"),
        DriftRecords.line(
            "DescribeClusters", "$.clusters[*].size", "coerced-type", declared: "integer", observed: "string"),
        DriftRecords.line(
            "DescribeCluster", "$.cluster_type", "unknown-enum-value", declared: "string", observed: "string",
            value: "Serverless"),
        DriftRecords.line("DescribeClusters", "$.meta.owner", "unknown-field", observed: "string"),
        DriftRecords.line("DescribeCluster", "$.ClusterSet", "unknown-field", observed: "array", service: "KMini"),
    ]

    @Test func markdownIsATableForReview() throws {
        let fixture = try DriftFixture(records: Self.records)
        defer { fixture.remove() }
        let markdown = fixture.cited(try fixture.run().rendered(as: .markdown))
        #expect(
            markdown == """
                **Spec drift: 2 deviations from 3 records (2 fixable with --apply, 0 need a manual fix); 1 unmatched; 1 skipped**

                | answers | where | kind | spec | server sent | operations | fix |
                |---|---|---|---|---|---|---|
                | 2 | `spec/mini/schemas/Cluster.yaml:8:9` `size` | coerced-type | integer | string | `DescribeCluster`, `DescribeClusters` | --apply: widen 'type' to [integer, string] |
                | 1 | `spec/mini/schemas/ClusterType.yaml:1:1` `cluster_type` | unknown-enum-value | string | `Serverless` | `DescribeCluster` | --apply: add 'Serverless' to 'enum' |

                Records that do not match the spec:

                - `drift.ndjson:4:1`: the unknown-field record for DescribeClusters $.meta.owner does not match the spec: 'meta' is free-form JSON in the spec, so nothing inside it is checked

                Skipped (no spec folder given): `KMini` (1)

                """)
    }

    @Test func jsonHasAStableSchemaAndSortedKeys() throws {
        let fixture = try DriftFixture(records: Self.records)
        defer { fixture.remove() }
        let json = fixture.cited(try fixture.run().rendered(as: .json))
        #expect(
            json == """
                {
                  "applied" : false,
                  "edited" : [

                  ],
                  "findings" : [
                    {
                      "answers" : 2,
                      "declared" : "integer",
                      "fix" : {
                        "action" : "edit",
                        "detail" : "widen 'type' to [integer, string]",
                        "location" : {
                          "column" : 16,
                          "file" : "spec/mini/schemas/Cluster.yaml",
                          "line" : 8
                        }
                      },
                      "kind" : "coerced-type",
                      "location" : {
                        "column" : 9,
                        "file" : "spec/mini/schemas/Cluster.yaml",
                        "line" : 8
                      },
                      "message" : "'size' is integer in the spec; the server sent string in 2 answers of 2 operations (DescribeCluster, DescribeClusters)",
                      "observed" : "string",
                      "occurrences" : 2,
                      "operations" : [
                        "DescribeCluster",
                        "DescribeClusters"
                      ],
                      "paths" : [
                        "$.clusters[*].size",
                        "$.size"
                      ],
                      "service" : "Mini",
                      "subject" : "size"
                    },
                    {
                      "answers" : 1,
                      "declared" : "string",
                      "fix" : {
                        "action" : "edit",
                        "detail" : "add 'Serverless' to 'enum'",
                        "location" : {
                          "column" : 3,
                          "file" : "spec/mini/schemas/ClusterType.yaml",
                          "line" : 4
                        }
                      },
                      "kind" : "unknown-enum-value",
                      "location" : {
                        "column" : 1,
                        "file" : "spec/mini/schemas/ClusterType.yaml",
                        "line" : 1
                      },
                      "message" : "'cluster_type' does not list 'Serverless'; the server sent it in 1 answer of DescribeCluster",
                      "observed" : "string",
                      "occurrences" : 1,
                      "operations" : [
                        "DescribeCluster"
                      ],
                      "paths" : [
                        "$.cluster_type"
                      ],
                      "service" : "Mini",
                      "subject" : "cluster_type",
                      "value" : "Serverless"
                    }
                  ],
                  "schemaVersion" : 1,
                  "skipped" : [
                    {
                      "records" : 1,
                      "service" : "KMini"
                    }
                  ],
                  "summary" : {
                    "allowed" : 0,
                    "answers" : 3,
                    "findings" : 2,
                    "fixable" : 2,
                    "manual" : 0,
                    "records" : 5,
                    "skipped" : 1,
                    "unmatched" : 1
                  },
                  "unmatched" : [
                    {
                      "answers" : 1,
                      "kind" : "unknown-field",
                      "location" : {
                        "column" : 1,
                        "file" : "drift.ndjson",
                        "line" : 4
                      },
                      "operation" : "DescribeClusters",
                      "path" : "$.meta.owner",
                      "reason" : "the unknown-field record for DescribeClusters $.meta.owner does not match the spec: 'meta' is free-form JSON in the spec, so nothing inside it is checked",
                      "service" : "Mini"
                    }
                  ]
                }

                """)
    }
}
