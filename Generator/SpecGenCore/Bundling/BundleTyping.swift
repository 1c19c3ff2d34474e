/// Types the scalars of the merged tree for a standard OpenAPI document.
///
/// OpenAPI's own fields are strings unless the specification says otherwise, so a plain scalar there is a
/// string whatever it looks like (`version: 1.0` stays "1.0", `type: [string, null]` names the null type).
/// Free-form values (`example`, `default`, `enum`, `const`, an example's `value`, vendor extensions) are
/// typed by the YAML 1.2 core schema, and so are the few numeric and boolean fields (`minimum`, `required:
/// true`, `additionalProperties: false`). Quoted scalars are always strings.
enum BundleTyping {
    /// Where a node sits.
    enum Context {
        /// An OpenAPI or JSON Schema object: scalars are strings unless their key says otherwise.
        case structural
        /// A map whose keys are names (paths, properties, responses): every value is structural.
        case names
        /// Free-form data: scalars typed by the core schema.
        case free
        /// A server's `variables` map: every value is a variable object.
        case variables
        /// Inside a server variable: every scalar is a string, as OpenAPI requires.
        case strings
    }

    /// Keys whose values are free-form data.
    static let freeKeys: Set<String> = ["example", "default", "enum", "const", "value"]

    /// Keys whose scalar values are numbers or booleans.
    static let typedKeys: Set<String> = [
        "required", "deprecated", "allowEmptyValue", "explode", "allowReserved", "nullable", "readOnly", "writeOnly",
        "uniqueItems", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "items", "minimum",
        "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "minItems",
        "maxItems", "minProperties", "maxProperties", "minContains", "maxContains",
    ]

    /// Keys whose mapping values are keyed by names.
    static let nameMapKeys: Set<String> = [
        "paths", "webhooks", "schemas", "responses", "parameters", "examples", "requestBodies", "headers",
        "securitySchemes", "links", "callbacks", "pathItems", "content", "encoding", "properties",
        "patternProperties", "$defs", "dependentSchemas", "mapping", "scopes",
    ]

    /// The bundled value of a node in a context.
    static func value(_ node: YAMLNode, in context: Context) -> BundleValue {
        switch node.content {
        case .scalar(let text, _):
            switch context {
            case .structural, .names, .variables, .strings: return .string(text)
            case .free: return Self.typed(node)
            }
        case .sequence(let items):
            let itemContext: Context = context == .names || context == .variables ? .structural : context
            return .array(items.map { Self.value($0, in: itemContext) })
        case .mapping(let pairs):
            return .object(
                pairs.map { pair in
                    let key = pair.key.scalarValue ?? ""
                    return (key, Self.value(pair.value, in: Self.context(ofValueFor: key, value: pair.value, in: context)))
                })
        }
    }

    private static func context(ofValueFor key: String, value: YAMLNode, in context: Context) -> Context {
        switch context {
        case .free, .strings:
            return context
        case .names:
            return .structural
        case .variables:
            return .strings
        case .structural:
            if key.hasPrefix("x-") || Self.freeKeys.contains(key) { return .free }
            if key == "variables" && value.pairs != nil { return .variables }
            if Self.typedKeys.contains(key), case .scalar = value.content { return .free }
            if key == "examples", value.items != nil { return .free }
            if Self.nameMapKeys.contains(key), value.pairs != nil { return .names }
            return .structural
        }
    }

    /// A scalar typed by the YAML 1.2 core schema.
    static func typed(_ node: YAMLNode) -> BundleValue {
        switch node.resolvedScalar {
        case .null: .null
        case .bool(let value): .bool(value)
        case .int(let value): .int(value)
        case .double(let value): value.isFinite ? .double(value) : .string(node.scalarValue ?? "")
        case .string(let value): .string(value)
        }
    }
}
