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
}
