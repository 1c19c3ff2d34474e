/// Sends operations of one service: builds each request, signs it, sends it, and decodes the answer.
///
/// `send` is the one path every generated operation takes:
/// 1. build: an ROA request from its path, query, headers and JSON body, or an RPC request from its
///    parameters plus `Action` and `Version`, as a form body (POST) or query (GET);
/// 2. sign with the configured algorithm, dated by the configured clock;
/// 3. send through the transport, and on a retryable failure wait and go back to step 2, as
///    ``ClientConfiguration/retryPolicy`` allows;
/// 4. decode a 2xx JSON body into the response type (filling in its request ID), or throw
///    ``ServiceError`` for any other status.
///
/// `prepare` runs steps 1 and 2 only, for dry runs and tests.
///
/// ```swift
/// let client = ServiceClient(service: ACK.service, configuration: ClientConfiguration(region: "cn-beijing"),
///                            credentials: EnvironmentCredentialsProvider.alibabaCloud, transport: CurlTransport.shared)
/// let detail: ACK.DescribeClusterDetailResponse = try await client.send(request)
/// ```
public struct ServiceClient: Sendable {
    /// The service called.
    public let service: ServiceDescriptor
    /// Region, endpoint, signing, timeouts and logging.
    public let configuration: ClientConfiguration
    /// Where the signing keys come from; asked once per request.
    public let credentials: any CredentialsProvider
    /// What carries requests to the service.
    public let transport: any HTTPTransport
    /// The calls in flight, shared by every copy of this client.
    let lifecycle = ClientLifecycle()
    /// Scheme, authority and path prefix of every request, worked out once from the configuration;
    /// an endpoint the configuration gets wrong is the error each call throws.
    let endpoint: Result<RequestEndpoint, any Error>

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - service: The service to call.
    ///   - configuration: Region, endpoint, signing, timeouts and logging.
    ///   - credentials: The source of signing keys.
    ///   - transport: The transport, normally ``CurlTransport/shared``.
    public init(
        service: ServiceDescriptor, configuration: ClientConfiguration, credentials: any CredentialsProvider,
        transport: any HTTPTransport
    ) {
        self.service = service
        self.configuration = configuration
        self.credentials = credentials
        self.transport = transport
        self.endpoint = Result { try RequestEndpoint(service: service, configuration: configuration) }
    }

    // MARK: - Shutting down

    /// Refuses new calls (they throw ``ClientError`` of kind ``ClientError/Kind/shutDown``) and
    /// returns once the calls in flight, their retries included, have ended. Every copy of the client
    /// is shut down with it; calling it again returns once the calls have ended.
    ///
    /// The transport is not stopped: several clients may share it (``CurlTransport/shared`` by
    /// default). Shut down a transport you created with ``CurlTransport/shutdown(cancellingInFlight:)``.
    /// To end the calls in flight sooner, cancel the tasks that make them: a cancelled call stops at once.
    public func shutdown() async {
        await self.lifecycle.shutdown()
    }

    // MARK: - Operations

    /// Sends an operation, the one its request type belongs to, and decodes its response.
    ///
    /// - Parameters:
    ///   - request: The operation's parameters (ROA or RPC); `R.operation` names the operation.
    ///   - options: Retry policy and timeout for this call; by default the configuration's.
    /// - Returns: The decoded response, its ``ServiceResponse/requestID`` filled in.
    /// - Throws: As ``send(_:operation:options:)``.
    public func send<R: OperationRequest, O: ServiceResponse>(
        _ request: R, options: CallOptions = CallOptions()
    ) async throws -> O {
        try await self.send(request, operation: R.operation, options: options)
    }

    /// Sends parameters as an operation chosen at run time, and decodes its response.
    ///
    /// - Parameters:
    ///   - request: The operation's parameters (ROA or RPC).
    ///   - operation: The operation: name and method and path, or action.
    /// - Returns: The decoded response, its ``ServiceResponse/requestID`` filled in.
    /// - Throws: ``ServiceError`` for a non-2xx answer; ``ResponseDecodingError`` for a 2xx body that
    ///   does not decode; ``TransportError`` when no answer arrives; ``ClientError``,
    ///   `RequestEncodingError`, credential or signing errors when the request cannot be built.
    public func send<R: OperationRequest, O: ServiceResponse>(
        _ request: R, operation: OperationDescriptor
    )
        async throws -> O
    {
        try await self.send(request, operation: operation, options: CallOptions())
    }

    /// Sends an operation with settings of its own, and decodes its response.
    ///
    /// - Parameters:
    ///   - request: The operation's parameters (ROA or RPC).
    ///   - operation: The operation: name and method and path, or action.
    ///   - options: Retry policy and timeout for this call; nil settings keep the configuration's.
    /// - Returns: The decoded response, its ``ServiceResponse/requestID`` filled in.
    /// - Throws: As `send(_:operation:)`; a ``ServiceError`` or ``TransportError`` tells in `attempts`
    ///   how many attempts were made.
    public func send<R: OperationRequest, O: ServiceResponse>(
        _ request: R, operation: OperationDescriptor, options: CallOptions
    ) async throws -> O {
        try self.lifecycle.enter(operation: operation.name)
        defer { self.lifecycle.leave() }
        let observation =
            self.configuration.observesCalls ? CallObservation(client: self, operation: operation) : nil
        do {
            let unsigned = try self.unsignedRequest(request, operation: operation)
            let response: O = try await self.sendWithRetries(
                unsigned, operation: operation, options: options, observation: observation)
            observation?.succeeded(requestID: response.requestID)
            return response
        } catch {
            let named = Self.naming(operation.name, in: error)
            observation?.failed(named)
            throw named
        }
    }

    /// Builds and signs an operation without sending it.
    ///
    /// - Parameters:
    ///   - request: The operation's parameters (ROA or RPC).
    ///   - operation: The operation: name and method and path, or action.
    /// - Returns: The signed request, exactly as `send(_:operation:)` would send it when no middleware
    ///   changes it.
    /// - Throws: ``ClientError``, `RequestEncodingError`, credential or signing errors.
    public func prepare<R: OperationRequest>(
        _ request: R, operation: OperationDescriptor
    ) async throws -> PreparedRequest {
        do {
            let unsigned = try self.unsignedRequest(request, operation: operation)
            return PreparedRequest(
                request: try await self.sign(unsigned.request, body: unsigned.body), body: unsigned.body)
        } catch {
            throw Self.naming(operation.name, in: error)
        }
    }

    // MARK: - Prepared

    /// Sends a request made by `prepare` and decodes its response.
    ///
    /// The signature carries the signing time, so send soon after preparing: vendors reject
    /// requests signed more than about 15 minutes earlier. A prepared request is sent once, never
    /// retried: a retry must be signed afresh, with a new nonce. It does not pass through the
    /// middleware, which would see it only after signing.
    ///
    /// - Parameters:
    ///   - request: A signed request.
    ///   - operation: The operation, for errors and logs.
    /// - Returns: The decoded response, its ``ServiceResponse/requestID`` filled in.
    /// - Throws: ``ServiceError``, ``ResponseDecodingError`` or ``TransportError``.
    public func send<O: ServiceResponse>(
        prepared request: PreparedRequest, operation: OperationDescriptor
    )
        async throws -> O
    {
        try self.lifecycle.enter(operation: operation.name)
        defer { self.lifecycle.leave() }
        let (response, body) = try await self.exchange(request.request, body: request.body, operation: operation)
        return try self.interpret(response, body: body, operation: operation.name)
    }
}
