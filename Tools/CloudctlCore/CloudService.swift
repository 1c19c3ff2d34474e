import AlibabaACK
import CloudRuntime
import KingsoftKCE
import KingsoftKCR

/// A service the command line can call, named as on the command line (`ack`, `kce`, `kcr`).
///
/// Each case reaches its generated module's operation catalog and service descriptor, so the command
/// line holds no code for any single operation.
public enum CloudService: String, Sendable, CaseIterable {
    /// Alibaba Cloud Container Service for Kubernetes (ROA).
    case ack
    /// Kingsoft Cloud Container Engine (RPC).
    case kce
    /// Kingsoft Cloud Container Registry (RPC).
    case kcr

    /// The service's operations, as the generated module lists them.
    public var operations: [OperationCatalogEntry] {
        switch self {
        case .ack: ACK.operations
        case .kce: KCE.operations
        case .kcr: KCR.operations
        }
    }

    /// The service's waiters, as the generated module lists them.
    public var waiters: [WaiterCatalogEntry] {
        switch self {
        case .ack: ACK.waiters
        case .kce: KCE.waiters
        case .kcr: KCR.waiters
        }
    }

    /// How to reach and sign for the service.
    public var descriptor: ServiceDescriptor {
        switch self {
        case .ack: ACK.service
        case .kce: KCE.service
        case .kcr: KCR.service
        }
    }

    /// A one-line description for help texts.
    public var title: String {
        switch self {
        case .ack: "Alibaba Cloud Container Service for Kubernetes (ACK)"
        case .kce: "Kingsoft Cloud Container Engine (KCE)"
        case .kcr: "Kingsoft Cloud Container Registry (KCR)"
        }
    }

    /// The vendor's environment-variable credentials provider, reading the given variables.
    ///
    /// - Parameter environment: The variables to read.
    /// - Returns: Alibaba Cloud's provider for ACK, Kingsoft Cloud's for KCE and KCR.
    public func credentialsProvider(environment: [String: String]) -> EnvironmentCredentialsProvider {
        switch self {
        case .ack: EnvironmentCredentialsProvider.alibabaCloud(environment: environment)
        case .kce, .kcr: EnvironmentCredentialsProvider.kingsoftCloud(environment: environment)
        }
    }
}
