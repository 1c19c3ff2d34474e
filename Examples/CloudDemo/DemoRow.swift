/// One line of the demo's table: a call and what the server saw and answered.
struct DemoRow {
    var service: String
    var operation: String
    var request: String
    var signature: String
    var verdict: String
    var status: String
    var requestID: String
    var result: String

    /// The column titles.
    static let header = DemoRow(
        service: "SERVICE", operation: "OPERATION", request: "REQUEST", signature: "SIGNING", verdict: "SERVER CHECK",
        status: "HTTP", requestID: "REQUEST ID", result: "RESULT")

    /// The cells in column order.
    var cells: [String] {
        [service, operation, request, signature, verdict, status, requestID, result]
    }

    /// The rows as aligned text lines, columns separated by two spaces.
    static func render(_ rows: [DemoRow]) -> [String] {
        let table = [header] + rows
        var widths = [Int](repeating: 0, count: header.cells.count)
        for row in table {
            for (index, cell) in row.cells.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        return table.map { row in
            row.cells.enumerated().map { index, cell in
                index == row.cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
    }
}
