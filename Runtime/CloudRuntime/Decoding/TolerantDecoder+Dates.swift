import Foundation

/// Reading `Date`s in the forms vendors write them.
extension TolerantDecoder {
    /// A date from an RFC 3339 / ISO 8601 string (`2019-11-25T15:50:20+08:00`, `…Z`, fractional
    /// seconds, a space instead of `T`, no zone meaning UTC, or a date alone), from a string of digits
    /// or from a number: seconds since 1970, or milliseconds when the value is past the year 5000.
    ///
    /// A number where the spec declares a date string is recorded as a coerced type.
    func readDate(node: Int, at step: Step?) throws -> Date {
        let entry = self.nodes[node]
        switch entry.kind {
        case .string:
            let text = self.string(at: node)
            if let date = WireDate.parse(text) { return date }
        case .number:
            if let seconds = JSONScalarText.double(self.bytes, start: Int(entry.start), length: Int(entry.length)) {
                try self.record(.coercedType, declared: "string", observed: self.observedType(of: node), at: step)
                return WireDate.fromEpoch(seconds)
            }
        case .null, .true, .false, .array, .object:
            break
        }
        try self.unreadable(declared: "string", node: node, at: step)
    }
}

extension TolerantDecoder {
    /// A timestamp from a string, kept whatever its form; text in no form ``WireDate`` reads is
    /// recorded as an unknown date form. A number counts seconds since 1970 and is recorded as a
    /// coerced type.
    func readTimestamp(node: Int) throws -> Timestamp {
        let entry = self.nodes[node]
        switch entry.kind {
        case .string:
            let timestamp = Timestamp(text: self.string(at: node))
            if timestamp.date == nil {
                try self.record(.unknownDateForm, declared: "string", observed: "string", at: nil)
            }
            return timestamp
        case .number:
            if let seconds = JSONScalarText.double(self.bytes, start: Int(entry.start), length: Int(entry.length)) {
                try self.record(.coercedType, declared: "string", observed: self.observedType(of: node), at: nil)
                return Timestamp(text: Timestamp.text(ofSeconds: seconds))
            }
        case .null, .true, .false, .array, .object:
            break
        }
        try self.unreadable(declared: "string", node: node, at: nil)
    }
}

/// Date text as vendors send it, parsed by arithmetic (no formatter, no locale, no time zone database).
enum WireDate {
    /// Seconds past which an epoch number is taken to count milliseconds (the year 5138 in seconds).
    static let millisecondThreshold = 100_000_000_000.0

    /// Seconds or milliseconds since 1970.
    static func fromEpoch(_ value: Double) -> Date {
        Date(timeIntervalSince1970: abs(value) >= Self.millisecondThreshold ? value / 1000 : value)
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `T` or a space, `hh:mm[:ss[.fraction]]` and a zone
    /// (`Z`, `±hh:mm`, `±hhmm`, `±hh`), or a string of digits (an epoch number).
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        if !bytes.isEmpty, bytes.allSatisfy({ (0x30...0x39).contains($0) }), let value = Double(text) {
            return Self.fromEpoch(value)
        }
        var reader = Reader(bytes: bytes)
        guard let year = reader.number(4), reader.skip("-"), let month = reader.number(2), reader.skip("-"),
            let day = reader.number(2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = Double(Self.daysSinceEpoch(year: year, month: month, day: day)) * 86_400
        if reader.isAtEnd { return Date(timeIntervalSince1970: seconds) }
        guard reader.skip("T") || reader.skip("t") || reader.skip(" "), let hour = reader.number(2), reader.skip(":"),
            let minute = reader.number(2), hour < 24, minute < 60
        else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if reader.skip(":") {
            guard let second = reader.number(2), second <= 60 else { return nil }
            seconds += Double(second)
            if reader.skip(".") || reader.skip(",") {
                var scale = 0.1
                var sawDigit = false
                while let digit = reader.digit() {
                    seconds += Double(digit) * scale
                    scale /= 10
                    sawDigit = true
                }
                guard sawDigit else { return nil }
            }
        }
        if reader.isAtEnd || reader.skip("Z") || reader.skip("z") {
            return reader.isAtEnd ? Date(timeIntervalSince1970: seconds) : nil
        }
        let sign: Double
        if reader.skip("+") {
            sign = 1
        } else if reader.skip("-") {
            sign = -1
        } else {
            return nil
        }
        guard let zoneHours = reader.number(2) else { return nil }
        _ = reader.skip(":")
        let zoneMinutes = reader.isAtEnd ? 0 : reader.number(2)
        guard let zoneMinutes, reader.isAtEnd, zoneHours < 24, zoneMinutes < 60 else { return nil }
        return Date(timeIntervalSince1970: seconds - sign * Double(zoneHours * 3600 + zoneMinutes * 60))
    }

    /// Whether date text names its zone (`Z`, `±hh:mm` after the time) or is an epoch number.
    static func statesTimeZone(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        if !bytes.isEmpty, bytes.allSatisfy({ (0x30...0x39).contains($0) }) { return true }
        return bytes.dropFirst(10).contains { [UInt8(ascii: "Z"), UInt8(ascii: "z"), UInt8(ascii: "+"), UInt8(ascii: "-")].contains($0) }
    }

    /// RFC 3339 text at UTC: `2019-11-25T07:50:20Z`, or `2019-11-25T07:50:20.250Z` when the instant
    /// has milliseconds.
    static func rfc3339(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let (days, dayMilliseconds) = Self.floorDivision(milliseconds, 86_400_000)
        let (year, month, day) = Self.civilDate(daysSinceEpoch: Int(days))
        let seconds = Int(dayMilliseconds / 1000)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        var text = String(year) + "-" + two(month) + "-" + two(day) + "T" + two(seconds / 3600) + ":"
            + two(seconds / 60 % 60) + ":" + two(seconds % 60)
        let fraction = Int(dayMilliseconds % 1000)
        if fraction > 0 { text += "." + String(String(1000 + fraction).dropFirst()) }
        return text + "Z"
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }

    /// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's algorithm).
    static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Walks the bytes of date text.
    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        var isAtEnd: Bool { self.index == self.bytes.count }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard self.index < self.bytes.count, self.bytes[self.index] == UInt8(ascii: character) else { return false }
            self.index += 1
            return true
        }

        mutating func digit() -> Int? {
            guard self.index < self.bytes.count, (0x30...0x39).contains(self.bytes[self.index]) else { return nil }
            defer { self.index += 1 }
            return Int(self.bytes[self.index] - 0x30)
        }

        /// Exactly `count` digits.
        mutating func number(_ count: Int) -> Int? {
            var value = 0
            for _ in 0..<count {
                guard let digit = self.digit() else { return nil }
                value = value * 10 + digit
            }
            return value
        }
    }
}
