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
        /// Documented request parameters as dotted wire-name paths, each with where it is written in the index.
        public var parameters: [Name]
        /// Documented response fields as dotted wire-name paths, each with where it is written in the index.
        public var responseFields: [Name]
        /// Where the entry's `operation:` value is written.
        public var location: SourceLocation
    }

    /// A dotted wire-name path (`runtime.name`, `InstanceSet.NodeRole`) and where the index writes it.
    public struct Name: Sendable {
        /// The path's components.
        public var components: [String]
        /// Where it is written.
        public var location: SourceLocation

        /// The path as written, components joined with dots.
        public var dotted: String { self.components.joined(separator: ".") }
    }

    /// Every documented operation, by file name then order in the file.
    public var entries: [Entry]
}

extension DocsIndex {
    /// Reads `<directory>/docs-index/*.yaml`; nil when the folder has no docs index.
    ///
    /// - Parameter directory: The spec folder, as diagnostics should name it.
    /// - Returns: The index, or nil when there is no `docs-index` folder.
    /// - Throws: ``DiagnosticsError`` for unreadable files, YAML syntax errors and entries of the wrong shape.
    public static func load(directory: String) throws(DiagnosticsError) -> DocsIndex? {
        let folder = "\(directory)/docs-index"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        for name in names.filter({ $0.hasSuffix(".yaml") }).sorted() {
            let file = "\(folder)/\(name)"
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                diagnostics.append(.error("cannot read the docs index file", at: SourceLocation(file: file, line: 1, column: 1)))
                continue
            }
            do {
                guard let root = try YAMLParser(file: file).parse(text) else { continue }
                var reader = DocsIndexReader(diagnostics: [])
                entries += reader.entries(in: root, file: file)
                diagnostics += reader.diagnostics
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticsError(diagnostics.sortedByLocation())
        }
        return DocsIndex(entries: entries)
    }
}

/// Turns one docs-index file's YAML tree into entries, reporting shape errors at their nodes.
struct DocsIndexReader {
    var diagnostics: [Diagnostic]

    mutating func entries(in root: YAMLNode, file: String) -> [DocsIndex.Entry] {
        guard let operations = root["operations"]?.items else {
            self.diagnostics.append(.error("a docs index file needs an 'operations' list", at: root.location))
            return []
        }
        return operations.compactMap { self.entry($0) }
    }

    private mutating func entry(_ node: YAMLNode) -> DocsIndex.Entry? {
        guard let operationNode = node["operation"], let operation = operationNode.text else {
            self.diagnostics.append(.error("a docs index entry needs 'operation: <API name>'", at: node.location))
            return nil
        }
        return DocsIndex.Entry(
            operation: operation,
            section: node["section"]?.text,
            method: node["method"]?.text,
            path: node["path"]?.text,
            action: node["action"]?.text,
            parameters: self.names(node["parameters"], of: operation),
            responseFields: self.names(node["responseFields"], of: operation),
            location: operationNode.location)
    }

    private mutating func names(_ node: YAMLNode?, of operation: String) -> [DocsIndex.Name] {
        guard let node else { return [] }
        guard let items = node.items else {
            self.diagnostics.append(.error("expected a list of names for '\(operation)'", at: node.location))
            return []
        }
        return items.compactMap { item in
            guard let text = item.text, !text.isEmpty else {
                self.diagnostics.append(.error("expected a dotted wire name, found \(item.kindDescription)", at: item.location))
                return nil
            }
            return DocsIndex.Name(components: text.split(separator: ".").map(String.init), location: item.location)
        }
    }
}
