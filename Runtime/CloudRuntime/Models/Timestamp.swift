import Foundation

/// A point in time as a service writes it (`format: date-time` in the spec): the text it sent and the
/// `Date` that text means.
///
/// The text is kept exactly, so an answer written back (by `WireJSONEncoder`, `cloudctl` or a mock)
/// carries the service's own bytes, and a form the SDK does not read loses nothing: ``date`` is then
/// nil and the decoder reports the answer's drift.
///
/// ``date`` reads RFC 3339 (`2019-11-25T15:50:20+08:00`, `…Z`, with fractions of a second) and the
/// forms Kingsoft Cloud writes: a space instead of `T`, or no zone at all (`2019-11-25 07:50:20`),
/// which is read as UTC and flagged by ``statesTimeZone``; also a bare date, and seconds or
/// milliseconds since 1970 written as digits.
///
/// ```swift
/// let created = cluster.created?.date                  // Date?
/// let request = ACK.DescribeEventsRequest(startTime: Timestamp(Date()))   // sent as 2026-12-07T20:15:00Z
/// ```
public struct Timestamp: Sendable, Hashable, CustomStringConvertible {
    /// The text as the service wrote it, or as this value was created with.
    public let text: String
    /// The instant the text means; nil when it is in no form the SDK reads.
    public let date: Date?

    /// A timestamp from text in any of the forms ``date`` reads.
    ///
    /// - Parameter text: The text, sent as it is.
    public init(text: String) {
        self.text = text
        self.date = WireDate.parse(text)
    }

    /// A timestamp for an instant, written in RFC 3339 at UTC (`2019-11-25T07:50:20Z`, with
    /// milliseconds when the instant has them).
    ///
    /// - Parameter date: The instant.
    public init(_ date: Date) {
        self.text = WireDate.rfc3339(date)
        self.date = date
    }

    /// Whether the text names its time zone (`Z`, `+08:00`) or is a count of seconds; text without
    /// one (`2019-11-25 07:50:20`) is read as UTC.
    public var statesTimeZone: Bool {
        WireDate.statesTimeZone(self.text)
    }

    /// The text.
    public var description: String { self.text }

    /// Equal when the texts are equal; two texts for the same instant compare through ``date``.
    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.text == rhs.text
    }

    /// Hashes the text, as `==` compares it.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.text)
    }
}

extension Timestamp: Codable {
    /// Reads the text (a number is taken as seconds since 1970); the client's tolerant decoder reads
    /// the answer's node itself and reports what it could not read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let seconds = try? container.decode(Double.self) {
            self.init(text: Self.text(ofSeconds: seconds))
        } else {
            self.init(text: try container.decode(String.self))
        }
    }

    /// Writes the text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.text)
    }
}

extension Timestamp {
    /// The digits of a count of seconds sent as a JSON number.
    static func text(ofSeconds seconds: Double) -> String {
        seconds.rounded() == seconds && abs(seconds) < 1e15 ? String(Int64(seconds)) : String(seconds)
    }
}

extension Timestamp: ParameterValue {
    /// The text.
    @_spi(Generated) public var parameterText: String { self.text }
}
