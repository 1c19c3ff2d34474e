import CloudRuntime
import Foundation

/// The `cloudctl` command: parses arguments, calls an operation of one of its services' catalogs, and
/// formats the outcome. It never touches the process's streams; the executable prints the ``CommandOutput``.
///
/// ```swift
/// let cloudctl = Cloudctl(services: [ACK.catalog, KCE.catalog])
/// let output = await cloudctl.run(["ack", "DescribeClusterDetail", "--ClusterId", "c1", "--dry-run"])
/// ```
public struct Cloudctl: Sendable {
    /// The services it calls, each by its catalog's ``ServiceCatalog/name``.
    public var services: [ServiceCatalog]
    /// The environment credentials are read from.
    public var environment: [String: String]
    /// What carries requests.
    public var transport: any HTTPTransport
    /// The signing clock; nil for the system clock.
    public var clock: (@Sendable () -> Date)?
    /// The nonce source; nil for random UUIDs.
    public var nonce: (@Sendable () -> String)?
    /// Reads the file of `--body @path`.
    public var readFile: @Sendable (String) throws -> Data
    /// Shows a waiter's progress while it polls; nil to show nothing until the end.
    public var progress: ProgressLine?
    /// How waiters sleep and read time (tests pass a virtual clock).
    public var waiterClock: WaiterClock = .continuous

    /// The access key ID a dry run signs with when the environment holds no credentials.
    public static let placeholderAccessKeyID = "PLACEHOLDER-ACCESS-KEY-ID"
    /// The secret a dry run signs with when the environment holds no credentials.
    static let placeholderSecret = "placeholder-secret-not-a-real-key"

    /// Creates the command.
    ///
    /// - Parameters:
    ///   - services: The services it calls.
    ///   - environment: The environment for credentials; default the process's.
    ///   - transport: The transport; default ``CurlTransport/shared``.
    ///   - clock: A fixed signing clock (tests); default the system clock.
    ///   - nonce: A fixed nonce source (tests); default random UUIDs.
    ///   - readFile: Reads `--body @path` files; default reads from the file system.
    ///   - progress: Where a waiter's progress is shown; default nowhere.
    public init(
        services: [ServiceCatalog],
        environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: any HTTPTransport = CurlTransport.shared,
        clock: (@Sendable () -> Date)? = nil,
        nonce: (@Sendable () -> String)? = nil,
        readFile: @escaping @Sendable (String) throws -> Data = { path in
            try Data(contentsOf: URL(fileURLWithPath: path))
        },
        progress: ProgressLine? = nil
    ) {
        self.services = services
        self.environment = environment
        self.transport = transport
        self.clock = clock
        self.nonce = nonce
        self.readFile = readFile
        self.progress = progress
    }

    /// Runs the command.
    ///
    /// - Parameter arguments: The arguments, without the program name.
    /// - Returns: What to print and the exit status.
    public func run(_ arguments: [String]) async -> CommandOutput {
        do {
            switch try CommandLineParser.parse(arguments, services: self.services) {
            case .help:
                return CommandOutput(standardOutput: HelpText.overview(of: self.services))
            case .serviceHelp(let service):
                return CommandOutput(standardOutput: HelpText.operations(of: service))
            case .operationHelp(let service, let name):
                let entry = try Self.entry(named: name, in: service)
                return CommandOutput(standardOutput: HelpText.operation(entry, of: service))
            case .call(let invocation):
                return try await self.callReportingDrift(invocation)
            case .completionScript(let shell):
                return CommandOutput(standardOutput: Completion.script(for: shell))
            case .complete(let words):
                let candidates = Completion.candidates(words, services: self.services)
                return CommandOutput(standardOutput: candidates.map { $0 + "\n" }.joined())
            }
        } catch {
            let report = ErrorReport(error)
            return CommandOutput(standardError: report.text, exitCode: report.exitCode)
        }
    }

    /// The catalog entry an operation name means.
    ///
    /// - Throws: ``UsageError`` with suggestions when no operation has the name.
    static func entry(named name: String, in service: ServiceCatalog) throws(UsageError) -> OperationCatalogEntry {
        let lookup = OperationLookup(operations: service.operations)
        if let entry = lookup.find(name) { return entry }
        var message = "\(service.name) has no operation '\(name)'"
        let suggestions = lookup.suggestions(for: name)
        if !suggestions.isEmpty {
            message += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
        }
        throw UsageError(message + " (list them with: cloudctl \(service.name) --help)")
    }

    /// Makes the call, then adds a line on standard error when an answer differed from the spec.
    private func callReportingDrift(_ invocation: Invocation) async throws -> CommandOutput {
        let summary = DriftSummary()
        var handler = summary.handler
        if let file = invocation.driftRecordFile {
            do {
                handler = .combining(handler, try .recordingNDJSON(to: URL(fileURLWithPath: file)))
            } catch {
                throw UsageError("cannot open --record-drift file '\(file)' for appending")
            }
        }
        do {
            var output = try await self.call(invocation, driftHandler: handler)
            output.standardError += summary.line(recordedIn: invocation.driftRecordFile)
            return output
        } catch {
            let report = ErrorReport(error)
            return CommandOutput(
                standardError: report.text + summary.line(recordedIn: invocation.driftRecordFile),
                exitCode: report.exitCode)
        }
    }

    private func call(_ invocation: Invocation, driftHandler: DriftHandler) async throws -> CommandOutput {
        let entry = try Self.entry(named: invocation.operation, in: invocation.service)
        if let method = invocation.rpcMethod {
            // The client's own rule, asked before anything is built, so that a refusal is a usage error.
            do {
                _ = try invocation.service.descriptor.rpcMethod(method, for: entry.name, accepting: entry.rpcMethods)
            } catch {
                throw UsageError("--method: \(error.message)")
            }
        }
        let parameters = try ParameterSet(parameters: invocation.parameters, body: try self.bodyText(invocation.body))
        try ParameterNameCheck.check(parameters.names, against: entry)
        let plan = try invocation.wait.map { request throws(UsageError) in
            try WaitPlan.resolve(request, operation: entry, service: invocation.service)
        }
        let provider = invocation.service.defaultCredentials(self.environment)
        if invocation.dryRun {
            if plan != nil {
                throw UsageError("--wait and --dry-run cannot be combined: a dry run sends nothing to wait for")
            }
            var note = ""
            var credentials: any CredentialsProvider = provider
            do {
                _ = try await provider.credentials()
            } catch is CredentialsError {
                credentials = StaticCredentialsProvider(
                    accessKeyID: Self.placeholderAccessKeyID, accessKeySecret: Self.placeholderSecret)
                note =
                    "cloudctl: no credentials in the environment; signed with placeholder credentials "
                    + "(\(Self.placeholderAccessKeyID)), not valid for sending\n"
            }
            let client = self.client(for: invocation, credentials: credentials, driftHandler: driftHandler)
            let request = try await parameters.withStringRetry { try await entry.prepare(client, $0) }
            let destination = "\(request.request.scheme ?? "https")://\(request.request.authority ?? "")"
            return CommandOutput(
                standardOutput: RequestRenderer.render(request),
                standardError: note + "cloudctl: dry run, nothing sent to \(destination)\n")
        }
        let client = self.client(for: invocation, credentials: provider, driftHandler: driftHandler)
        guard let plan, let request = invocation.wait else {
            let response = try await parameters.withStringRetry { try await entry.send(client, $0) }
            return CommandOutput(
                standardOutput: ResponseFormatter.format(
                    response, as: invocation.output, columns: invocation.columns, query: invocation.query))
        }
        return try await self.callAndWait(
            entry, plan: plan, request: request, parameters: parameters, client: client, invocation: invocation)
    }

    private func client(
        for invocation: Invocation, credentials: any CredentialsProvider, driftHandler: DriftHandler
    ) -> ServiceClient {
        var configuration = ClientConfiguration(
            region: invocation.region, endpoint: invocation.endpoint, endpointChoice: invocation.endpointChoice,
            signatureAlgorithm: invocation.signatureAlgorithm, rpcMethod: invocation.rpcMethod,
            decodingMode: invocation.isStrict ? .strict : .tolerant, driftHandler: driftHandler)
        if let clock = self.clock { configuration.clock = clock }
        if let nonce = self.nonce { configuration.nonce = nonce }
        return ServiceClient(
            service: invocation.service.descriptor, configuration: configuration, credentials: credentials,
            transport: self.transport)
    }

    /// The body's JSON text: the argument itself, or the contents of the file after `@`.
    private func bodyText(_ argument: String?) throws(UsageError) -> String? {
        guard let argument, argument.hasPrefix("@") else { return argument }
        let path = String(argument.dropFirst())
        do {
            return String(decoding: try self.readFile(path), as: UTF8.self)
        } catch {
            throw UsageError("cannot read --body file '\(path)'")
        }
    }
}
