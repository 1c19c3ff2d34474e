import CloudRuntime
import Testing

/// A parameter of the wrong type names the type in words, as `--help` does.
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
}
