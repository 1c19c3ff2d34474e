/// One generated source file's name and full text.
public struct RenderedFile: Equatable, Sendable {
    /// The file name, e.g. `ACK+Models.swift`.
    public var name: String
    /// The complete text, ending with a newline.
    public var contents: String

    /// Creates a rendered file.
    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
