import Foundation
import Testing

@_spi(Generated) @testable import CloudRuntime

/// A parameter of the wrong type names the type in words, as `--help` does, and repeats the value
/// unless it is a secret.
@Suite struct OperationParameterErrorTests {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { self.stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    @Test(arguments: [
        (Int32.self as Any.Type, "an integer"), (Int64.self, "an integer"), (Double.self, "a number"),
        (Bool.self, "true or false"), (String.self, "text"), ([String].self, "a list"),
    ])
    func typesAreNamedInWords(type: Any.Type, words: String) {
        let context = DecodingError.Context(codingPath: [Key("MaxResults")], debugDescription: "")
        let error = OperationParameterError(
            operation: "DescribeCluster", decoding: DecodingError.typeMismatch(type, context))
        #expect(error.parameter == "MaxResults")
        #expect(error.reason == "has the wrong type: expected \(words)")
    }

    private struct Request: Decodable {
        var size: Int32?
        var pin: Int32?
        var config: Config?

        struct Config: Decodable {
            var depth: Int32?
        }
    }

    private static let parameters = [
        OperationParameter(name: "size", location: .query, type: "integer"),
        OperationParameter(name: "pin", location: .query, type: "integer", isSecret: true),
        OperationParameter(name: "config", location: .body, type: "object (Config)"),
    ]

    private func reason(_ json: String) -> String? {
        do {
            _ = try OperationParameters.decode(
                Request.self, from: Data(json.utf8), operation: "Op", parameters: Self.parameters)
            return nil
        } catch {
            return (error as? OperationParameterError)?.reason
        }
    }

    @Test func theWrongValueIsRepeatedUnlessItIsASecret() {
        #expect(self.reason(#"{"size": "large"}"#) == #"has the wrong type: expected an integer, not "large""#)
        #expect(self.reason(#"{"size": [1, 2]}"#) == "has the wrong type: expected an integer, not [1,2]")
        #expect(self.reason(#"{"pin": "1234x"}"#) == "has the wrong type: expected an integer")
        // Inside an object only the path is named: a member there may be a secret the list does not know.
        #expect(self.reason(#"{"config": {"depth": "deep"}}"#) == "has the wrong type: expected an integer")
        let long = String(repeating: "x", count: 100)
        #expect(
            self.reason(#"{"size": "\#(long)"}"#)
                == "has the wrong type: expected an integer, not \"\(String(repeating: "x", count: 58))…")
    }
}
