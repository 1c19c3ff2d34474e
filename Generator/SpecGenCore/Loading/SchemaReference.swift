import Foundation

/// Resolves a relative file `$ref` (e.g. `../schemas/Cluster.yaml` from a group file) to a schema name.
///
/// Only whole schema files under `schemas/` may be referenced; fragments, URLs and paths that leave the
/// spec folder are refused with a message that says what is allowed.
enum SchemaReference {
    /// The prefix of every rewritten reference.
    static let componentsPrefix = "#/components/schemas/"

    /// The outcome of resolving one `$ref`.
    enum Resolution: Equatable {
        /// The schema file's path inside the folder and the schema's name.
        case schema(path: String, name: String)
        /// Why the reference is refused.
        case invalid(String)
    }

    /// Resolves `reference`, written in the file at `relativePath`, against the folder's layout.
    static func resolve(_ reference: String, from relativePath: String) -> Resolution {
        if reference.hasPrefix("#") {
            return .invalid(
                "'$ref: \(reference)' refers to a fragment; refer to a whole schema file such as '../schemas/Name.yaml'")
        }
        if reference.contains("#") {
            return .invalid("'$ref: \(reference)' has a fragment; refer to a whole schema file")
        }
        if reference.contains("://") || reference.hasPrefix("/") {
            return .invalid("'$ref: \(reference)' must be a path relative to this file")
        }
        var components = (relativePath as NSString).deletingLastPathComponent
            .split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for component in reference.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard components.popLast() != nil else {
                    return .invalid("'$ref: \(reference)' leaves the spec folder")
                }
            default: components.append(String(component))
            }
        }
        let path = components.joined(separator: "/")
        guard components.count == 2, components[0] == "schemas", path.hasSuffix(".yaml"), components[1].count > 5 else {
            return .invalid("'$ref: \(reference)' must name a schema file 'schemas/<Name>.yaml', not '\(path)'")
        }
        return .schema(path: path, name: String(components[1].dropLast(5)))
    }
}
