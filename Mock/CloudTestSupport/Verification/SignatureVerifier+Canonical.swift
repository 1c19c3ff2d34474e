import CloudRuntime

/// Building blocks the schemes share: header values, query canonicalisation, `key=value` parameter lists.
extension SignatureVerifier {
    /// The values of every header with this (lower-case) name, in order; empty when absent.
    static func values(of name: String, in request: RecordedRequest) -> [String] {
        request.headers.filter { $0.name.lowercased() == name }.map(\.value)
    }

    /// The value of a header that must be present.
    static func required(_ name: String, in request: RecordedRequest) throws(Failure) -> String {
        let values = self.values(of: name, in: request)
        guard !values.isEmpty else { throw .missingHeader(name) }
        return values.joined(separator: ",")
    }

    /// The query as decoded name/value pairs (`+` as space, as servers decode it); a bare name has a nil value.
    static func decodedQuery(_ request: RecordedRequest) throws(Failure) -> [(name: String, value: String?)] {
        var pairs: [(name: String, value: String?)] = []
        for pair in URIComponentCoding.splitPairs(request.rawQuery ?? "") {
            guard let name = URIComponentCoding.decode(pair.name, plusAsSpace: true) else {
                throw .malformedQuery("bad escape in parameter name \"\(pair.name)\"")
            }
            var value: String?
            if let raw = pair.value {
                guard let decoded = URIComponentCoding.decode(raw, plusAsSpace: true) else {
                    throw .malformedQuery("bad escape in the value of \"\(name)\"")
                }
                value = decoded
            }
            pairs.append((name, value))
        }
        return pairs
    }

    /// RFC 3986-encoded `name=value` pairs sorted by encoded name, then value, joined by `&` (ACS3 and AWS4).
    static func canonicalQueryString(_ pairs: [(name: String, value: String?)]) -> String {
        pairs.map { (URIComponentCoding.encode($0.name), URIComponentCoding.encode($0.value ?? "")) }
            .sorted { lhs, rhs in
                lhs.0 != rhs.0
                    ? Array(lhs.0.utf8).lexicographicallyPrecedes(rhs.0.utf8)
                    : Array(lhs.1.utf8).lexicographicallyPrecedes(rhs.1.utf8)
            }
            .map { "\($0.0)=\($0.1)" }
            .joined(separator: "&")
    }

    /// The received path decoded and re-encoded segment by segment (RFC 3986); `/` when empty.
    static func canonicalURI(_ request: RecordedRequest) throws(Failure) -> String {
        guard let decoded = URIComponentCoding.decode(request.rawPath, plusAsSpace: false) else {
            throw .malformedQuery("bad escape in path \"\(request.rawPath)\"")
        }
        return decoded.isEmpty ? "/" : URIComponentCoding.encodePath(decoded)
    }

    /// Parses `Key=value, Key2=value2` (commas, optional spaces) into a dictionary.
    static func authorizationParameters(_ text: String) throws(Failure) -> [String: String] {
        var parameters: [String: String] = [:]
        for part in text.split(separator: ",") {
            let item = part.trimmingSpaces
            guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
                throw .malformedAuthorization("expected Key=value, found \"\(item)\"")
            }
            parameters[String(item[..<equals])] = String(item[item.index(after: equals)...])
        }
        return parameters
    }

    /// Splits `SignedHeaders` and insists on lower-case names in ascending order, as both schemes define it.
    static func signedHeaderNames(_ text: String) throws(Failure) -> [String] {
        let names = text.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        guard !names.contains(where: \.isEmpty) else {
            throw .malformedAuthorization("empty name in SignedHeaders \"\(text)\"")
        }
        guard names == names.map({ $0.lowercased() }), names == names.sorted(), Set(names).count == names.count else {
            throw .malformedAuthorization(
                "SignedHeaders \"\(text)\" must be unique lower-case names in ascending order")
        }
        return names
    }

    /// `name:value\n` for each signed header; several fields of one name are joined with `,`.
    /// - Parameters:
    ///   - names: The signed header names, lower-case and sorted.
    ///   - request: The request whose fields are read.
    ///   - collapseSpaces: Also squeeze runs of spaces inside the value (AWS4 "Trimall").
    /// - Returns: The canonical header block, each entry ending in a newline.
    /// - Throws: ``SignatureVerifier/Failure/missingHeader(_:)`` for a signed header the request lacks.
    static func canonicalHeaders(
        _ names: [String], in request: RecordedRequest, collapseSpaces: Bool
    ) throws(Failure) -> String {
        var text = ""
        for name in names {
            let values = self.values(of: name, in: request)
            guard !values.isEmpty else { throw .missingHeader(name) }
            let cleaned = values.map { value in
                collapseSpaces
                    ? value.trimmingSpaces.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                    : value.trimmingSpaces
            }
            text += "\(name):\(cleaned.joined(separator: ","))\n"
        }
        return text
    }

    /// Compares two signatures in time independent of where they first differ.
    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
