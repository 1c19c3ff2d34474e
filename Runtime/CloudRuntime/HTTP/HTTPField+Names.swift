import HTTPTypes

extension HTTPField {
    /// Whether a value reaches the server as given: HTTPTypes turns a line break or NUL into a space
    /// (so no header can be injected), which would silently change what the caller meant, so the
    /// runtime refuses such values instead.
    static func isSentUnchanged(_ value: String) -> Bool {
        !value.utf8.contains { $0 == 0x0A || $0 == 0x0D || $0 == 0 }
    }
}

extension HTTPFields {
    /// The value of the first field with this name, without joining repeated fields (which the
    /// subscript does, allocating a new string each time).
    func firstValue(_ name: HTTPField.Name) -> String? {
        self.first { $0.name == name }?.value
    }

    /// Sets the one field of this name: appended when there is none (the common case, and cheaper
    /// than the subscript), replacing every field of that name otherwise; nil removes them.
    mutating func setSingle(_ name: HTTPField.Name, _ value: String?) {
        if self.contains(name) {
            self[name] = value
        } else if let value {
            self.append(HTTPField(name: name, value: value))
        }
    }
}

/// The header names the runtime writes or reads that HTTPTypes does not predefine.
extension HTTPField.Name {
    /// `host`, which HTTPTypes keeps as the request's authority; signers read a field of that name only
    /// when a request carries one.
    static let hostField = HTTPField.Name("host")!
    static let acsAction = HTTPField.Name("x-acs-action")!
    static let acsVersion = HTTPField.Name("x-acs-version")!
    static let acsDate = HTTPField.Name("x-acs-date")!
    static let acsSignatureNonce = HTTPField.Name("x-acs-signature-nonce")!
    static let acsSignatureMethod = HTTPField.Name("x-acs-signature-method")!
    static let acsSignatureVersion = HTTPField.Name("x-acs-signature-version")!
    static let acsContentSHA256 = HTTPField.Name("x-acs-content-sha256")!
    static let acsAccessKeyID = HTTPField.Name("x-acs-accesskey-id")!
    static let acsSecurityToken = HTTPField.Name("x-acs-security-token")!
    static let contentMD5 = HTTPField.Name("Content-MD5")!
    static let amzDate = HTTPField.Name("X-Amz-Date")!
    static let amzContentSHA256 = HTTPField.Name("X-Amz-Content-Sha256")!
    static let amzSecurityToken = HTTPField.Name("X-Amz-Security-Token")!
}
