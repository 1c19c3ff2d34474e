/// Scalar resolution by target type, shared by the three container kinds.
extension YAMLNode {
    /// Decodes a scalar as `T` when `T` is a primitive; nil when `T` is not one (decode it as a `Decodable`).
    func primitive<T>(_ type: T.Type, codingPath: [any CodingKey]) throws -> T? {
        switch type {
        case is String.Type: return try self.decodeString(codingPath) as? T
        case is Bool.Type: return try self.decodeBool(codingPath) as? T
        case is Double.Type: return try self.decodeDouble(codingPath) as? T
        case is Float.Type: return Float(try self.decodeDouble(codingPath)) as? T
        case is Int.Type: return try self.decodeInteger(Int.self, codingPath) as? T
        case is Int8.Type: return try self.decodeInteger(Int8.self, codingPath) as? T
        case is Int16.Type: return try self.decodeInteger(Int16.self, codingPath) as? T
        case is Int32.Type: return try self.decodeInteger(Int32.self, codingPath) as? T
        case is Int64.Type: return try self.decodeInteger(Int64.self, codingPath) as? T
        case is UInt.Type: return try self.decodeInteger(UInt.self, codingPath) as? T
        case is UInt8.Type: return try self.decodeInteger(UInt8.self, codingPath) as? T
        case is UInt16.Type: return try self.decodeInteger(UInt16.self, codingPath) as? T
        case is UInt32.Type: return try self.decodeInteger(UInt32.self, codingPath) as? T
        case is UInt64.Type: return try self.decodeInteger(UInt64.self, codingPath) as? T
        default: return nil
        }
    }

    func decodeString(_ codingPath: [any CodingKey]) throws -> String {
        guard case .scalar(let value, _) = self.content else {
            throw self.mismatch(String.self, "a string", codingPath)
        }
        if self.isNull {
            throw DecodingError.valueNotFound(
                String.self, .init(codingPath: codingPath, debugDescription: "expected a string, found null"))
        }
        return value
    }

    func decodeBool(_ codingPath: [any CodingKey]) throws -> Bool {
        guard self.isPlainScalar, let value = self.scalarValue, let bool = YAMLScalar.boolValue(value) else {
            throw self.mismatch(Bool.self, "a boolean", codingPath)
        }
        return bool
    }

    func decodeDouble(_ codingPath: [any CodingKey]) throws -> Double {
        guard self.isPlainScalar, let value = self.scalarValue else {
            throw self.mismatch(Double.self, "a number", codingPath)
        }
        if let int = YAMLScalar.intValue(value) { return Double(int) }
        guard let double = YAMLScalar.doubleValue(value) else {
            throw self.mismatch(Double.self, "a number", codingPath)
        }
        return double
    }

    func decodeInteger<I: FixedWidthInteger>(_ type: I.Type, _ codingPath: [any CodingKey]) throws -> I {
        guard self.isPlainScalar, let value = self.scalarValue else {
            throw self.mismatch(I.self, "an integer", codingPath)
        }
        if let int = YAMLScalar.intValue(value) {
            guard let exact = I(exactly: int) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: codingPath, debugDescription: "the integer \(value) does not fit in \(I.self)"))
            }
            return exact
        }
        // `1.0` is an integer when an integer is asked for, as JSON decoders accept it.
        if let double = YAMLScalar.doubleValue(value), let exact = I(exactly: double) {
            return exact
        }
        throw self.mismatch(I.self, "an integer", codingPath)
    }

    func mismatch(_ type: Any.Type, _ expected: String, _ codingPath: [any CodingKey]) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(self.kindDescription)"))
    }
}
