import CloudRuntime

/// What a command line asks for.
public enum Command: Sendable {
    /// `cloudctl --help`: the services and the options.
    case help
    /// `cloudctl <service> --help`: the service's operations with their summaries.
    case serviceHelp(ServiceCatalog)
    /// `cloudctl <service> <Operation> --help`: the operation's documentation.
    case operationHelp(ServiceCatalog, operation: String)
    /// Call an operation (or print it signed, with `--dry-run`).
    case call(Invocation)
    /// `cloudctl completion <shell>`: the shell's completion script.
    case completionScript(Completion.Shell)
    /// `cloudctl __complete <words>`: the candidates for the last word, which the scripts ask for.
    case complete([String])
}
