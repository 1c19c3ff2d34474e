/// Drift record lines for the `drift-roa` fixture (service `Mini`), one per kind and style of spec node.
enum DriftRecords {
    /// One line of NDJSON.
    static func line(
        _ operation: String, _ path: String, _ kind: String, declared: String? = nil, observed: String? = nil,
        value: String? = nil, count: Int = 1, service: String = "Mini"
    ) -> String {
        var fields = [
            "\"service\":\"\(service)\"", "\"operation\":\"\(operation)\"", "\"path\":\"\(path)\"",
            "\"kind\":\"\(kind)\"",
        ]
        if let declared { fields.append("\"declared\":\"\(declared)\"") }
        if let observed { fields.append("\"observed\":\"\(observed)\"") }
        if let value { fields.append("\"value\":\"\(value)\"") }
        fields.append("\"count\":\(count)")
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// Every kind against `drift-roa`, with an unreadable value, an unmatched path, an already allowed
    /// null and a record of a service without a folder.
    static let everyKind = [
        line("DescribeCluster", "$.size", "coerced-type", declared: "integer", observed: "string"),
        line("DescribeCluster", "$.size", "coerced-type", declared: "integer", observed: "string"),
        line(
            "DescribeClusters", "$.clusters[*].size", "coerced-type", declared: "integer", observed: "string", count: 20
        ),
        line("DescribeCluster", "$.version", "coerced-type", declared: "string", observed: "integer"),
        line("DescribeCluster", "$.name", "unexpected-null", declared: "string", observed: "null"),
        line("DescribeCluster", "$.created", "coerced-type", declared: "integer", observed: "string"),
        line("DescribeCluster", "$.deleted_at", "coerced-type", declared: "string", observed: "integer"),
        line("DescribeCluster", "$.region", "unknown-field", observed: "string"),
        line("DescribeCluster", "$.tags[*].color", "unknown-field", observed: "string", count: 2),
        line("DescribeCluster", "$.cluster_id", "missing-required-field", declared: "string"),
        line("DescribeCluster", "$.tags[*].value", "missing-required-field", declared: "string", observed: "null"),
        line(
            "DescribeCluster", "$.state", "unknown-enum-value", declared: "string", observed: "string",
            value: "deleting"),
        line(
            "DescribeCluster", "$.cluster_type", "unknown-enum-value", declared: "string", observed: "string",
            value: "Serverless"),
        line("DescribeCluster", "$.size", "unreadable-value", declared: "integer", observed: "object"),
        line("DescribeClusters", "$.meta.owner", "unknown-field", observed: "string"),
        line("DescribeCluster", "$.deleted_at", "unexpected-null", declared: "string", observed: "null"),
        line("DescribeCluster", "$.ClusterSet", "unknown-field", observed: "array", service: "KMini"),
    ]
}
