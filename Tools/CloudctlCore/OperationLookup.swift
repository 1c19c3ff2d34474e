import CloudRuntime

/// Finds an operation in a catalog by the vendor's name (`DescribeClusterDetail`) or its kebab-case
/// form (`describe-cluster-detail`), and suggests close names for a misspelled one.
///
/// Both forms reduce to one key: the letters and digits, lowercased. So `DescribeClusterDetail`,
/// `describe-cluster-detail` and `describeclusterdetail` all name the same operation.
public struct OperationLookup: Sendable {
    /// The operations searched.
    public let operations: [OperationCatalogEntry]

    /// Creates a lookup over a catalog.
    ///
    /// - Parameter operations: The catalog.
    public init(operations: [OperationCatalogEntry]) {
        self.operations = operations
    }

    /// The operation a command-line name means, if any.
    ///
    /// - Parameter name: The name as typed.
    /// - Returns: The matching entry, or nil.
    public func find(_ name: String) -> OperationCatalogEntry? {
        let key = Self.key(name)
        guard !key.isEmpty else { return nil }
        return self.operations.first { Self.key($0.name) == key }
    }

    /// Vendor names of operations close to a misspelled name, closest first (at most three).
    ///
    /// - Parameter name: The name as typed.
    /// - Returns: The suggestions; empty when nothing is close.
    public func suggestions(for name: String) -> [String] {
        EditDistance.suggestions(for: name, among: self.operations.map(\.name), key: Self.key)
    }

    /// The kebab-case form of a vendor name: `DescribeClusterDetail` → `describe-cluster-detail`,
    /// `DescribeKCEClusters` → `describe-kce-clusters`.
    ///
    /// - Parameter name: The vendor's name.
    /// - Returns: Lowercase words joined by dashes.
    public static func kebabCase(_ name: String) -> String {
        let characters = Array(name)
        var result = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase && index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                // A word starts after a lowercase letter or digit, or where an acronym gives way to a word.
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) {
                    result.append("-")
                }
            }
            result += character.lowercased()
        }
        return result
    }

    /// The comparison key: letters and digits only, lowercased.
    static func key(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
