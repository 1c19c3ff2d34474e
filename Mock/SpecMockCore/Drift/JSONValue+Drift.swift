import CloudRuntime
import SpecGenCore

extension JSONValue {
    /// The JSON type a decoder observes: `integer` for a number with an integral value, else
    /// `number`; `string`, `boolean`, `object`, `array` or `null` for the others.
    var observedType: JSONType {
        switch self {
        case .null: .null
        case .bool: .boolean
        case .number(let value): value.isFinite && value.rounded() == value ? .integer : .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }

    /// Whether the value is of the declared scalar type: an integral number for `integer`, any
    /// number for `number` (an integer literal is a valid number), a boolean for `boolean`.
    func matches(_ declared: JSONType) -> Bool {
        switch (declared, self) {
        case (.integer, .number): self.observedType == .integer
        case (.number, .number), (.boolean, .bool), (.string, .string): true
        default: false
        }
    }

    /// The literal of a number or boolean as JSON writes it (`5`, `1.5`, `true`); nil for other values.
    var scalarLiteral: String? {
        switch self {
        case .bool(let value): return value ? "true" : "false"
        case .number(let value):
            if let integer = Int64(exactly: value) { return String(integer) }
            return value.description
        default: return nil
        }
    }
}

/// One step to a concrete place in a JSON value: a member by name or a list element by index.
enum JSONLocationStep: Hashable, Sendable {
    /// A member of an object.
    case member(String)
    /// An element of a list.
    case index(Int)
}

extension JSONValue {
    /// Changes the value at `location`; nothing happens when the location does not exist.
    mutating func update(at location: some Collection<JSONLocationStep>, _ change: (inout JSONValue) -> Void) {
        guard let step = location.first else {
            change(&self)
            return
        }
        let rest = location.dropFirst()
        switch (step, self) {
        case (.member(let name), .object(var members)) where members[name] != nil:
            members[name]?.update(at: rest, change)
            self = .object(members)
        case (.index(let index), .array(var elements)) where elements.indices.contains(index):
            elements[index].update(at: rest, change)
            self = .array(elements)
        default:
            return
        }
    }
}
