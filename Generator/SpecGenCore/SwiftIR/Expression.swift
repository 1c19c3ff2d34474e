/// An expression in the Swift subset the generator emits.
public indirect enum Expression: Equatable, Sendable {
    /// A name: `self`, `request`, `ACK.service`.
    case identifier(String)
    /// A string literal; the renderer escapes it.
    case string(String)
    /// An integer literal.
    case integer(Int)
    /// `true` or `false`.
    case boolean(Bool)
    /// `nil`
    case `nil`
    /// `base.member`
    case member(Expression, String)
    /// `.member` (implicit member expression).
    case dot(String)
    /// `callee(label: argument, ...)`
    case call(Expression, [Argument])
    /// `try expression`
    case `try`(Expression)
    /// `await expression`
    case await(Expression)
    /// `[a, b]`
    case array([Expression])
    /// `[key: value, ...]`; `[:]` when empty.
    case dictionary([DictionaryElement])
    /// `Type.self`
    case metatype(TypeName)
    /// `{ body }`: a closure of one expression; the body refers to its arguments as `$0`, `$1`.
    case closure(Expression)

    /// A call argument.
    public struct Argument: Equatable, Sendable {
        /// The label, or nil for an unlabeled argument.
        public var label: String?
        /// The value.
        public var value: Expression

        /// Creates an argument.
        public init(_ label: String?, _ value: Expression) {
            self.label = label
            self.value = value
        }
    }

    /// One `key: value` of a dictionary literal.
    public struct DictionaryElement: Equatable, Sendable {
        /// The key.
        public var key: Expression
        /// The value.
        public var value: Expression

        /// Creates an element.
        public init(_ key: Expression, _ value: Expression) {
            self.key = key
            self.value = value
        }
    }

    /// `self.<name>`
    public static func selfMember(_ name: String) -> Expression {
        .member(.identifier("self"), name)
    }

    /// `base.method(arguments)`
    public func call(_ method: String, _ arguments: [Argument]) -> Expression {
        .call(.member(self, method), arguments)
    }
}

/// A statement in a function body.
public indirect enum Statement: Equatable, Sendable {
    /// An expression on its own line.
    case expression(Expression)
    /// `target = value`
    case assignment(Expression, Expression)
    /// `let name = value` (or `var` when mutable).
    case binding(name: String, isMutable: Bool, value: Expression)
}
