extension Lowering {
    /// The Swift type name of a service's error codes (`KCE.ErrorCode`).
    static let errorCodeTypeName = "ErrorCode"

    /// The distinct codes of `x-errors`, sorted by code; rows repeating a code join its entries.
    ///
    /// Malformed rows were left out by the reader: the `x-errors` lint rule reports them with their location.
    mutating func lowerErrorCodes() -> [ErrorCodeModel] {
        var byCode: [String: ErrorCodeModel] = [:]
        for row in self.document.errors {
            let entry = ErrorCodeModel.Entry(status: row.status, message: row.message, description: row.description)
            if byCode[row.code] != nil {
                byCode[row.code]?.entries.append(entry)
                continue
            }
            guard let swiftName = SwiftName.memberName(row.code) else {
                self.error(
                    "error code '\(row.code)' has no letter or digit to make a Swift name from",
                    at: row.pointer + ["code"])
                continue
            }
            if let other = byCode.values.first(where: { $0.swiftName == swiftName }) {
                self.error(
                    "error codes '\(other.code)' and '\(row.code)' both become the Swift name '\(swiftName)'",
                    at: row.pointer + ["code"])
                continue
            }
            byCode[row.code] = ErrorCodeModel(code: row.code, swiftName: swiftName, entries: [entry])
        }
        if !byCode.isEmpty, self.shapes[Self.errorCodeTypeName] != nil {
            self.error(
                "a schema named '\(Self.errorCodeTypeName)' clashes with the type generated from 'x-errors'",
                at: [VendorExtension.errors])
        }
        return byCode.values.sorted { $0.code < $1.code }
    }
}
