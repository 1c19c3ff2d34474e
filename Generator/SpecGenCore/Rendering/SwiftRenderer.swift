/// Turns SwiftIR into source text: 4-space indentation, stable layout, one trailing newline.
/// This is the only code that produces Swift text.
public struct SwiftRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The text of a whole file.
    public func render(_ file: SwiftFile) -> String {
        var writer = CodeWriter()
        for line in file.header { writer.line(line.isEmpty ? "//" : "// \(line)") }
        if !file.header.isEmpty { writer.blankLine() }
        for module in file.imports {
            writer.line((module.attributes + ["import", module.module]).joined(separator: " "))
        }
        if !file.imports.isEmpty { writer.blankLine() }
        for declaration in file.declarations {
            self.write(declaration, to: &writer)
            writer.blankLine()
        }
        return writer.text
    }

    /// The text of one declaration (snippet tests, diagnostics).
    public func render(_ declaration: Declaration) -> String {
        var writer = CodeWriter()
        self.write(declaration, to: &writer)
        return writer.text
    }

    // MARK: - Declarations

    func write(_ declaration: Declaration, to writer: inout CodeWriter) {
        switch declaration {
        case .documented(let comment, let inner):
            for line in comment.lines { writer.line(line.isEmpty ? "///" : "/// \(line)") }
            self.write(inner, to: &writer)
        case .extension(let decl):
            self.writeBlock(
                "extension \(decl.extendedType)\(self.conformances(decl.conformances))", decl.members, to: &writer)
        case .struct(let decl):
            self.writeBlock(
                "\(self.access(decl.access))struct \(decl.name)\(self.conformances(decl.conformances))", decl.members,
                to: &writer)
        case .enum(let decl):
            self.writeEnum(decl, to: &writer)
        case .variable(let decl):
            self.writeVariable(decl, to: &writer)
        case .function(let decl):
            self.writeFunction(decl, to: &writer)
        case .typeAlias(let access, let name, let type):
            writer.line("\(self.access(access))typealias \(name) = \(self.type(type))")
        }
    }

    private func writeBlock(_ opening: String, _ members: [Declaration], to writer: inout CodeWriter) {
        guard !members.isEmpty else {
            writer.line("\(opening) {}")
            return
        }
        writer.line("\(opening) {")
        writer.indented { writer in
            var previousWasVariable = false
            for (index, member) in members.enumerated() {
                let isVariable = member.isVariable
                if index > 0, !(isVariable && previousWasVariable) { writer.blankLine() }
                self.write(member, to: &writer)
                previousWasVariable = isVariable
            }
        }
        writer.line("}")
    }

    private func writeEnum(_ decl: EnumDeclaration, to writer: inout CodeWriter) {
        let opening = "\(self.access(decl.access))enum \(decl.name)\(self.conformances(decl.conformances))"
        guard !decl.cases.isEmpty else {
            writer.line("\(opening) {}")
            return
        }
        writer.line("\(opening) {")
        writer.indented { writer in
            for enumCase in decl.cases {
                if let raw = enumCase.rawValue {
                    writer.line("case \(enumCase.name) = \(Self.stringLiteral(raw))")
                } else {
                    writer.line("case \(enumCase.name)")
                }
            }
            for member in decl.members {
                writer.blankLine()
                self.write(member, to: &writer)
            }
        }
        writer.line("}")
    }

    private func writeVariable(_ decl: VariableDeclaration, to writer: inout CodeWriter) {
        var prefix = decl.attributes.map { "\($0) " }.joined() + self.access(decl.access)
        if decl.isStatic { prefix += "static " }
        prefix += decl.isMutable ? "var " : "let "
        prefix += decl.name
        if let type = decl.type { prefix += ": \(self.type(type))" }
        guard let value = decl.value else {
            writer.line(prefix)
            return
        }
        self.writeExpression(value, prefix: prefix + " = ", suffix: "", to: &writer)
    }

    private func writeFunction(_ decl: FunctionDeclaration, to writer: inout CodeWriter) {
        let name: String
        switch decl.kind {
        case .initializer: name = "init"
        case .function(let function): name = "func \(function)"
        }
        for attribute in decl.attributes { writer.line(attribute) }
        let head = self.access(decl.access) + name
        var effects = ""
        if decl.isAsync { effects += " async" }
        if decl.isThrowing { effects += " throws" }
        if let returnType = decl.returnType { effects += " -> \(self.type(returnType))" }
        let parameters = decl.parameters.map(self.parameter)
        let single = "\(head)(\(parameters.joined(separator: ", ")))\(effects) {"
        let body = decl.body
        if writer.indentWidth + single.count <= CodeWriter.lineLimit || parameters.isEmpty {
            if body.isEmpty {
                writer.line(String(single.dropLast()) + "{}")
                return
            }
            writer.line(single)
        } else {
            writer.line("\(head)(")
            writer.indented { writer in
                for (index, parameter) in parameters.enumerated() {
                    writer.line(parameter + (index < parameters.count - 1 ? "," : ""))
                }
            }
            writer.line(")\(effects) {" + (body.isEmpty ? "}" : ""))
            if body.isEmpty { return }
        }
        writer.indented { writer in
            for statement in body { self.writeStatement(statement, to: &writer) }
        }
        writer.line("}")
    }

    private func parameter(_ parameter: FunctionDeclaration.Parameter) -> String {
        var text = parameter.label.map { "\($0) " } ?? ""
        text += "\(parameter.name): "
        if parameter.isInout { text += "inout " }
        text += self.type(parameter.type)
        if let value = parameter.defaultValue { text += " = \(self.expression(value))" }
        return text
    }

    // MARK: - Statements and expressions

    private func writeStatement(_ statement: Statement, to writer: inout CodeWriter) {
        switch statement {
        case .expression(let expression):
            self.writeExpression(expression, prefix: "", suffix: "", to: &writer)
        case .assignment(let target, let value):
            self.writeExpression(value, prefix: "\(self.expression(target)) = ", suffix: "", to: &writer)
        case .binding(let name, let isMutable, let value):
            self.writeExpression(value, prefix: "\(isMutable ? "var" : "let") \(name) = ", suffix: "", to: &writer)
        }
    }

    /// Writes `prefix + expression + suffix`, splitting the outermost call's arguments (or array
    /// literal's elements) one per line when the single line would be too long.
    private func writeExpression(_ expression: Expression, prefix: String, suffix: String, to writer: inout CodeWriter)
    {
        let single = prefix + self.expression(expression) + suffix
        var effects = ""
        var core = expression
        while true {
            if case .try(let inner) = core {
                effects += "try "
                core = inner
            } else if case .await(let inner) = core {
                effects += "await "
                core = inner
            } else {
                break
            }
        }
        guard writer.indentWidth + single.count > CodeWriter.lineLimit else {
            writer.line(single)
            return
        }
        if case .array(let elements) = core, !elements.isEmpty {
            writer.line(prefix + effects + "[")
            writer.indented { writer in
                for element in elements {
                    self.writeExpression(element, prefix: "", suffix: ",", to: &writer)
                }
            }
            writer.line("]" + suffix)
            return
        }
        if case .dictionary(let elements) = core, !elements.isEmpty {
            writer.line(prefix + effects + "[")
            writer.indented { writer in
                for element in elements {
                    self.writeExpression(
                        element.value, prefix: self.expression(element.key) + ": ", suffix: ",", to: &writer)
                }
            }
            writer.line("]" + suffix)
            return
        }
        guard case .call(let callee, let arguments) = core, !arguments.isEmpty else {
            writer.line(single)
            return
        }
        writer.line(prefix + effects + self.expression(callee) + "(")
        writer.indented { writer in
            for (index, argument) in arguments.enumerated() {
                let label = argument.label.map { "\($0): " } ?? ""
                let comma = index < arguments.count - 1 ? "," : ""
                self.writeExpression(argument.value, prefix: label, suffix: comma, to: &writer)
            }
        }
        writer.line(")" + suffix)
    }

    /// One-line text of an expression.
    func expression(_ expression: Expression) -> String {
        switch expression {
        case .identifier(let name): return name
        case .string(let value): return Self.stringLiteral(value)
        case .integer(let value): return String(value)
        case .boolean(let value): return value ? "true" : "false"
        case .nil: return "nil"
        case .member(let base, let name): return "\(self.expression(base)).\(name)"
        case .dot(let name): return ".\(name)"
        case .call(let callee, let arguments):
            let list = arguments.map { argument in
                (argument.label.map { "\($0): " } ?? "") + self.expression(argument.value)
            }
            return "\(self.expression(callee))(\(list.joined(separator: ", ")))"
        case .try(let inner): return "try \(self.expression(inner))"
        case .await(let inner): return "await \(self.expression(inner))"
        case .array(let elements): return "[\(elements.map(self.expression).joined(separator: ", "))]"
        case .dictionary(let elements):
            guard !elements.isEmpty else { return "[:]" }
            let pairs = elements.map { "\(self.expression($0.key)): \(self.expression($0.value))" }
            return "[\(pairs.joined(separator: ", "))]"
        case .metatype(let type): return "\(self.type(type)).self"
        case .closure(let body): return "{ \(self.expression(body)) }"
        }
    }

    /// Source text of a type.
    func type(_ type: TypeName) -> String {
        switch type {
        case .named(let name): return name
        case .array(let element): return "[\(self.type(element))]"
        case .optional(let wrapped): return "\(self.type(wrapped))?"
        case .existential(let name): return "any \(name)"
        }
    }

    private func access(_ access: AccessModifier?) -> String {
        access.map { "\($0.rawValue) " } ?? ""
    }

    private func conformances(_ list: [String]) -> String {
        list.isEmpty ? "" : ": " + list.joined(separator: ", ")
    }

    /// A double-quoted literal with `\`, `"` and control characters escaped.
    static func stringLiteral(_ value: String) -> String {
        var text = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": text += "\\\\"
            case "\"": text += "\\\""
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    text += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        return text + "\""
    }
}

extension Declaration {
    fileprivate var isVariable: Bool {
        switch self {
        case .variable: true
        case .documented(_, let inner): inner.isVariable
        default: false
        }
    }
}
