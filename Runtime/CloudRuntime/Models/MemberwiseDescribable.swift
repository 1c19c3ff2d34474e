import Foundation

/// A generated structure that prints by its Swift member names, as `print`, string interpolation and
/// the debugger's `po` show it: `ClusterDetail(clusterID: "c1", name: "web", state: running)`.
///
/// Members without a value are left out, a boxed member shows its value, a secret stays `<redacted>`,
/// and members the spec does not document follow as `undocumentedFields: {"extra":1}`. The storage
/// of property wrappers (`_name`) never shows.
public protocol MemberwiseDescribable: CustomStringConvertible, CustomDebugStringConvertible {}

extension MemberwiseDescribable {
    /// The type's name and its members with values, by Swift name.
    public var description: String { MemberwiseDescription.text(of: self) }

    /// The same as ``description``.
    public var debugDescription: String { self.description }
}

/// A member wrapper that decides how its value is described.
protocol DescribedMember {
    /// The member's text; nil when it has no value.
    var memberText: String? { get }
}

/// The text ``MemberwiseDescribable`` types print.
enum MemberwiseDescription {
    /// `TypeName(member: value, …)` for the stored members of a value.
    static func text(of value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        var members: [String] = []
        for child in mirror.children {
            guard var label = child.label, let shown = self.shown(child.value) else { continue }
            if label.hasPrefix("_") { label.removeFirst() }
            members.append("\(label): \(shown)")
        }
        return "\(mirror.subjectType)(\(members.joined(separator: ", ")))"
    }

    /// A member's text, optionals and wrappers unwrapped; nil when it has no value.
    static func shown(_ value: Any) -> String? {
        if let member = value as? any DescribedMember {
            return member.memberText
        }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            return mirror.children.first.flatMap { self.shown($0.value) }
        }
        if let fields = value as? UndocumentedFields {
            return fields.isEmpty ? nil : fields.description
        }
        return String(reflecting: value)
    }

    /// Whether a value is an optional holding nothing.
    static func isNone(_ value: Any) -> Bool {
        let mirror = Mirror(reflecting: value)
        return mirror.displayStyle == .optional && mirror.children.isEmpty
    }
}
