import Foundation

/// `--query`: selects part of an answer with a small subset of JMESPath, so that a script reads one
/// value without another tool.
///
/// | Form | Selects |
/// |------|---------|
/// | `page_info.total_count` | a member of a member |
/// | `"x-acs-id"` | a member whose name is not an identifier |
/// | `clusters[0]`, `clusters[-1]` | an element by position, from the end when negative |
/// | `clusters[*].name` | the rest of the expression for each element (a projection) |
/// | `clusters[].name` | the same, after flattening nested lists one level |
/// | `clusters[?state=='running'].cluster_id` | a projection over the elements whose member equals a value |
/// | `clusters[?size!=\`3\`]` | … or differs from it; `'text'` is text, `` `json` `` any JSON value |
///
/// As in JMESPath, a missing member or element is `null`, a projection leaves out the elements for
/// which the rest of the expression is `null`, and `[]` ends the projections before it
/// (`clusters[].tags[].key` is one flat list of keys, `clusters[*].tags[*].key` a list per cluster).
public struct JSONQuery: Sendable, Hashable {
    /// One step of the expression.
    enum Step: Sendable, Hashable {
        /// An object's member.
        case member(String)
        /// A list's element; negative counts from the end.
        case element(Int)
        /// The rest of the steps for each element of a list, keeping only the elements the filter
        /// accepts when there is one (`[*]`, `[?…]`).
        case projection(filter: Filter?)
        /// Ends every projection before it, flattens the list it made by one level, and projects the
        /// rest of the steps over the result (`[]`).
        case flatten
    }

    /// `[?path == literal]` or `[?path != literal]`.
    struct Filter: Sendable, Hashable {
        /// The member path compared, relative to the element.
        var path: [String]
        /// Whether the comparison is `==`.
        var equals: Bool
        /// The literal, as compact JSON text with sorted keys.
        var literal: String
    }

    /// The expression as written.
    public let text: String
    let steps: [Step]

    /// Parses an expression.
    ///
    /// - Parameter text: The expression, e.g. `clusters[?state=='running'].name`.
    /// - Throws: ``UsageError`` naming the column where the expression stops making sense.
    public init(_ text: String) throws(UsageError) {
        var parser = JSONQueryParser(text: text)
        self.text = text
        self.steps = try parser.parse()
    }

    /// The selected value of a JSON value as `JSONSerialization` reads it; `NSNull` for `null`.
    public func select(from value: Any) -> Any {
        let segments = self.steps.split(separator: .flatten, omittingEmptySubsequences: false)
        var current = Self.evaluate(value, segments[0])
        for segment in segments.dropFirst() {
            guard let list = current as? [Any] else { return NSNull() }
            let flattened = list.flatMap { $0 as? [Any] ?? [$0] }
            current = flattened.map { Self.evaluate($0, segment) }.filter { !($0 is NSNull) }
        }
        return current
    }

    private static func evaluate(_ value: Any, _ steps: ArraySlice<Step>) -> Any {
        guard let step = steps.first else { return value }
        let rest = steps.dropFirst()
        switch step {
        case .member(let name):
            let member = (value as? [String: Any])?[name] ?? NSNull()
            return Self.evaluate(member, rest)
        case .element(let position):
            guard let list = value as? [Any] else { return Self.evaluate(NSNull(), rest) }
            let index = position < 0 ? list.count + position : position
            return Self.evaluate(list.indices.contains(index) ? list[index] : NSNull(), rest)
        case .projection(let filter):
            guard var list = value as? [Any] else { return NSNull() }
            if let filter { list = list.filter { Self.accepts($0, filter) } }
            return list.map { Self.evaluate($0, rest) }.filter { !($0 is NSNull) }
        case .flatten:
            return NSNull()  // `select` splits the steps at each flatten
        }
    }

    private static func accepts(_ element: Any, _ filter: Filter) -> Bool {
        let value = Self.evaluate(element, filter.path.map(Step.member)[...])
        return (Self.compactJSON(value) == filter.literal) == filter.equals
    }

    /// Compact JSON text with sorted keys, for comparing values; `null` for what is not JSON.
    static func compactJSON(_ value: Any) -> String {
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed]
        guard JSONSerialization.isValidJSONObject([value]),
            let data = try? JSONSerialization.data(withJSONObject: value, options: options)
        else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
