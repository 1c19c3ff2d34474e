import CloudRuntime
import Foundation

/// The JSON object of wire-named parameters an operation is called with, built from the command line.
///
/// Rules:
/// - A `--Name value` whose value parses as a JSON object, array, number or `true`/`false` is passed
///   as that JSON; a JSON string literal (`'"123"'`) is passed as the string it spells; anything
///   else (including `null`) is passed as the text typed.
/// - `--body` gives a JSON object whose fields are merged in by wire name (an ROA body is flattened
///   into the request's parameters); a `--Name` given on its own wins over the same body field. A
///   JSON array is the whole body of an operation whose body is a list, passed as `body`.
/// - The operation's decoding is typed, so a value typed as a number or boolean for a field that is a
///   string would be refused: ``withStringRetry(_:)`` then passes that value as the text typed and
///   tries again, once per parameter.
public struct ParameterSet: Sendable, Hashable {
    /// One parameter: its JSON text, and the text typed when it came from `--Name value`.
    struct Field: Sendable, Hashable {
        var json: String
        var typed: String?
        var isRetriedAsString = false
    }

    private var fields: [String: Field] = [:]

    /// The parameter holding a whole ROA body that is not an object.
    static let wholeBodyName = "body"

    /// Builds the parameters from `--Name value` arguments and an optional `--body` object.
    ///
    /// - Parameters:
    ///   - parameters: The `--Name value` arguments.
    ///   - body: The body's JSON text, if given.
    /// - Throws: ``UsageError`` when the body is not a JSON object.
    public init(parameters: [Invocation.Parameter], body: String?) throws(UsageError) {
        if let body {
            if let failure = JSONSyntaxCheck.locate(in: body) {
                throw UsageError(
                    "--body is not JSON: line \(failure.line), column \(failure.column): \(failure.reason)")
            }
            let parsed = Self.parseJSON(body)
            if parsed is [Any] {
                // An operation whose whole body is an array takes it as its `body` parameter.
                self.fields[Self.wholeBodyName] = Field(
                    json: body.trimmingCharacters(in: .whitespacesAndNewlines), typed: nil)
            }
            guard let object = parsed as? [String: Any] ?? (parsed is [Any] ? [:] : nil) else {
                throw UsageError("--body must be a JSON object (or an array for an operation whose body is a list)")
            }
            for (name, value) in object {
                guard let json = Self.jsonText(value) else {
                    throw UsageError("--body field '\(name)' cannot be re-encoded as JSON")
                }
                self.fields[name] = Field(json: json, typed: nil)
            }
        }
        for parameter in parameters {
            self.fields[parameter.name] = Field(json: Self.json(forTyped: parameter.value), typed: parameter.value)
        }
    }

    /// The wire names given, on the command line or as fields of `--body`.
    var names: Dictionary<String, Field>.Keys {
        self.fields.keys
    }

    /// The JSON object text, keys sorted.
    public var json: String {
        let members = self.fields.keys.sorted().compactMap { name -> String? in
            guard let field = self.fields[name], let key = Self.jsonText(name) else { return nil }
            return "\(key):\(field.json)"
        }
        return "{" + members.joined(separator: ",") + "}"
    }

    /// The JSON object as bytes.
    public var data: Data {
        Data(self.json.utf8)
    }

    /// Runs `body` with the parameters, and again with a typed value passed as a string each time the
    /// operation refuses that value's type.
    ///
    /// Decoding happens before anything is signed or sent, so a retry never repeats a request.
    ///
    /// - Parameter body: Calls the operation with the parameters' JSON.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws when no retry applies.
    public func withStringRetry<T>(_ body: (Data) async throws -> T) async throws -> T {
        var current = self
        while true {
            do {
                return try await body(current.data)
            } catch let error as OperationParameterError {
                guard let retried = current.retryingAsString(after: error) else { throw error }
                current = retried
            }
        }
    }

    /// The parameters with the refused field passed as the text typed, or nil when the rule does not apply.
    func retryingAsString(after error: OperationParameterError) -> ParameterSet? {
        // Only a type refusal is retried, and only once per parameter, so the loop always ends.
        guard error.reason.hasPrefix("has the wrong type"),
            var field = self.fields[error.parameter], let typed = field.typed, !field.isRetriedAsString,
            let text = Self.jsonText(typed)
        else { return nil }
        field.json = text
        field.isRetriedAsString = true
        var copy = self
        copy.fields[error.parameter] = field
        return copy
    }

    /// The JSON for a typed value, following the rules above.
    static func json(forTyped value: String) -> String {
        let parsed = Self.parseJSON(value)
        if parsed is [String: Any] || parsed is [Any] || parsed is NSNumber || parsed is Bool || parsed is Int
            || parsed is Double
        {
            return value.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let string = parsed as? String, let text = Self.jsonText(string) { return text }
        return Self.jsonText(value) ?? "\"\""
    }

    private static func parseJSON(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    private static func jsonText(_ value: Any) -> String? {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes])
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
