import CYAML

/// Parses YAML text into ``YAMLNode`` trees with libyaml's event API.
///
/// This is the only place that talks to libyaml. Marks are converted here, once, from libyaml's 0-based
/// line and column to the 1-based ones every ``SourceLocation`` carries, and each node gets its
/// ``YAMLExtent`` in the text. Anchors are resolved (an alias becomes a copy of the anchored node), and a
/// syntax error becomes a ``Diagnostic`` at libyaml's problem mark.
public struct YAMLParser: Sendable {
    /// The path recorded in every location (e.g. `spec/alibaba-ack/groups/clusters.yaml`).
    public var file: String

    /// Creates a parser for one file.
    /// - Parameter file: The path printed in diagnostics for nodes of this file.
    public init(file: String) {
        self.file = file
    }

    /// Parses every document of a YAML text.
    ///
    /// - Parameter text: The YAML source.
    /// - Returns: One root node per document; empty for an empty text.
    /// - Throws: ``DiagnosticsError`` with one error at the syntax problem's position.
    public func parseDocuments(_ text: String) throws(DiagnosticsError) -> [YAMLNode] {
        var bytes = Array(text.utf8)
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            throw DiagnosticsError([.error("cannot initialise the YAML parser", at: self.location(line: 0, column: 0))])
        }
        defer { yaml_parser_delete(parser) }
        let result: Result<[YAMLNode], DiagnosticsError> = bytes.withUnsafeMutableBufferPointer { buffer in
            // libyaml keeps a pointer into the input, so the bytes stay pinned for the whole parse.
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            var builder = YAMLTreeBuilder(file: self.file)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(parser, &event) != 0 else {
                    return .failure(DiagnosticsError([self.syntaxError(parser)]))
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                do throws(Diagnostic) {
                    try builder.consume(
                        event, at: self.location(event.start_mark),
                        offsets: Int(event.start_mark.index)..<Int(event.end_mark.index))
                } catch {
                    return .failure(DiagnosticsError([error]))
                }
            }
            return .success(builder.documents)
        }
        return try result.get()
    }

    /// Parses a single-document YAML text.
    ///
    /// - Returns: The root node, or nil for an empty text.
    /// - Throws: ``DiagnosticsError`` for a syntax error or when the text holds more than one document.
    public func parse(_ text: String) throws(DiagnosticsError) -> YAMLNode? {
        let documents = try self.parseDocuments(text)
        if documents.count > 1 {
            throw DiagnosticsError([
                .error("a spec file holds one YAML document, found \(documents.count)", at: documents[1].location)
            ])
        }
        return documents.first
    }

    private func syntaxError(_ parser: UnsafeMutablePointer<yaml_parser_t>) -> Diagnostic {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown problem"
        var notes: [Diagnostic] = []
        if let context = parser.pointee.context.map({ String(cString: $0) }) {
            // libyaml's context reads "while parsing a flow mapping"; its mark is where that construct starts.
            notes.append(.note("\(context) that starts here", at: self.location(parser.pointee.context_mark)))
        }
        return .error("YAML syntax error: \(problem)", at: self.location(parser.pointee.problem_mark), notes: notes)
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        self.location(line: Int(mark.line), column: Int(mark.column))
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: self.file, line: line + 1, column: column + 1)
    }
}
