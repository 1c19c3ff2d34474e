/// Every CloudRuntime name the generated code uses, in one place: they must stay in sync with the runtime.
enum RuntimeSymbols {
    static let module = "CloudRuntime"
    /// The SPI that holds the runtime's helpers for generated code (encoders, coding rules), kept out of
    /// users' sight: generated files import it with `@_spi(Generated)`.
    static let generatedSPI = "@_spi(Generated)"
    static let serviceDescriptor = "ServiceDescriptor"
    static let endpointTemplate = "EndpointTemplate"
    static let serviceClient = "ServiceClient"
    static let clientConfiguration = "ClientConfiguration"
    static let credentialsProvider = "CredentialsProvider"
    static let environmentCredentialsProvider = "EnvironmentCredentialsProvider"
    static let httpTransport = "HTTPTransport"
    static let curlTransport = "CurlTransport"
    static let operationDescriptor = "OperationDescriptor"
    static let roaRequestEncodable = "ROARequestEncodable"
    static let roaRequestEncoder = "ROARequestEncoder"
    static let rpcRequestEncodable = "RPCRequestEncodable"
    static let rpcParameterEncodable = "RPCParameterEncodable"
    static let rpcParameterEncoder = "RPCParameterEncoder"
    static let listLimits = "ListLimits"
    static let serviceResponse = "ServiceResponse"
    static let memberwiseDescribable = "MemberwiseDescribable"
    static let extensibleEnum = "ExtensibleEnum"
    static let boxed = "Boxed"
    static let jsonValue = "JSONValue"
    static let timestamp = "Timestamp"
    static let undocumentedFieldsType = "UndocumentedFields"
    static let bodyResponse = "BodyResponse"
    static let emptyResponse = "EmptyResponse"
    static let cloudError = "CloudError"
    static let serviceError = "ServiceError"
    static let transportError = "TransportError"
    static let operationCatalogEntry = "OperationCatalogEntry"
    static let serviceCatalog = "ServiceCatalog"
    static let operationParameter = "OperationParameter"
    static let endpointChoice = "EndpointChoice"
    static let callOptions = "CallOptions"
    static let documentedCodingKeys = "DocumentedCodingKeys"
    static let memberRules = "MemberRules"
    static let wireType = "WireType"
    /// The property that keeps the members a structure does not describe.
    static let undocumentedFields = ShapeModel.undocumentedFieldsProperty
    /// The `EndpointChoice` static members the runtime declares.
    static let endpointChoices: Set<String> = ["regional", "global", "vpc"]
    static let pagination = "Pagination"
    static let paginator = "Paginator"
    static let paginatedItems = "PaginatedItems"
    static let paginationError = "PaginationError"
    static let waiter = "Waiter"
    static let waiterOptions = "WaiterOptions"
    static let waiterError = "WaiterError"
    static let waiterProgressHandler = "WaiterProgressHandler"
    static let waiterCatalogEntry = "WaiterCatalogEntry"
    static let waiterTrigger = "WaiterTrigger"

    /// Names a generated type must not take: inside the service namespace it would shadow these.
    static let reservedTypeNames: Set<String> = [
        module, serviceDescriptor, endpointTemplate, serviceClient, clientConfiguration, credentialsProvider,
        environmentCredentialsProvider, httpTransport, curlTransport, operationDescriptor, roaRequestEncodable,
        roaRequestEncoder, rpcRequestEncodable, rpcParameterEncodable, rpcParameterEncoder, listLimits, serviceResponse,
        memberwiseDescribable, timestamp,
        extensibleEnum, boxed, jsonValue, serviceError, transportError, operationCatalogEntry, operationParameter,
        "SignatureAlgorithm", "QueryListStyle", "Swift", "Foundation", "CodingKeys", "Sensitive",
        "ServiceErrorCode", endpointChoice, callOptions, pagination, paginator, paginatedItems, paginationError, waiter,
        waiterOptions, waiterError, waiterProgressHandler, waiterCatalogEntry, waiterTrigger, "WaiterAcceptor",
        "WaiterClock", "WaiterProgress", "PageNumberValue", "PaginationMarker", documentedCodingKeys, memberRules,
        wireType, "ResponseDrift", "ResponseDecoder", "DecodingMode", "DriftHandler",
        serviceCatalog, cloudError, "ClientError", "RequestEncodingError", "ResponseDecodingError",
        "CredentialsError", "SigningError", "OperationRequest", "RequestParts",
    ]

    /// The environment credentials preset for a service's default algorithm.
    static func credentialsPreset(for algorithm: SignatureAlgorithmModel?) -> String {
        algorithm == .aws4HMACSHA256 ? "kingsoftCloud" : "alibabaCloud"
    }

    /// The runtime's `SignatureAlgorithm` case.
    static func signatureAlgorithm(_ algorithm: SignatureAlgorithmModel) -> String {
        switch algorithm {
        case .acsHMACSHA1: "acsHMACSHA1"
        case .acs3HMACSHA256: "acs3HMACSHA256"
        case .aws4HMACSHA256: "aws4HMACSHA256"
        }
    }

    /// The member of swift-http-types' `HTTPRequest.Method` the runtime takes.
    static func httpMethod(_ method: HTTPMethodModel) -> String {
        method.rawValue.lowercased()
    }

    /// The runtime's `QueryListStyle` case.
    static func queryListStyle(_ style: QueryListStyleModel) -> String {
        style.rawValue
    }
}
