import Foundation

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
