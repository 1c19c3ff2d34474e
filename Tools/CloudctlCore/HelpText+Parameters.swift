import CloudRuntime

extension HelpText {
    /// The parameter section of an operation's help: one entry per parameter, required ones first,
    /// each with its type, where it travels, documented values and default, then its summary.
    ///
    /// ```
    /// Parameters:
    ///   --ClusterId  string, path, required
    ///       The cluster's ID.
    /// ```
    ///
    /// - Parameter parameters: The operation's parameters.
    /// - Returns: The lines, empty when the operation takes none.
    static func parameterLines(_ parameters: [OperationParameter]) -> [String] {
        guard !parameters.isEmpty else { return ["", "Parameters: none"] }
        let ordered = parameters.filter(\.isRequired) + parameters.filter { !$0.isRequired }
        var lines = ["", "Parameters:"]
        for parameter in ordered {
            var facts = [parameter.type, parameter.location.rawValue]
            if parameter.isRequired { facts.append("required") }
            lines.append("  --\(parameter.name)  " + facts.joined(separator: ", "))
            if !parameter.allowedValues.isEmpty {
                lines.append("      one of: " + parameter.allowedValues.joined(separator: " | "))
            }
            if let defaultValue = parameter.defaultValue {
                lines.append("      default: \(defaultValue)")
            }
            if let summary = parameter.summary {
                lines.append("      \(summary)")
            }
        }
        return lines
    }

    /// The waiters `--wait` can run with the operation: those that follow it and those that poll it.
    static func waiterLines(for entry: OperationCatalogEntry, in waiters: [WaiterCatalogEntry]) -> [String] {
        var lines: [String] = []
        for waiter in waiters {
            let role: String
            if waiter.triggers.contains(where: { $0.operation == entry.name }) {
                role = "after the call, polls \(waiter.operation)"
            } else if waiter.operation == entry.name {
                role = "polls this operation"
            } else {
                continue
            }
            lines.append("  --waiter \(waiter.name)  \(role)" + (waiter.summary.map { ": \($0)" } ?? ""))
        }
        return lines.isEmpty ? [] : ["", "Waiters (--wait):"] + lines
    }
}
