import Foundation

/// One result line: a flat JSON object written to standard output.
///
/// Keys are sorted so that the output of two runs compares line by line.
struct JSONLine {
    /// The fields of the line.
    var fields: [String: JSONLineValue]

    /// Writes the line to standard output.
    func emit() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self.fields), let text = String(data: data, encoding: .utf8) else {
            FileHandle.standardError.write(Data("error: could not encode a result line\n".utf8))
            return
        }
        print(text)
    }
}

/// A value in a ``JSONLine``.
enum JSONLineValue: Encodable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case string(String)
    case int(Int)
    case double(Double)
    case doubles([Double])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .doubles(let value): try container.encode(value)
        }
    }
}
