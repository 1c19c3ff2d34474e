import CloudRuntime
import Foundation
import HTTPTypes

/// Turns `cloudctl`'s arguments into a ``Command``.
///
/// Grammar: `<service> <Operation> [--<Param> value]... [options]`, or `completion <shell>`. Every `--name` that is not one of
/// the options below is an operation parameter by wire name; its value is the next argument, or the
/// text after `=` (`--Name=value`, needed for a value that itself starts with `--`).
/// Options: `--body`, `--region`, `--endpoint`, `--endpoint-choice`, `--signature-version`,
/// `--method`, `--output`, `--columns`, `--query`, `--waiter`, `--wait-timeout`, `--wait-interval`, `--record-drift` (each with a
/// value), `--dry-run`, `--wait`, `--strict` and `--help`/`-h` (flags).
public enum CommandLineParser {
    /// Every option but `--help`, in the order completion offers them, and whether it takes a value.
    static let options: [(name: String, takesValue: Bool)] = [
        ("body", true), ("region", true), ("endpoint", true), ("endpoint-choice", true), ("signature-version", true),
        ("method", true), ("output", true), ("columns", true), ("query", true), ("dry-run", false), ("wait", false),
        ("waiter", true), ("wait-timeout", true), ("wait-interval", true), ("record-drift", true), ("strict", false),
    ]
    /// Option names that take a value.
    static let valueOptions = Set(Self.options.filter(\.takesValue).map(\.name))
    /// Option names that are flags.
    static let flagOptions = Set(Self.options.filter { !$0.takesValue }.map(\.name))

    /// Parses the arguments (without the program name).
    ///
    /// - Parameters:
    ///   - arguments: The arguments.
    ///   - services: The services the first argument may name, by ``ServiceCatalog/name``.
    /// - Returns: The command.
    /// - Throws: ``UsageError`` describing the first problem.
    public static func parse(_ arguments: [String], services: [ServiceCatalog]) throws(UsageError) -> Command {
        let names = services.map(\.name)
        guard let first = arguments.first else {
            throw UsageError(
                "missing service; usage: cloudctl <\(names.joined(separator: "|"))> <Operation> [--<Param> value]... "
                    + "(see cloudctl --help)")
        }
        if Self.isHelp(first) { return .help }
        if first == "__complete" { return .complete(Array(arguments.dropFirst())) }
        if first == "completion" {
            let shells = Completion.Shell.allCases.map(\.rawValue).joined(separator: ", ")
            guard arguments.count == 2, let shell = Completion.Shell(rawValue: arguments[1]) else {
                throw UsageError("usage: cloudctl completion <shell>, the shell one of: \(shells)")
            }
            return .completionScript(shell)
        }
        guard let service = services.first(where: { $0.name == first.lowercased() }) else {
            throw UsageError("unknown service '\(first)'; choose one of: \(names.joined(separator: ", "))")
        }
        guard arguments.count > 1 else {
            throw UsageError("missing operation; list them with: cloudctl \(service.name) --help")
        }
        let operation = arguments[1]
        if Self.isHelp(operation) { return .serviceHelp(service) }
        if operation.hasPrefix("-") {
            throw UsageError(
                "expected an operation name before '\(operation)'; list them with: cloudctl \(service.name) --help")
        }
        var invocation = Invocation(service: service, operation: operation)
        var index = 2
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if Self.isHelp(argument) { return .operationHelp(service, operation: operation) }
            guard argument.hasPrefix("--"), argument.count > 2 else {
                throw UsageError("unexpected argument '\(argument)'; parameters are given as --Name value")
            }
            var name = String(argument.dropFirst(2))
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if Self.flagOptions.contains(name) {
                guard value == nil else { throw UsageError("--\(name) takes no value") }
                switch name {
                case "dry-run": invocation.dryRun = true
                case "strict": invocation.isStrict = true
                default: invocation.wait = invocation.wait ?? WaitRequest()
                }
                continue
            }
            if value == nil {
                guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                    throw UsageError("--\(name) needs a value (write --\(name)=VALUE for a value starting with '--')")
                }
                value = arguments[index]
                index += 1
            }
            // Both branches above set a value or threw.
            guard let value else { continue }
            if Self.valueOptions.contains(name) {
                try Self.apply(option: name, value: value, to: &invocation)
            } else {
                guard !name.isEmpty else { throw UsageError("a parameter needs a name: --Name value") }
                if invocation.parameters.contains(where: { $0.name == name }) {
                    throw UsageError("parameter --\(name) is given twice")
                }
                invocation.parameters.append(Invocation.Parameter(name: name, value: value))
            }
        }
        return .call(invocation)
    }

    private static func isHelp(_ argument: String) -> Bool {
        argument == "--help" || argument == "-h" || argument == "help"
    }

    private static func apply(option: String, value: String, to invocation: inout Invocation) throws(UsageError) {
        switch option {
        case "body":
            invocation.body = value
        case "region":
            invocation.region = value
        case "endpoint":
            guard let url = URL(string: value), let scheme = url.scheme?.lowercased(),
                scheme == "http" || scheme == "https",
                url.host != nil
            else {
                throw UsageError("--endpoint must be an http or https URL such as https://cs.cn-beijing.aliyuncs.com")
            }
            invocation.endpoint = url
        case "waiter":
            invocation.wait = (invocation.wait ?? WaitRequest()).named(value)
        case "columns":
            let columns = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            guard !columns.isEmpty else {
                throw UsageError("--columns needs field names, such as cluster_id,name,state")
            }
            invocation.columns = columns
        case "query":
            invocation.query = try JSONQuery(value)
        case "record-drift":
            guard !value.isEmpty else { throw UsageError("--record-drift needs a file name") }
            invocation.driftRecordFile = value
        case "wait-timeout", "wait-interval":
            guard let seconds = Double(value), seconds.isFinite, seconds > 0, seconds <= 86_400 else {
                throw UsageError("--\(option) must be a number of seconds from 0 to 86400, not '\(value)'")
            }
            var wait = invocation.wait ?? WaitRequest()
            if option == "wait-timeout" {
                wait.timeout = .milliseconds(Int(seconds * 1000))
            } else {
                wait.interval = .milliseconds(Int(seconds * 1000))
            }
            invocation.wait = wait
        case "endpoint-choice":
            // Which names exist depends on the service; the client refuses one it lacks, listing its own.
            let name = value.lowercased()
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw UsageError(
                    "--endpoint-choice must be an endpoint name such as regional, vpc or global, not '\(value)'")
            }
            invocation.endpointChoice = EndpointChoice(rawValue: name)
        case "signature-version":
            let algorithms: [String: SignatureAlgorithm] = [
                "v1": .acsHMACSHA1, "acs3": .acs3HMACSHA256, "aws4": .aws4HMACSHA256,
            ]
            guard let algorithm = algorithms[value.lowercased()] else {
                throw UsageError(
                    "--signature-version must be v1 or acs3 (Alibaba Cloud) or aws4 (Kingsoft Cloud), not '\(value)'")
            }
            invocation.signatureAlgorithm = algorithm
        case "method":
            guard let method = HTTPRequest.Method(rawValue: value.uppercased()), method == .get || method == .post else {
                throw UsageError("--method must be POST or GET, not '\(value)'")
            }
            guard invocation.service.descriptor.protocol == .rpc else {
                throw UsageError(
                    "--method applies to RPC services; \(invocation.service.name) is ROA: its operations fix their own method"
                )
            }
            invocation.rpcMethod = method
        default:
            guard let format = OutputFormat(rawValue: value.lowercased()) else {
                throw UsageError("--output must be json or table, not '\(value)'")
            }
            invocation.output = format
        }
    }
}
