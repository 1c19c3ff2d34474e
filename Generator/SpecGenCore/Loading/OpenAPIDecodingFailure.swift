import Foundation
import OpenAPIKit

/// An error thrown while OpenAPIKit decodes the merged tree, explained and placed on its node.
///
/// OpenAPIKit wraps the decoder's own errors in its own types with a readable text
/// ("Expected `operationId` value in Document.paths['/a'].get to be parsable as String but it was not");
/// its coding path leads to the node, and the text is kept when it says more than ours.
struct OpenAPIDecodingFailure {
    let message: String
    let codingPath: [any CodingKey]

    init(_ error: any Error) {
        let wrapped = OpenAPI.Error(from: error)
        self.codingPath = wrapped.codingPath
        if let decodingError = error as? DecodingError {
            self.message = YAMLDecodingFailure(decodingError).message
        } else {
            self.message = Self.clean(wrapped.localizedDescription)
        }
    }

    func diagnostic(root: YAMLNode) -> Diagnostic {
        .error(self.message, at: root.follow(self.codingPath).node.location)
    }

    /// Drops the trailing period, as every diagnostic message ends without one.
    private static func clean(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
