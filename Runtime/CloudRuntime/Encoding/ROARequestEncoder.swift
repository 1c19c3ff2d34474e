import Foundation
import HTTPTypes

/// Builds the path, query and JSON body of an ROA (REST) request from its fields.
///
/// Path parameters are percent-encoded into the template's `{Name}` placeholders; query
/// parameters are kept unencoded (the request encodes them when sent); body fields form one
/// JSON object whose members appear in the order they were set.
@_spi(Generated) public struct ROARequestEncoder: Sendable {
    /// The operation being encoded.
    public let operation: OperationDescriptor
    /// The path so far: the template with the placeholders filled in so far.
    public private(set) var path: String
    /// The query parameters, unencoded, in insertion order.
    public private(set) var query: [QueryItem] = []
    /// Header fields set by the operation's header parameters.
    public private(set) var headers = HTTPFields()
    private var bodyFields: [(name: String, json: [UInt8])] = []
    private var wholeBody: [UInt8]?

    /// Creates an encoder for an operation's path template.
    ///
    /// - Parameter operation: The operation; its `path` is the template.
    public init(operation: OperationDescriptor) {
        self.operation = operation
        self.path = operation.path
    }

    /// Fills the `{name}` placeholder with the percent-encoded value (a `/` in it becomes `%2F`).
    ///
    /// - Parameters:
    ///   - name: The placeholder name, as in the template.
    ///   - value: The value; path parameters are always required.
    /// - Throws: ``RequestEncodingError`` when the value is nil, empty, `.` or `..`, or the template has
    ///   no such placeholder.
    public mutating func setPathParameter<Value: ParameterValue>(_ name: String, _ value: Value?) throws {
        guard let text = value?.parameterText, !text.isEmpty else {
            throw RequestEncodingError(
                parameter: name,
                message:
                    "\(self.operation.name): required path parameter '\(name)' is \(value == nil ? "missing" : "empty")."
            )
        }
        // `.` and `..` stay unencoded (they are unreserved) and would name another resource once a
        // server resolves dot segments, so they are refused rather than sent.
        guard text != "." && text != ".." else {
            throw RequestEncodingError(
                parameter: name,
                message: "\(self.operation.name): path parameter '\(name)' is '\(text)', which would change the path.")
        }
        let placeholder = "{\(name)}"
        guard let range = self.path.firstRange(of: placeholder) else {
            throw RequestEncodingError(
                parameter: name,
                message:
                    "\(self.operation.name): the path '\(self.operation.path)' has no placeholder '\(placeholder)'.")
        }
        // The encoded value has no braces, so it cannot form another placeholder.
        let encoded = PercentEncoding.encode(text)
        self.path.replaceSubrange(range, with: encoded)
        while let again = self.path.firstRange(of: placeholder) { self.path.replaceSubrange(again, with: encoded) }
    }

    /// Adds a query parameter; nil is omitted.
    ///
    /// - Parameters:
    ///   - name: The parameter name.
    ///   - value: The value.
    /// - Throws: ``RequestEncodingError`` for an empty name.
    public mutating func addQueryParameter<Value: ParameterValue>(_ name: String, _ value: Value?) throws {
        guard let value else { return }
        try self.checkName(name)
        self.query.append(QueryItem(name: name, value: value.parameterText))
    }

    /// Adds a list query parameter; nil and empty lists are omitted.
    ///
    /// - Parameters:
    ///   - name: The parameter name.
    ///   - values: The values.
    ///   - style: How the list is written; comma-separated by default.
    /// - Throws: ``RequestEncodingError`` for an empty name.
    public mutating func addQueryParameter<Element: ParameterValue>(
        _ name: String, _ values: [Element]?, style: QueryListStyle = .commaSeparated
    ) throws {
        guard let values, !values.isEmpty else { return }
        try self.checkName(name)
        let texts = values.map(\.parameterText)
        switch style {
        case .commaSeparated:
            self.query.append(QueryItem(name: name, value: texts.joined(separator: ",")))
        case .json:
            // Numbers and booleans stay JSON numbers and booleans (`ids=[1,2]`), as the vendors' SDKs
            // send them; every element type the generator emits is Encodable.
            let json = try (values as? any Encodable).map { try JSONText.encode($0, parameter: name) }
            self.query.append(QueryItem(name: name, value: try json ?? JSONText.encode(texts, parameter: name)))
        case .repeated:
            self.query.append(contentsOf: texts.map { QueryItem(name: name, value: $0) })
        }
    }

    /// Adds a query parameter holding a value as one JSON text (`tags=[{"key":"env"}]`); nil and
    /// empty lists are omitted.
    ///
    /// - Parameters:
    ///   - name: The parameter name.
    ///   - value: The value.
    /// - Throws: ``RequestEncodingError`` for an empty name or a value that is not JSON.
    public mutating func addQueryParameter(_ name: String, json value: (any Encodable & Sendable)?) throws {
        guard let value else { return }
        if let list = value as? any Collection, list.isEmpty { return }
        try self.checkName(name)
        self.query.append(QueryItem(name: name, value: try JSONText.encode(value, parameter: name)))
    }

    /// Sets a header parameter; nil is omitted.
    ///
    /// - Parameters:
    ///   - name: The header name.
    ///   - value: The value.
    /// - Throws: ``RequestEncodingError`` for a name that is not a valid header name, or a value with
    ///   a line break.
    public mutating func setHeader<Value: ParameterValue>(_ name: String, _ value: Value?) throws {
        guard let value else { return }
        try self.checkName(name)
        guard let fieldName = HTTPField.Name(name) else {
            throw RequestEncodingError(
                parameter: name, message: "\(self.operation.name): '\(name)' is not a valid header name.")
        }
        let text = value.parameterText
        guard HTTPField.isSentUnchanged(text) else {
            throw RequestEncodingError(
                parameter: name, message: "\(self.operation.name): the value of header '\(name)' contains a line break."
            )
        }
        self.headers[fieldName] = text
    }

    /// Sets one member of the JSON object body; nil is omitted, setting a name again replaces its value in place.
    ///
    /// - Parameters:
    ///   - name: The member name as sent.
    ///   - value: Any encodable value; nested objects are written with sorted keys.
    /// - Throws: ``RequestEncodingError`` naming the field when it cannot be encoded, or when a whole body was set.
    public mutating func setBodyField(_ name: String, _ value: (any Encodable & Sendable)?) throws {
        try self.setBodyField(name, value, requiring: [])
    }

    /// Sets one member of the JSON object body, requiring members of the structure it holds that this
    /// operation needs (`x-required`) besides the structure's own required members.
    ///
    /// - Parameters:
    ///   - name: The member name as sent.
    ///   - value: The structure; nil is omitted.
    ///   - members: Dotted wire paths inside the value (`enable`, `upgrade_config.max_unavailable`).
    /// - Throws: ``RequestEncodingError`` naming the first missing member, or as ``setBodyField(_:_:)``.
    public mutating func setBodyField(
        _ name: String, _ value: (any Encodable & Sendable)?, requiring members: [String]
    ) throws {
        guard let value else { return }
        try self.checkName(name)
        guard self.wholeBody == nil else {
            throw RequestEncodingError(
                parameter: name,
                message:
                    "\(self.operation.name): body field '\(name)' set on a request whose whole body is already set.")
        }
        let json = try JSONText.encodeBytes(value, parameter: name, requiring: members)
        if let index = self.bodyFields.firstIndex(where: { $0.name == name }) {
            self.bodyFields[index].json = json
        } else {
            self.bodyFields.append((name, json))
        }
    }

    /// Sets the whole body to the JSON form of a value that is not an object with fields (an array, a string); nil is omitted.
    ///
    /// - Parameter value: The body value.
    /// - Throws: ``RequestEncodingError`` when it cannot be encoded, or when body fields were set.
    public mutating func setBody(_ value: (any Encodable & Sendable)?) throws {
        guard let value else { return }
        guard self.bodyFields.isEmpty else {
            throw RequestEncodingError(
                parameter: nil,
                message: "\(self.operation.name): a whole body set on a request that already has body fields.")
        }
        self.wholeBody = try JSONText.encodeBytes(value, parameter: nil)
    }

    /// The finished parts of the request.
    ///
    /// - Returns: The percent-encoded path, the unencoded query items in order, and the JSON body (nil when there is none).
    /// - Throws: ``RequestEncodingError`` naming a path placeholder that was never filled.
    public func makeRequestParts() throws -> (path: String, query: [QueryItem], body: [UInt8]?) {
        if let open = self.path.firstIndex(of: "{"), let close = self.path[open...].firstIndex(of: "}") {
            let name = String(self.path[self.path.index(after: open)..<close])
            throw RequestEncodingError(
                parameter: name, message: "\(self.operation.name): required path parameter '\(name)' is missing.")
        }
        return (self.path, self.query, self.wholeBody ?? self.objectBody())
    }

    private func objectBody() -> [UInt8]? {
        guard !self.bodyFields.isEmpty else { return nil }
        var body: [UInt8] = [UInt8(ascii: "{")]
        for (index, field) in self.bodyFields.enumerated() {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            // A String always encodes; its JSON form escapes quotes and control characters in the name.
            body += (try? JSONText.encodeBytes(field.name, parameter: nil)) ?? []
            body.append(UInt8(ascii: ":"))
            body += field.json
        }
        body.append(UInt8(ascii: "}"))
        return body
    }

    private func checkName(_ name: String) throws {
        guard !name.isEmpty else {
            throw RequestEncodingError(
                parameter: nil, message: "\(self.operation.name): a parameter has an empty name.")
        }
    }
}
