import Foundation

/// Lists read element by element, so that an element that cannot be read is dropped (and
/// recorded) rather than costing the whole list.
protocol TolerantListDecoding {
    /// Reads the decoder's current value, a JSON list.
    init(elementsOf decoder: TolerantDecoder) throws
}

extension Array: TolerantListDecoding where Element: Decodable {
    init(elementsOf decoder: TolerantDecoder) throws {
        let list = decoder.current
        let count = Int(decoder.nodes[list].length)
        var elements: [Element] = []
        elements.reserveCapacity(count)
        var node = list + 1
        for position in 0..<count {
            let next = Int(decoder.nodes[node].next)
            defer { node = next }
            if decoder.nodes[node].kind == .null, Element.self != JSONValue.self {
                try decoder.record(
                    .unexpectedNull, declared: DeclaredType.name(of: Element.self), observed: "null",
                    at: .element(position))
                continue
            }
            do {
                elements.append(try decoder.decodeChild(Element.self, at: node, step: .element(position)))
            } catch is UnreadableValue {
                continue
            }
        }
        self = elements
    }
}

/// Types with an empty value that stands in for a missing required member: a missing list is
/// read as no elements.
protocol EmptyDecodable {
    static var emptyValue: Self { get }
}

extension Array: EmptyDecodable {
    static var emptyValue: [Element] { [] }
}

/// The JSON type a Swift type stands for, as drift records name it.
enum DeclaredType {
    static func name(of type: Any.Type) -> String? {
        switch type {
        case is String.Type, is Substring.Type, is Date.Type, is Timestamp.Type, is any ExtensibleEnum.Type: "string"
        case is Bool.Type: "boolean"
        case is Double.Type, is Float.Type: "number"
        case is any FixedWidthInteger.Type: "integer"
        case is JSONValue.Type: nil
        case is any TolerantListDecoding.Type: "array"
        default: "object"
        }
    }
}
