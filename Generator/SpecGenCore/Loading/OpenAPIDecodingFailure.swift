import Foundation
import OpenAPIKit
import OpenAPIKitCore

/// An error thrown while OpenAPIKit decodes the merged tree, explained and placed on its node.
///
/// OpenAPIKit wraps errors in layers: an `Either` that failed both ways ("Found neither a $ref nor a
/// Parameter"), inside the error of the enclosing path item, inside the document's. The layer that names
/// the actual mistake is the deepest one, so the failure digs to the leaf error with the longest coding path
/// (skipping the "$ref" branch of every `Either`) and explains that one.
struct OpenAPIDecodingFailure {
    let message: String
    let codingPath: [any CodingKey]

    init(_ error: any Swift.Error) {
        let leaf = Self.deepestLeaf(in: error, depth: 0)
        switch leaf {
        case let decodingError as DecodingError:
            let failure = YAMLDecodingFailure(decodingError)
            self.message = failure.message
            self.codingPath = failure.codingKeys
        default:
            let wrapped = OpenAPI.Error(from: leaf ?? error)
            self.message = Self.clean(wrapped.localizedDescription)
            self.codingPath = wrapped.codingPath
        }
    }

    func diagnostic(root: YAMLNode) -> Diagnostic {
        let node = root.follow(self.codingPath).node
        // OpenAPIKit reports a key it does not know as a vendor extension without the `x-` prefix, on the
        // mapping; the key itself is the better place.
        let marker = "Invalid properties: [ "
        if let range = self.message.range(of: marker), let end = self.message.range(of: " ]", range: range.upperBound..<self.message.endIndex) {
            let keys = self.message[range.upperBound..<end.lowerBound].components(separatedBy: ", ")
            let first = keys.compactMap { node.pair(for: $0) }.min { $0.key.location < $1.key.location }
            let list = keys.map { "'\($0)'" }.joined(separator: ", ")
            let noun = keys.count == 1 ? "key" : "keys"
            return .error("unknown \(noun) \(list) (vendor extensions start with 'x-')", at: first?.key.location ?? node.location)
        }
        return .error(self.message, at: node.location)
    }

    /// The leaf error under `error` with the longest coding path; the first one on a tie.
    private static func deepestLeaf(in error: any Swift.Error, depth: Int) -> (any Swift.Error)? {
        guard depth < 64 else { return error }
        let children = Self.nestedErrors(of: error)
        guard !children.isEmpty else { return error }
        var best: (any Swift.Error)?
        var bestLength = -1
        for child in children {
            guard let leaf = Self.deepestLeaf(in: child, depth: depth + 1) else { continue }
            let length = Self.codingPath(of: leaf).count
            if length > bestLength {
                best = leaf
                bestLength = length
            }
        }
        return best
    }

    /// The errors wrapped by `error`, found by reflection because OpenAPIKit keeps them in private contexts.
    private static func nestedErrors(of error: any Swift.Error) -> [any Swift.Error] {
        if let either = error as? EitherDecodeNoTypesMatchedError {
            let failures = either.individualTypeFailures
            let nonReference = failures.filter { !String(describing: $0.type).contains("Reference") }
            return (nonReference.isEmpty ? failures : nonReference).map(\.error)
        }
        if let decodingError = error as? DecodingError {
            return Self.context(of: decodingError)?.underlyingError.map { [$0] } ?? []
        }
        var found: [any Swift.Error] = []
        Self.collectErrors(in: error, into: &found, depth: 0)
        return found
    }

    private static func collectErrors(in value: Any, into found: inout [any Swift.Error], depth: Int) {
        guard depth < 6 else { return }
        for child in Mirror(reflecting: value).children {
            if let nested = child.value as? any Swift.Error, Self.isWrapper(nested) || nested is DecodingError {
                found.append(nested)
            } else if Mirror(reflecting: child.value).displayStyle == .enum
                || Mirror(reflecting: child.value).displayStyle == .tuple
            {
                Self.collectErrors(in: child.value, into: &found, depth: depth + 1)
            }
        }
    }

    private static func isWrapper(_ error: any Swift.Error) -> Bool {
        error is EitherDecodeNoTypesMatchedError || error is any OpenAPIError || error is GenericError
            || error is OpenAPI.Error
    }

    private static func codingPath(of error: any Swift.Error) -> [any CodingKey] {
        if let decodingError = error as? DecodingError, let context = Self.context(of: decodingError) {
            return context.codingPath
        }
        return OpenAPI.Error(from: error).codingPath
    }

    private static func context(of error: DecodingError) -> DecodingError.Context? {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            context
        @unknown default:
            nil
        }
    }

    /// Drops markdown emphasis and the trailing period: every diagnostic message ends without one.
    private static func clean(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
        let problem = "Problem encountered when parsing `"
        if text.hasPrefix(problem), let close = text.range(of: "`: ", range: text.index(text.startIndex, offsetBy: problem.count)..<text.endIndex) {
            let subject = text[text.index(text.startIndex, offsetBy: problem.count)..<close.lowerBound]
            text = "'\(subject)': " + text[close.upperBound...]
        }
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
