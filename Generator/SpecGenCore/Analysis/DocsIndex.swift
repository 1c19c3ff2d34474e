import Foundation

/// What a vendor reference documents for one service, as listed in the spec folder's
/// `docs-index/*.yaml` files: each operation with its documented parameter and response-field names.
///
/// The index is written from the reference, not from the spec, so comparing the two measures how much
/// of the reference the spec covers.
public struct DocsIndex: Sendable {
    /// One documented operation.
    public struct Entry: Sendable {
        /// The vendor API name (`DescribeClusterDetail`, or the RPC action).
        public var operation: String
        /// The reference's section number, when given.
        public var section: String?
        /// The documented HTTP method (ROA).
        public var method: String?
        /// The documented path template (ROA).
        public var path: String?
        /// The documented action (RPC).
        public var action: String?
        /// The HTTP methods the reference allows for the action (RPC), when the index records them.
        public var methods: Attribute?
        /// Documented request parameters as dotted wire-name paths, each with where it is written in the index.
        public var parameters: [Name]
        /// Documented response fields as dotted wire-name paths, each with where it is written in the index.
        public var responseFields: [Name]
        /// Where the entry's `operation:` value is written.
        public var location: SourceLocation
    }

    /// A dotted wire-name path (`runtime.name`, `InstanceSet.NodeRole`), where the index writes it, and
    /// the attributes it records for it.
    public struct Name: Sendable {
        /// The path's components.
        public var components: [String]
        /// Where it is written.
        public var location: SourceLocation
        /// The documented attributes, in the order written; empty for a bare name.
        public var attributes: [Attribute]

        /// The path as written, components joined with dots.
        public var dotted: String { self.components.joined(separator: ".") }
    }

    /// One documented attribute and where the index writes its value.
    public struct Attribute: Sendable {
        /// Which attribute.
        public var attribute: ReferenceAttribute
        /// The reference's value.
        public var value: ReferenceValue
        /// Where the value is written.
        public var location: SourceLocation
    }

    /// Every documented operation, by file name then order in the file.
    public var entries: [Entry]
    /// The source it was written from.
    public var kind: Kind = .reference
    /// The files' `source:` values, in file order without repeats (`alibabacloud-cs20151215 7.2.3`).
    public var sources: [String] = []
}

extension DocsIndex {
    /// Which source an index was written from.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// `docs-index/`: the vendor reference the spec was first written from.
        case reference = "docs-index"
        /// `sdk-index/`: the vendor's current official SDK, extracted by `scripts/sdk-index/`.
        case sdk = "sdk-index"

        /// How reports name the source.
        public var label: String {
            switch self {
            case .reference: "reference"
            case .sdk: "SDK"
            }
        }
    }

    /// Reads `<directory>/<kind's folder>/*.yaml`; nil when the folder has no such index.
    ///
    /// An SDK index's parameters may also say where they go (`in`) and how a list is sent (`style`);
    /// those are facts of the SDK the spec already states, so they are read and not compared.
    ///
    /// - Parameters:
    ///   - directory: The spec folder, as diagnostics should name it.
    ///   - kind: Which index: the reference's (`docs-index`) or the SDK's (`sdk-index`).
    /// - Returns: The index, or nil when there is no such folder.
    /// - Throws: ``DiagnosticsError`` for unreadable files, YAML syntax errors and entries of the wrong shape.
    public static func load(directory: String, kind: Kind = .reference) throws(DiagnosticsError) -> DocsIndex? {
        let folder = "\(directory)/\(kind.rawValue)"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var entries: [Entry] = []
        var sources: [String] = []
        var diagnostics: [Diagnostic] = []
        for name in names.filter({ $0.hasSuffix(".yaml") }).sorted() {
            let file = "\(folder)/\(name)"
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                diagnostics.append(
                    .error("cannot read the \(kind.rawValue) file", at: SourceLocation(file: file, line: 1, column: 1)))
                continue
            }
            do {
                guard let root = try YAMLParser(file: file).parse(text) else { continue }
                var reader = DocsIndexReader(diagnostics: [], kind: kind)
                entries += reader.entries(in: root, file: file)
                diagnostics += reader.diagnostics
                if let source = root["source"]?.text, !sources.contains(source) { sources.append(source) }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticsError(diagnostics.sortedByLocation())
        }
        return DocsIndex(entries: entries, kind: kind, sources: sources)
    }
}
