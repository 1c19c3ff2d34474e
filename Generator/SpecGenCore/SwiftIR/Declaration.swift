/// A declaration in the Swift subset the generator emits.
public indirect enum Declaration: Equatable, Sendable {
    /// A declaration with a doc comment above it.
    case documented(DocComment, Declaration)
    /// `extension T: P { ... }`
    case `extension`(ExtensionDeclaration)
    /// `struct T: P { ... }`
    case `struct`(StructDeclaration)
    /// `enum T: R, P { case a = "x" ... }` (coding keys, namespaces)
    case `enum`(EnumDeclaration)
    /// `let`/`var` property, static or not.
    case variable(VariableDeclaration)
    /// A function or initializer.
    case function(FunctionDeclaration)
    /// `public typealias Name = Type`
    case typeAlias(access: AccessModifier?, name: String, type: TypeName)

    /// Adds a doc comment, unless it has no lines.
    public static func documented(_ lines: [String], _ declaration: Declaration) -> Declaration {
        lines.isEmpty ? declaration : .documented(DocComment(lines), declaration)
    }
}

/// `extension <type>: <conformances> { <members> }`
public struct ExtensionDeclaration: Equatable, Sendable {
    /// The extended type, e.g. `ACK` or `ACK.Tag`.
    public var extendedType: String
    /// Added conformances.
    public var conformances: [String]
    /// Members.
    public var members: [Declaration]

    /// Creates an extension.
    public init(extendedType: String, conformances: [String] = [], members: [Declaration]) {
        self.extendedType = extendedType
        self.conformances = conformances
        self.members = members
    }
}

/// `struct <name>: <conformances> { <members> }`
public struct StructDeclaration: Equatable, Sendable {
    /// Access level.
    public var access: AccessModifier?
    /// The type name.
    public var name: String
    /// Conformances.
    public var conformances: [String]
    /// Members, rendered in order; consecutive properties stay together.
    public var members: [Declaration]

    /// Creates a struct.
    public init(access: AccessModifier? = .public, name: String, conformances: [String] = [], members: [Declaration]) {
        self.access = access
        self.name = name
        self.conformances = conformances
        self.members = members
    }
}

/// An enum with raw-valued cases, e.g. `CodingKeys`.
public struct EnumDeclaration: Equatable, Sendable {
    /// Access level.
    public var access: AccessModifier?
    /// The type name.
    public var name: String
    /// Raw type and conformances, e.g. `Swift.String`, `CodingKey`.
    public var conformances: [String]
    /// Cases in order.
    public var cases: [EnumCase]
    /// Members after the cases.
    public var members: [Declaration]

    /// Creates an enum.
    public init(
        access: AccessModifier? = nil, name: String, conformances: [String], cases: [EnumCase],
        members: [Declaration] = []
    ) {
        self.access = access
        self.name = name
        self.conformances = conformances
        self.cases = cases
        self.members = members
    }
}

/// `case name` or `case name = "raw"`.
public struct EnumCase: Equatable, Sendable {
    /// The case name (already escaped when it is a keyword).
    public var name: String
    /// The string raw value, when it differs from the name.
    public var rawValue: String?

    /// Creates a case.
    public init(name: String, rawValue: String? = nil) {
        self.name = name
        self.rawValue = rawValue
    }
}

/// A stored property.
public struct VariableDeclaration: Equatable, Sendable {
    /// Access level.
    public var access: AccessModifier?
    /// Whether it is `static`.
    public var isStatic: Bool
    /// `let` or `var`.
    public var isMutable: Bool
    /// Attributes written before the access level, e.g. `@Boxed`.
    public var attributes: [String]
    /// The name.
    public var name: String
    /// The declared type, if written.
    public var type: TypeName?
    /// The initial value, if any.
    public var value: Expression?

    /// Creates a property.
    public init(
        access: AccessModifier? = .public, isStatic: Bool = false, isMutable: Bool = true, attributes: [String] = [],
        name: String, type: TypeName? = nil, value: Expression? = nil
    ) {
        self.access = access
        self.isStatic = isStatic
        self.isMutable = isMutable
        self.attributes = attributes
        self.name = name
        self.type = type
        self.value = value
    }
}

/// A function or initializer.
public struct FunctionDeclaration: Equatable, Sendable {
    /// Function or initializer.
    public enum Kind: Equatable, Sendable {
        /// `init(...)`
        case initializer
        /// `func name(...)`
        case function(String)
    }

    /// Attributes written on the line before it, e.g. `@discardableResult`.
    public var attributes: [String]
    /// Access level.
    public var access: AccessModifier?
    /// Function or initializer.
    public var kind: Kind
    /// Parameters in order.
    public var parameters: [Parameter]
    /// Whether it is `async`.
    public var isAsync: Bool
    /// Whether it `throws`.
    public var isThrowing: Bool
    /// The result type, if any.
    public var returnType: TypeName?
    /// Body statements.
    public var body: [Statement]

    /// Creates a function.
    public init(
        attributes: [String] = [], access: AccessModifier? = .public, kind: Kind, parameters: [Parameter] = [],
        isAsync: Bool = false, isThrowing: Bool = false, returnType: TypeName? = nil, body: [Statement]
    ) {
        self.attributes = attributes
        self.access = access
        self.kind = kind
        self.parameters = parameters
        self.isAsync = isAsync
        self.isThrowing = isThrowing
        self.returnType = returnType
        self.body = body
    }

    /// One parameter: `label name: inout Type = default`.
    public struct Parameter: Equatable, Sendable {
        /// The argument label; `_` for none; nil when it equals the name.
        public var label: String?
        /// The parameter name.
        public var name: String
        /// The type.
        public var type: TypeName
        /// Whether the parameter is `inout`.
        public var isInout: Bool
        /// The default value, if any.
        public var defaultValue: Expression?

        /// Creates a parameter.
        public init(
            label: String? = nil, name: String, type: TypeName, isInout: Bool = false, defaultValue: Expression? = nil
        ) {
            self.label = label
            self.name = name
            self.type = type
            self.isInout = isInout
            self.defaultValue = defaultValue
        }
    }
}
