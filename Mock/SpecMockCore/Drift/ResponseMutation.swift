/// One way ``ResponseMutator`` makes an answer drift from its spec, as real servers do.
///
/// Each kind changes only what it names and reports each change as the `ResponseDrift` record a
/// tolerant client reports for it. On the command line a kind is written by its ``rawValue``
/// (`--fault drift=strings+fields`).
public enum ResponseMutation: String, CaseIterable, Comparable, Sendable, Hashable {
    /// Every integer, number and boolean whose field declares that type (and does not also allow a
    /// string) is sent as a JSON string of the same literal: `5` → `"5"`, `true` → `"true"`.
    /// Reported as `coerced-type`.
    case stringifiedScalars = "strings"
    /// Every described object (the top-level response object, structures, list elements) gets one
    /// member the spec does not name, `specmock_undocumented`, whose JSON type varies from object
    /// to object. Reported as `unknown-field`.
    case undocumentedFields = "fields"
    /// Every optional field absent from a described object is sent as `null`. Reported as
    /// `unexpected-null` unless the spec allows null for the field. Free-form fields are left out.
    case nullOptionalFields = "nulls"
    /// One required member is removed: the first in declaration order of the outermost object that
    /// holds one. Reported as `missing-required-field`; no change when the answer has none.
    case missingRequiredField = "missing"
    /// Every string-enum value is replaced by one the enum does not list (`SpecMockUnlisted`).
    /// Reported as `unknown-enum-value`.
    case unknownEnumValue = "enums"

    /// Orders kinds as declared, which is also the order they are written in.
    public static func < (lhs: ResponseMutation, rhs: ResponseMutation) -> Bool {
        Self.allCases.firstIndex(of: lhs)! < Self.allCases.firstIndex(of: rhs)!
    }

    /// Every kind.
    public static let all = Set(Self.allCases)

    /// The kinds written for the command line, e.g. `strings+fields`, in declaration order.
    /// - Parameter mutations: The kinds.
    /// - Returns: Their names joined by `+`.
    public static func names(_ mutations: Set<ResponseMutation>) -> String {
        mutations.sorted().map(\.rawValue).joined(separator: "+")
    }
}
