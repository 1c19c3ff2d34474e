import Foundation
import CloudRuntime

/// The texts of `cloudctl --help`, `cloudctl <service> --help` and `cloudctl <service> <Operation> --help`.
public enum HelpText {
    /// The overview: usage, services, options.
    public static var overview: String {
        var lines = [
            "usage: cloudctl <service> <Operation> [--<Param> value]... [options]",
            "       cloudctl <service> --help              list the service's operations",
            "       cloudctl <service> <Operation> --help  show an operation's documentation",
            "",
            "Services:",
        ]
        for service in CloudService.allCases {
            lines.append("  \(service.rawValue)  \(service.title)")
        }
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
            "  --endpoint-choice NAME             pick one of the service's endpoints: regional, global, vpc (ack)",
            "  --signature-version v1|acs3|aws4   signature algorithm (default: the service's first)",
            "  --method POST|GET                  HTTP method of RPC requests (kce, kcr)",
            "  --dry-run                          print the signed request; send nothing",
            "  --output json|table                response format (default json)",
            "  --wait                             after the call, wait for the state it leads to (or, on an",
            "                                     operation a waiter polls, poll until that state)",
            "  --waiter NAME                      wait with this waiter (see an operation's --help)",
            "  --wait-timeout S, --wait-interval S  override the waiter's timeout and polling interval",
            "  --record-drift FILE                append each difference between an answer and the spec to FILE",
            "                                     (NDJSON, the input of specgen drift)",
            "  --strict                           fail when an answer differs from the spec instead of reading it",
            "",
            "Credentials come from ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET (ack) or KSYUN_ACCESS_KEY/KSYUN_SECRET_KEY",
            "(kce, kcr). Exit status: 0 success, 1 failed call, 64 usage error.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A service's operations, sorted by name, each with its one-line summary.
    ///
    /// - Parameter service: The service.
    /// - Returns: The listing.
    public static func operations(of service: CloudService) -> String {
        let descriptor = service.descriptor
        let entries = service.operations.sorted { $0.name < $1.name }
        let width = entries.map(\.name.count).max() ?? 0
        var lines = [
            "\(service.title), API \(descriptor.apiVersion) (\(descriptor.protocol.rawValue.uppercased()))",
            "usage: cloudctl \(service.rawValue) <Operation> [--<Param> value]... [options]",
            "",
            "Operations:",
        ]
        for entry in entries {
            let summary = Self.firstLine(entry.summary ?? entry.documentation ?? "")
            let padding = String(repeating: " ", count: width - entry.name.count + 2)
            lines.append(("  " + entry.name + (summary.isEmpty ? "" : padding + summary)))
        }
        lines += ["", "Operation help: cloudctl \(service.rawValue) <Operation> --help"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// One operation's documentation: names, where it is sent, summary, description and parameters.
    ///
    /// - Parameters:
    ///   - entry: The operation.
    ///   - service: Its service.
    /// - Returns: The help text.
    public static func operation(_ entry: OperationCatalogEntry, of service: CloudService) -> String {
        var lines = ["\(entry.name) (also: \(OperationLookup.kebabCase(entry.name)))"]
        if let method = entry.httpMethod {
            lines.append("  \(method.rawValue) \(entry.path)")
        } else {
            lines.append("  Action=\(entry.action ?? entry.name), Version=\(service.descriptor.apiVersion)")
        }
        if let summary = entry.summary, !summary.isEmpty {
            lines += ["", summary]
        }
        if let documentation = entry.documentation, !documentation.isEmpty, documentation != entry.summary {
            lines += ["", documentation]
        }
        lines += Self.parameterLines(entry.parameters)
        lines += Self.waiterLines(for: entry, in: service.waiters)
        lines += [
            "",
            "usage: cloudctl \(service.rawValue) \(entry.name) [--<Param> value]... [--body JSON|@file] [options]",
            "Parameters are named as on the wire (path, query, form and body field names of the API reference).",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func firstLine(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.trimmingCharacters(in: .whitespaces)
    }
}
