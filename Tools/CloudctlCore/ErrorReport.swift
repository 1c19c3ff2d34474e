import CloudRuntime

/// The text and exit status a failed call ends with.
///
/// A failed call prints one block, whatever failed: `cloudctl: <operation> failed: <what>`, then one
/// labelled line per fact (the vendor's code, message and request ID for an answer; the host and
/// curl's account when no answer came). Text from the server is kept on its line: a newline in it is
/// written `\n`. A mistake on the command line prints one line and exits 64. No error of the runtime
/// quotes a secret, so none reaches this text.
public struct ErrorReport: Sendable, Hashable {
    /// The standard error text, ending with a newline.
    public var text: String
    /// 64 (`EX_USAGE`) for a mistake in the command line (options or parameters), 1 for any other failure.
    public var exitCode: Int32

    /// The exit status of a usage error.
    public static let usageExitCode: Int32 = 64

    /// Describes an error.
    ///
    /// - Parameter error: What the call threw.
    public init(_ error: any Error) {
        switch error {
        case let usage as UsageError:
            self.text = "cloudctl: \(usage.message)\n"
            self.exitCode = Self.usageExitCode
        case let parameter as OperationParameterError:
            let subject = parameter.parameter.isEmpty ? "" : "parameter '\(parameter.parameter)' "
            self.text = "cloudctl: \(parameter.operation): \(subject)\(parameter.reason)\n"
            self.exitCode = Self.usageExitCode
        case let service as ServiceError:
            var lines = [Self.headline(service.operation, "HTTP \(service.httpStatus)")]
            lines.append(Self.line("code", service.code ?? "(none)"))
            if let type = service.errorType { lines.append(Self.line("type", type)) }
            lines.append(Self.line("message", service.message ?? "(none)"))
            lines.append(Self.line("request id", service.requestID ?? "(none)"))
            if service.attempts > 1 { lines.append(Self.line("attempts", "\(service.attempts)")) }
            self.text = lines.joined(separator: "\n") + "\n"
            self.exitCode = 1
        case let decoding as ResponseDecodingError:
            var lines = [
                Self.headline(decoding.operation, "HTTP \(decoding.httpStatus) answer does not decode"),
                Self.line("problem", decoding.underlying),
            ]
            if let drift = decoding.drift {
                lines.append(Self.line("declared", drift.declared ?? "(not in the spec)"))
                lines.append(Self.line("sent", drift.observed ?? "(nothing)"))
                if let value = drift.value { lines.append(Self.line("value", value)) }
            }
            lines.append(Self.line("request id", decoding.requestID ?? "(none)"))
            self.text = lines.joined(separator: "\n") + "\n"
            self.exitCode = 1
        case let transport as TransportError:
            var lines = [Self.headline(transport.operation, "no answer (\(transport.kind))")]
            if let host = transport.host { lines.append(Self.line("host", host)) }
            let detail =
                transport.curlCode == 0 ? transport.message : "curl \(transport.curlCode): \(transport.message)"
            lines.append(Self.line("detail", detail))
            if transport.attempts > 1 { lines.append(Self.line("attempts", "\(transport.attempts)")) }
            self.text = lines.joined(separator: "\n") + "\n"
            self.exitCode = 1
        case let credentials as CredentialsError:
            self.text =
                [
                    Self.headline(credentials.operation, "not sent, no credentials"),
                    Self.line("message", credentials.message),
                ]
                .joined(separator: "\n") + "\n"
            self.exitCode = 1
        case let signing as SigningError:
            self.text =
                [Self.headline(signing.operation, "not sent, cannot sign"), Self.line("message", signing.message)]
                .joined(separator: "\n") + "\n"
            self.exitCode = 1
        case let client as ClientError:
            // Region, endpoint, method and signature choices all come from the command line.
            self.text = "cloudctl: \(client.message)\n"
            self.exitCode = Self.usageExitCode
        case let encoding as RequestEncodingError:
            let subject = encoding.parameter.map { "parameter '\($0)': " } ?? ""
            self.text = "cloudctl: \(subject)\(encoding.message)\n"
            self.exitCode = Self.usageExitCode
        case let waiter as WaiterError:
            self.text = "cloudctl: " + Self.describe(waiter) + "\n"
            if case .invalidOptions = waiter { self.exitCode = Self.usageExitCode } else { self.exitCode = 1 }
        default:
            self.text = "cloudctl: \(error)\n"
            self.exitCode = 1
        }
    }

    /// `cloudctl: DescribeClusterDetail failed: HTTP 404`.
    private static func headline(_ operation: String?, _ what: String) -> String {
        "cloudctl: \(operation ?? "the call") failed: \(what)"
    }

    /// `  message:    The specified cluster is not found.`, the value on one line.
    private static func line(_ label: String, _ value: String) -> String {
        let padded = (label + ":").padding(toLength: 12, withPad: " ", startingAt: 0)
        return "  \(padded)\(value.lineBreaksEscaped)"
    }

    private static func describe(_ error: WaiterError) -> String {
        switch error {
        case .timedOut(let waiter, let lastState, let attempts, let elapsed):
            let state = lastState.map { "; last state '\($0)'" } ?? ""
            return "\(waiter): gave up after \(WaitProgressText.seconds(elapsed)) and \(attempts) polls\(state)"
        case .failureState(let waiter, let state):
            return "\(waiter): reached state '\(state)', from which it cannot succeed"
        case .invalidOptions(let waiter, let reason):
            return "\(waiter): \(reason)"
        }
    }
}
