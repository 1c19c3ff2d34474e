/// One Swift source file as data: header comment, imports and top-level declarations.
public struct SwiftFile: Equatable, Sendable {
    /// The file name, e.g. `ACK+Client.swift`.
    public var name: String
    /// Header comment lines, rendered as `// line`.
    public var header: [String]
    /// Imported modules.
    public var imports: [Import]
    /// Top-level declarations, separated by blank lines when rendered.
    public var declarations: [Declaration]

    /// Creates a file.
    public init(name: String, header: [String] = [], imports: [Import] = [], declarations: [Declaration] = []) {
        self.name = name
        self.header = header
        self.imports = imports
        self.declarations = declarations
    }
}

/// `import Module`, with attributes such as `@_spi(Generated)` written before it.
public struct Import: Equatable, Sendable, ExpressibleByStringLiteral {
    /// Attributes, e.g. `@_spi(Generated)`.
    public var attributes: [String]
    /// The module name.
    public var module: String

    /// Creates an import.
    public init(_ module: String, attributes: [String] = []) {
        self.module = module
        self.attributes = attributes
    }

    /// A plain import of the named module.
    public init(stringLiteral module: String) {
        self.init(module)
    }
}

/// An access level keyword.
public enum AccessModifier: String, Equatable, Sendable {
    /// `public`
    case `public`
    /// `internal`, written out only where it matters.
    case `internal`
    /// `private`
    case `private`
}

/// A `///` documentation comment; each line is rendered after `/// ` (empty lines as `///`).
public struct DocComment: Equatable, Sendable {
    /// The lines, without the `///` prefix.
    public var lines: [String]

    /// Creates a doc comment.
    public init(_ lines: [String]) {
        self.lines = lines
    }
}

/// A type as written in source.
public indirect enum TypeName: Equatable, Sendable {
    /// A (qualified) name such as `Swift.String` or `ACK.Cluster`.
    case named(String)
    /// `[Element]`
    case array(TypeName)
    /// `Wrapped?`
    case optional(TypeName)
    /// `any Protocol`
    case existential(String)

    /// Whether the type is optional at the top level.
    public var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }
}
