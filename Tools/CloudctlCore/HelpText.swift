import CloudRuntime
import Foundation

/// The texts of `cloudctl --help`, `cloudctl <service> --help` and `cloudctl <service> <Operation> --help`.
public enum HelpText {
    /// The overview: usage, services, options, credentials.
    ///
    /// - Parameter services: The services, listed in this order.
    /// - Returns: The help text.
    public static func overview(of services: [ServiceCatalog]) -> String {
        var lines = [
            "usage: cloudctl <service> <Operation> [--<Param> value]... [options]",
            "       cloudctl <service> --help              list the service's operations",
            "       cloudctl <service> <Operation> --help  show an operation's documentation",
            "",
            "Services:",
        ]
        let width = services.map(\.name.count).max() ?? 0
        for service in services {
            lines.append("  " + service.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + service.title)
        }
        let rpcServices = services.filter { $0.descriptor.protocol == .rpc }.map(\.name).joined(separator: ", ")
        lines += [
            "",
            "Operations are named as the vendor spells them (DescribeClusterDetail) or in kebab case",
            "(describe-cluster-detail). Parameters are given by wire name: --ClusterId c1, --cluster_type Kubernetes.",
            "A value that parses as a JSON object, array, number or boolean is sent as JSON, anything else as",
            "text; a number or boolean given for a text parameter is sent as the text typed.",
            "",
            "Options:",
            "  --body JSON|@file                  merge a JSON object's fields into the parameters",
            "  --region R                         region to call and sign for",
            "  --endpoint URL                     send to this URL instead of the service's endpoint",
            "  --endpoint-choice NAME             one of the service's endpoints (its --help lists them)",
            "  --signature-version v1|acs3|aws4   signature algorithm (default: the service's first)",
            "  --method POST|GET                  HTTP method of RPC requests (\(rpcServices))",
            "  --dry-run                          print the signed request; send nothing",
            "  --output json|table                response format (default json)",
            "  --columns a,b,c                    the item fields a listing's table shows",
            "  --query EXPR                       print only part of the answer: page_info.total_count,",
            "                                     clusters[0], clusters[].name, clusters[?state=='running'].name",
            "  --wait                             after the call, wait for the state it leads to (or, on an",
            "                                     operation a waiter polls, poll until that state)",
            "  --waiter NAME                      wait with this waiter (see an operation's --help)",
            "  --wait-timeout S, --wait-interval S  override the waiter's timeout and polling interval",
            "  --record-drift FILE                append each difference between an answer and the spec to FILE",
            "                                     (NDJSON, the input of specgen drift)",
            "  --strict                           fail when an answer differs from the spec instead of reading it",
            "",
            "Shell completion: source <(cloudctl completion bash), or zsh; cloudctl completion fish | source.",
            "",
            "Credentials come from the environment:",
        ]
        lines += Self.credentialLines(services)
        lines.append("Exit status: 0 success, 1 failed call, 64 usage error.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line per set of environment variables, naming the services that read it, in service order.
    private static func credentialLines(_ services: [ServiceCatalog]) -> [String] {
        var variables: [String] = []
        var readers: [String: [String]] = [:]
        for service in services {
            let provider = service.defaultCredentials([:])
            let names = "\(provider.accessKeyIDVariable), \(provider.accessKeySecretVariable)"
            if readers[names] == nil { variables.append(names) }
            readers[names, default: []].append(service.name)
        }
        return variables.map { "  \($0) (\(readers[$0, default: []].joined(separator: ", ")))" }
    }

    /// A service's operations, sorted by name, each with its one-line summary; a deprecated one says so.
    ///
    /// - Parameter service: The service.
    /// - Returns: The listing.
    public static func operations(of service: ServiceCatalog) -> String {
        let descriptor = service.descriptor
        let entries = service.operations.sorted { $0.name < $1.name }
        let width = entries.map(\.name.count).max() ?? 0
        var lines = [
            "\(service.title), API \(descriptor.apiVersion) (\(descriptor.protocol.rawValue.uppercased()))",
            "Endpoints (--endpoint-choice): " + descriptor.endpoints.map(\.choice.rawValue).joined(separator: ", "),
            "usage: cloudctl \(service.name) <Operation> [--<Param> value]... [options]",
            "",
            "Operations:",
        ]
        for entry in entries {
            var summary = Self.firstLine(entry.summary ?? entry.documentation ?? "")
            if entry.deprecation != nil { summary = "(deprecated) " + summary }
            let padding = String(repeating: " ", count: width - entry.name.count + 2)
            lines.append(("  " + entry.name + (summary.isEmpty ? "" : padding + summary)))
        }
        lines += ["", "Operation help: cloudctl \(service.name) <Operation> --help"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// One operation's documentation: names, where it is sent, summary, description and parameters.
    ///
    /// - Parameters:
    ///   - entry: The operation.
    ///   - service: Its service.
    /// - Returns: The help text.
    public static func operation(_ entry: OperationCatalogEntry, of service: ServiceCatalog) -> String {
        var lines = ["\(entry.name) (also: \(OperationLookup.kebabCase(entry.name)))"]
        if let method = entry.httpMethod {
            lines.append("  \(method.rawValue) \(entry.path)")
        } else {
            lines.append("  Action=\(entry.action ?? entry.name), Version=\(service.descriptor.apiVersion)")
        }
        if let summary = entry.summary, !summary.isEmpty {
            lines += ["", summary]
        }
        if let deprecation = entry.deprecation {
            lines += ["", "Deprecated: \(deprecation)"]
        }
        if let documentation = entry.documentation, !documentation.isEmpty, documentation != entry.summary {
            lines += ["", documentation]
        }
        lines += Self.parameterLines(entry.parameters)
        lines += Self.waiterLines(for: entry, in: service.waiters)
        lines += [
            "",
            "usage: cloudctl \(service.name) \(entry.name) [--<Param> value]... [--body JSON|@file] [options]",
            "Parameters are named as on the wire (path, query, form and body field names of the API reference).",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func firstLine(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.trimmingCharacters(in: .whitespaces)
    }
}
