/// What a command line asks for.
public enum Command: Sendable, Hashable {
    /// `cloudctl --help`: the services and the options.
    case help
    /// `cloudctl <service> --help`: the service's operations with their summaries.
    case serviceHelp(CloudService)
    /// `cloudctl <service> <Operation> --help`: the operation's documentation.
    case operationHelp(CloudService, operation: String)
    /// Call an operation (or print it signed, with `--dry-run`).
    case call(Invocation)
}
