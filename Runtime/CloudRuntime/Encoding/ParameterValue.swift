/// A scalar that can be sent as one query, form or path parameter value.
///
/// `String`, `Bool` (`true`/`false`), the integer types, `Double` and every ``ExtensibleEnum``
/// conform. The text is unencoded; `PercentEncoding` encodes it on the way out.
public protocol ParameterValue: Sendable {
    /// The unencoded text sent for the value.
    @_spi(Generated) var parameterText: String { get }
}

extension String: ParameterValue {
    /// The string itself.
    @_spi(Generated) public var parameterText: String { self }
}

extension Bool: ParameterValue {
    /// `true` or `false`.
    @_spi(Generated) public var parameterText: String { self ? "true" : "false" }
}

extension Int: ParameterValue {
    /// Decimal digits.
    @_spi(Generated) public var parameterText: String { String(self) }
}

extension Int32: ParameterValue {
    /// Decimal digits.
    @_spi(Generated) public var parameterText: String { String(self) }
}

extension Int64: ParameterValue {
    /// Decimal digits.
    @_spi(Generated) public var parameterText: String { String(self) }
}

extension Double: ParameterValue {
    /// Integral values without a fraction (`3`, as servers parsing integers expect), others in Swift's shortest form (`0.5`).
    @_spi(Generated) public var parameterText: String {
        if self.rounded() == self, abs(self) < 1e15 {
            return String(Int64(self))
        }
        return String(self)
    }
}

extension ExtensibleEnum {
    /// The raw value.
    @_spi(Generated) public var parameterText: String { self.rawValue }
}
