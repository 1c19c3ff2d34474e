import Foundation

/// Decodes JSON answers into generated types the way clients do: tolerantly, recording each
/// deviation from the spec, or strictly.
///
/// Clients use it for every 2xx body; use it directly to read answers stored earlier. The rules,
/// for a value of a generated type:
/// * a number or boolean sent as a string (`"5"`, `"true"`, `"True"`, `"1"`), a string sent as a
///   number or boolean, the numbers 0 and 1 for a boolean: converted (``ResponseDrift/Kind/coercedType``);
///   a whole number written `5.0` is an integer and no deviation;
/// * `null` reads as absent (``ResponseDrift/Kind/unexpectedNull`` unless the spec allows null);
/// * a missing member the spec requires: its field is nil, or an empty list
///   (``ResponseDrift/Kind/missingRequiredField``);
/// * a value that cannot be read as its type at all (an object where a number is declared): the
///   field is nil, a list element is dropped (``ResponseDrift/Kind/unreadableValue``);
/// * members the spec does not name: kept in the structure's `undocumentedFields`
///   (``ResponseDrift/Kind/unknownField``);
/// * an enumeration value the spec does not list: kept as it is (``ResponseDrift/Kind/unknownEnumValue``);
/// * a date as a number of seconds (or milliseconds) since 1970 or in another RFC 3339 form.
///
/// JSON types the spec lists for a member (`type: [integer, string]`) are read without a record.
///
/// ```swift
/// let (cluster, drift) = try ResponseDecoder().decode(ACK.DescribeClusterDetailResponse.self, from: body)
/// ```
public struct ResponseDecoder: Sendable {
    /// Tolerant (the default) or strict.
    public var mode: DecodingMode

    /// Creates a decoder.
    ///
    /// - Parameter mode: Tolerant (the default) or strict.
    public init(mode: DecodingMode = .tolerant) {
        self.mode = mode
    }

    /// Decodes a JSON body.
    ///
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - body: The JSON text.
    /// - Returns: The value and the deviations found, without service, operation or request ID.
    /// - Throws: `DecodingError.dataCorrupted` when the body is not JSON, or in strict mode at the
    ///   first deviation (its description says which).
    public func decode<T: Decodable>(
        _ type: T.Type, from body: some Collection<UInt8>
    ) throws -> (
        value: T, drift: [ResponseDrift]
    ) {
        do {
            return try self.decodeReportingFailure(type, from: body)
        } catch let failure as JSONSyntaxError {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: [], debugDescription: failure.description, underlyingError: failure))
        } catch let violation as StrictDecodingViolation {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: [], debugDescription: "differs from the spec: \(violation.drift)",
                    underlyingError: violation))
        }
    }

    /// Decodes a JSON body, throwing ``JSONSyntaxError`` or ``StrictDecodingViolation`` as they are.
    func decodeReportingFailure<T: Decodable>(
        _ type: T.Type, from body: some Collection<UInt8>
    ) throws -> (
        value: T, drift: [ResponseDrift]
    ) {
        let isStrict = self.mode == .strict
        let decode = { (bytes: UnsafeBufferPointer<UInt8>) throws -> (T, [ResponseDrift]) in
            var tape = try JSONTape(parsing: bytes)
            return try tape.nodes.withUnsafeMutableBufferPointer { nodes in
                let decoder = TolerantDecoder(bytes: bytes, nodes: nodes, isStrict: isStrict)
                return (try decoder.decodeTopLevel(T.self), decoder.drift.records)
            }
        }
        if let result = try body.withContiguousStorageIfAvailable(decode) { return result }
        return try Array(body).withUnsafeBufferPointer(decode)
    }
}

extension TolerantDecoder {
    /// Decodes the whole body. A body of the wrong JSON type altogether (a list where an object is
    /// declared) is recorded, and the type's empty value is read from `{}` or `[]` instead.
    func decodeTopLevel<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try self.decodeCurrent(T.self)
        } catch is UnreadableValue {
            for substitute in ["{}", "[]"] {
                if let value = try? Self.decodeQuietly(T.self, from: substitute) { return value }
            }
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: [], debugDescription: "the body is \(self.observedType(of: 0)), which no field reads"))
        }
    }

    /// Decodes a stand-in text without recording anything.
    private static func decodeQuietly<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try Array(text.utf8).withUnsafeBufferPointer { bytes in
            var tape = try JSONTape(parsing: bytes)
            return try tape.nodes.withUnsafeMutableBufferPointer { nodes in
                let decoder = TolerantDecoder(bytes: bytes, nodes: nodes, isStrict: false)
                decoder.drift.isMuted = true
                return try decoder.decodeCurrent(T.self)
            }
        }
    }
}
