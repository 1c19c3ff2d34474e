import CloudRuntime
import Foundation

extension JSONValue {
    /// The member of an object; setting one on a non-object turns it into an object.
    subscript(member key: String) -> JSONValue? {
        get {
            guard case .object(let members) = self else { return nil }
            return members[key]
        }
        set {
            var members: [String: JSONValue] = [:]
            if case .object(let existing) = self { members = existing }
            members[key] = newValue
            self = .object(members)
        }
    }

    /// The first element of the array member `key`, when there is one (a list example's template item).
    func firstElement(of key: String) -> JSONValue? {
        guard case .array(let elements)? = self[member: key] else { return nil }
        return elements.first
    }

    /// The text, when this is a string.
    var text: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    /// Compact JSON text with sorted keys.
    var jsonText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A JSONValue holds only JSON; encoding fails only for non-finite numbers, which parsing never yields.
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Parses JSON text; nil when it is not JSON.
    static func parsing(_ text: String) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }
}
