import CloudTestSupport

/// Why a request's parameters are refused: what the vendor's error names and says.
public struct ParameterProblem: Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: Sendable, Hashable {
        /// A required parameter is absent.
        case missing
        /// A value does not fit the spec (type, enum, list shape, JSON text).
        case invalid
    }

    /// What is wrong.
    public var kind: Kind
    /// The parameter as it appears on the wire, e.g. `Filter.1.Value.2` or `page_size`.
    public var parameter: String
    /// Why the value is refused; empty for a missing parameter.
    public var reason: String

    /// Creates a problem.
    public init(_ kind: Kind, _ parameter: String, reason: String = "") {
        self.kind = kind
        self.parameter = parameter
        self.reason = reason
    }

    /// `missing ClusterId` or `invalid page_size: expected an integer, got "ten"`.
    public var description: String {
        switch self.kind {
        case .missing: "missing \(self.parameter)"
        case .invalid: "invalid \(self.parameter): \(self.reason)"
        }
    }

    /// The vendor-shaped answer for this problem.
    func response(_ shape: VendorErrorShape, requestID: String) -> MockResponse {
        switch self.kind {
        case .missing: shape.missingParameter(self.parameter, requestID: requestID)
        case .invalid: shape.invalidParameter(self.parameter, reason: self.reason, requestID: requestID)
        }
    }
}
