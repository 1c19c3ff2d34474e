/// One input of an operation, described for tools: its wire name, where it travels, its type, and
/// whether it is required.
///
/// Generated catalogs list these per operation (``OperationCatalogEntry/parameters``) so a command
/// line front end can print an operation's parameters, check for missing required ones, and
/// suggest names, all from data.
public struct OperationParameter: Sendable, Hashable {
    /// The name on the wire, exactly as the API reference spells it (`ClusterId`, `cluster_type`).
    public let name: String
    /// Where the value travels.
    public let location: Location
    /// The type in words: `string`, `integer`, `boolean`, `number`, `JSON`, `object (Runtime)`,
    /// `list of string`; a parameter sent as JSON text says so (`list of Tag, as JSON text`).
    public let type: String
    /// Whether the API requires the parameter.
    public let isRequired: Bool
    /// The values the API documents for an enumerated parameter; empty when any value is allowed.
    ///
    /// Enumerations stay open in the client (an unlisted value is still sent).
    public let allowedValues: [String]
    /// The documented default, as JSON text (`"cn-beijing"`, `3`), if any.
    public let defaultValue: String?
    /// The first line of the parameter's description.
    public let summary: String?
    /// Whether the value is a secret (`format: password`): messages never repeat it.
    public let isSecret: Bool

    /// Creates a parameter description.
    ///
    /// - Parameters:
    ///   - name: The wire name.
    ///   - location: Where the value travels.
    ///   - type: The type in words.
    ///   - isRequired: Whether the API requires it.
    ///   - allowedValues: Documented values of an enumeration.
    ///   - defaultValue: The documented default, as JSON text.
    ///   - summary: The first line of the description.
    ///   - isSecret: Whether the value is a secret.
    @_spi(Generated) public init(
        name: String, location: Location, type: String, isRequired: Bool = false, allowedValues: [String] = [],
        defaultValue: String? = nil, summary: String? = nil, isSecret: Bool = false
    ) {
        self.isSecret = isSecret
        self.name = name
        self.location = location
        self.type = type
        self.isRequired = isRequired
        self.allowedValues = allowedValues
        self.defaultValue = defaultValue
        self.summary = summary
    }

    /// Where a parameter's value travels.
    public enum Location: String, Sendable, Hashable, CaseIterable {
        /// A variable of an ROA path template (`/clusters/{ClusterId}`).
        case path
        /// An ROA query parameter.
        case query
        /// A property of an ROA JSON body.
        case bodyField = "body field"
        /// The whole ROA body, given under the name `body`.
        case body
        /// An RPC parameter, in the query string or the form body.
        case rpc = "parameter"
    }
}
