import Foundation
import OpenAPIKit

/// One service's spec folder after loading: every file merged into a single OpenAPI 3.1 document
/// whose `$ref`s all point inside it, plus the map back to the files and lines each part came from.
public struct LoadedSpec: Sendable {
    /// The spec folder as given (e.g. `spec/alibaba-ack`); diagnostics print paths under it.
    public var directory: String
    /// The merged document: schema files under `components/schemas/<Name>`, every group's paths under
    /// `paths`, group tags under `tags` and on each operation; file `$ref`s rewritten to `#/components/schemas/<Name>`.
    public var document: OpenAPI.Document
    /// Where each node of the merged document came from.
    public var sourceMap: SourceMap
    /// Every schema `type` written as a list (`[integer, string, 'null']`), in spec order, by the JSON
    /// pointer of its schema: OpenAPIKit keeps only the first type that is not `null`.
    public var typeLists: [String: [JSONType]]

    /// Creates a loaded spec.
    public init(
        directory: String, document: OpenAPI.Document, sourceMap: SourceMap, typeLists: [String: [JSONType]] = [:]
    ) {
        self.directory = directory
        self.document = document
        self.sourceMap = sourceMap
        self.typeLists = typeLists
    }
}

/// Maps JSON pointers into the merged document (e.g. `/paths/~1clusters~1{ClusterId}/get/parameters/0`)
/// to the file, line and column of the node they name.
public struct SourceMap: Sendable {
    private var locations: [String: SourceLocation]

    /// Creates a map from pointer strings (RFC 6901, with `~0`/`~1` escapes) to locations.
    public init(_ locations: [String: SourceLocation] = [:]) {
        self.locations = locations
    }

    /// Records where a pointer's node is.
    public mutating func record(_ location: SourceLocation, for pointer: String) {
        self.locations[pointer] = location
    }

    /// The location of the node at `pointer`, or of its nearest ancestor that has one.
    public func location(of pointer: String) -> SourceLocation? {
        var current = pointer
        while true {
            if let location = self.locations[current] { return location }
            guard let slash = current.lastIndex(of: "/") else { return nil }
            current = String(current[..<slash])
        }
    }

    /// The location of the node reached by these unescaped path components from the document root.
    public func location(of components: [String]) -> SourceLocation? {
        self.location(of: Self.pointer(components))
    }

    /// The RFC 6901 pointer for unescaped components: `["paths", "/a/{b}"]` -> `/paths/~1a~1{b}`.
    public static func pointer(_ components: [String]) -> String {
        components.map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }
            .joined()
    }

    /// The unescaped components of an RFC 6901 pointer: `/paths/~1a~1{b}` -> `["paths", "/a/{b}"]`.
    public static func components(_ pointer: String) -> [String] {
        pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    /// The file each top-level schema came from, e.g. `"Cluster"` -> `spec/alibaba-ack/schemas/Cluster.yaml`.
    public func file(ofSchema name: String) -> String? {
        self.locations[Self.pointer(["components", "schemas", name])]?.file
    }
}
