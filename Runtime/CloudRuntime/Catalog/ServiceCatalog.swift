/// One generated service as data: its names, how to reach and sign for it, its operations and
/// waiters, and where its credentials come from by default.
///
/// Each generated module exports one as `<Service>.catalog`, so tools (a command line, a demo,
/// tests) take a list of catalogs and hold no code for any single service:
///
/// ```swift
/// let services = [ACK.catalog, KCE.catalog]
/// for service in services {
///     print(service.name, service.title, service.operations.count)   // ack Alibaba Cloud Container ... 71
/// }
/// let client = ServiceClient(
///     service: ACK.catalog.descriptor, configuration: ClientConfiguration(),
///     credentials: ACK.catalog.defaultCredentials(ProcessInfo.processInfo.environment), transport: CurlTransport.shared)
/// ```
public struct ServiceCatalog: Sendable {
    /// The service's title, the spec's `info.title` (`Alibaba Cloud Container Service for Kubernetes`).
    public let title: String
    /// How to reach and sign for the service.
    public let descriptor: ServiceDescriptor
    /// Every operation, in spec order.
    public let operations: [OperationCatalogEntry]
    /// Every waiter, in spec order of the operations they poll.
    public let waiters: [WaiterCatalogEntry]
    /// The vendor's environment credentials provider reading the given variables: Alibaba Cloud's
    /// (`ALIBABA_CLOUD_ACCESS_KEY_ID`, ...) for a service signed with the `acs` algorithms, Kingsoft
    /// Cloud's (`KSYUN_ACCESS_KEY`, ...) for one signed with AWS4.
    public let defaultCredentials: @Sendable ([String: String]) -> EnvironmentCredentialsProvider

    /// Describes a service.
    ///
    /// - Parameters:
    ///   - title: The spec's `info.title`.
    ///   - descriptor: How to reach and sign for the service.
    ///   - operations: Every operation.
    ///   - waiters: Every waiter.
    ///   - defaultCredentials: The environment credentials provider for the service's vendor, reading the
    ///     variables given.
    @_spi(Generated) public init(
        title: String, descriptor: ServiceDescriptor, operations: [OperationCatalogEntry],
        waiters: [WaiterCatalogEntry],
        defaultCredentials: @escaping @Sendable ([String: String]) -> EnvironmentCredentialsProvider
    ) {
        self.title = title
        self.descriptor = descriptor
        self.operations = operations
        self.waiters = waiters
        self.defaultCredentials = defaultCredentials
    }

    /// The name a command line calls the service by: the spec's `x-sdk.name` in lower case (`ack`).
    public var name: String {
        self.descriptor.name.lowercased()
    }
}
