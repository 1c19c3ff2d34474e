import AlibabaACK
import CloudRuntime
import ServiceLifecycle

/// Shuts the SDK down with the server: on graceful shutdown (SIGTERM in a `ServiceGroup`) the
/// client refuses new calls and waits for those in flight, then the transport this service owns
/// finishes and stops its thread.
public struct CloudClientsService: Service {
    public let ack: ACKClient
    let transport: CurlTransport

    public init(configuration: ClientConfiguration, credentials: any CredentialsProvider) {
        let transport = CurlTransport()
        self.transport = transport
        self.ack = ACKClient(configuration: configuration, credentials: credentials, transport: transport)
    }

    public func run() async throws {
        try? await gracefulShutdown()  // returns on graceful shutdown; throws on cancellation
        await self.ack.shutdown()
        await self.transport.shutdown()
    }
}
