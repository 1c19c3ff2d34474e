extension VendorExtension {
    /// The vendor's common errors table on the root document.
    static let errors = "x-errors"
}

extension Lowering {
    /// The Swift type name of a service's error codes (`KCE.ErrorCode`).
    static let errorCodeTypeName = "ErrorCode"

    /// The distinct codes of `x-errors`, sorted by code; rows repeating a code join its entries.
    ///
    /// Malformed rows are skipped here: the `x-errors` lint rule reports them with their location.
    mutating func lowerErrorCodes() -> [ErrorCodeModel] {
        guard let rows = self.document.vendorExtensions[VendorExtension.errors]?.value as? [Any] else { return [] }
        var byCode: [String: ErrorCodeModel] = [:]
        for (index, row) in rows.enumerated() {
            guard let row = row as? [String: Any], let code = row["code"] as? String,
                let status = row["status"].flatMap(VendorExtension.integer), let message = row["message"] as? String
            else { continue }
            let entry = ErrorCodeModel.Entry(
                status: status, message: message, description: row["description"] as? String)
            if byCode[code] != nil {
                byCode[code]?.entries.append(entry)
                continue
            }
            guard let swiftName = SwiftName.memberName(code) else {
                self.error(
                    "error code '\(code)' has no letter or digit to make a Swift name from",
                    at: [VendorExtension.errors, String(index), "code"])
                continue
            }
            if let other = byCode.values.first(where: { $0.swiftName == swiftName }) {
                self.error(
                    "error codes '\(other.code)' and '\(code)' both become the Swift name '\(swiftName)'",
                    at: [VendorExtension.errors, String(index), "code"])
                continue
            }
            byCode[code] = ErrorCodeModel(code: code, swiftName: swiftName, entries: [entry])
        }
        if !byCode.isEmpty, self.shapes[Self.errorCodeTypeName] != nil {
            self.error(
                "a schema named '\(Self.errorCodeTypeName)' clashes with the type generated from 'x-errors'",
                at: [VendorExtension.errors])
        }
        return byCode.values.sorted { $0.code < $1.code }
    }
}
