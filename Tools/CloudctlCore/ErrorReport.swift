import CloudRuntime

/// The text and exit status a failed call ends with.
///
/// A service's answer prints its HTTP status, the vendor's error code, message and request ID, one
/// per line; other failures print their description. No error of the runtime quotes a secret, so
/// none reaches this text.
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
            var lines = ["cloudctl: \(service.operation ?? "the call") failed: HTTP \(service.httpStatus)"]
            lines.append("  code:       \(service.code ?? "(none)")")
            if let type = service.errorType { lines.append("  type:       \(type)") }
            lines.append("  message:    \(service.message ?? "(none)")")
            lines.append("  request id: \(service.requestID ?? "(none)")")
            self.text = lines.joined(separator: "\n") + "\n"
            self.exitCode = 1
        case let decoding as ResponseDecodingError:
            var lines = [
                "cloudctl: \(decoding.operation ?? "the call"): HTTP \(decoding.httpStatus) answer does not decode: \(decoding.underlying)"
            ]
            if let drift = decoding.drift {
                lines.append("  declared:   \(drift.declared ?? "(not in the spec)")")
                lines.append("  sent:       \(drift.observed ?? "(nothing)")")
                if let value = drift.value { lines.append("  value:      \(value)") }
            }
            lines.append("  request id: \(decoding.requestID ?? "(none)")")
            self.text = lines.joined(separator: "\n") + "\n"
            self.exitCode = 1
        case let credentials as CredentialsError:
            self.text = "cloudctl: \(credentials.message)\n"
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
        case let transport as TransportError:
            self.text = "cloudctl: \(transport.description)\n"
            self.exitCode = 1
        default:
            self.text = "cloudctl: \(error)\n"
            self.exitCode = 1
        }
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
