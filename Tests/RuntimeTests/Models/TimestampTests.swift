import Foundation
import Testing

@testable import CloudRuntime

/// `Timestamp`: the service's text kept exactly, the instant it means read from it.
@Suite struct TimestampTests {
    private struct Stamped: Codable, Equatable {
        var created: Timestamp?
    }

    /// 2019-11-25T07:50:20Z, the instant of the ACK example `2019-11-25T15:50:20+08:00`.
    private static let instant = Date(timeIntervalSince1970: 1_574_668_220)

    @Test(arguments: [
        ("2019-11-25T15:50:20+08:00", true), ("2019-11-25T07:50:20Z", true), ("2019-11-25 07:50:20", false),
        ("2019-11-25T02:50:20-05:00", true), ("1574668220", true),
    ])
    func textKeepsItsFormAndMeansTheInstant(_ text: String, _ zoned: Bool) throws {
        let (stamped, drift) = try ResponseDecoder().decode(Stamped.self, from: Array(#"{"created":"\#(text)"}"#.utf8))
        #expect(stamped.created?.text == text)
        #expect(stamped.created?.date == Self.instant)
        #expect(stamped.created?.statesTimeZone == zoned)
        #expect(drift == [])
        // Written back, the text is the service's own.
        #expect(String(decoding: try WireJSONEncoder().encode(stamped), as: UTF8.self) == #"{"created":"\#(text)"}"#)
    }

    @Test func anUnknownFormKeepsTheTextAndIsReported() throws {
        let (stamped, drift) = try ResponseDecoder().decode(
            Stamped.self, from: Array(#"{"created":"25/11/2019 07:50"}"#.utf8))
        #expect(stamped.created?.text == "25/11/2019 07:50")
        #expect(stamped.created?.date == nil)
        #expect(drift.map(\.kind) == [.unknownDateForm])
        #expect(drift.first?.path == "$.created")
        #expect(drift.first?.value == nil)
    }

    @Test func aNumberIsSecondsAndReportedAsACoercedType() throws {
        let (stamped, drift) = try ResponseDecoder().decode(Stamped.self, from: Array(#"{"created":1574668220}"#.utf8))
        #expect(stamped.created?.date == Self.instant)
        #expect(stamped.created?.text == "1574668220")
        #expect(drift.map(\.kind) == [.coercedType])
    }

    @Test func strictDecodingFailsOnAnUnknownForm() {
        let error = #expect(throws: DecodingError.self) {
            _ = try ResponseDecoder(mode: .strict).decode(Stamped.self, from: Array(#"{"created":"soon"}"#.utf8))
        }
        #expect(error.map { "\($0)".contains("$.created: unknown-date-form") } == true)
    }

    /// Expected texts written by hand from the instants (UTC), independent of the formatter.
    @Test(arguments: [
        (1_574_668_220.0, "2019-11-25T07:50:20Z"), (1_574_668_220.25, "2019-11-25T07:50:20.250Z"),
        (0.0, "1970-01-01T00:00:00Z"), (951_782_400.0, "2000-02-29T00:00:00Z"), (-1.0, "1969-12-31T23:59:59Z"),
        (4_102_444_799.0, "2099-12-31T23:59:59Z"),
    ])
    func anInstantIsWrittenInRFC3339AtUTC(_ seconds: Double, _ text: String) {
        let timestamp = Timestamp(Date(timeIntervalSince1970: seconds))
        #expect(timestamp.text == text)
        #expect(Timestamp(text: text).date == Date(timeIntervalSince1970: seconds))
    }

    @Test func plainCodableReadsAndWritesTheText() throws {
        let value = try JSONDecoder().decode(Stamped.self, from: Data(#"{"created":"2019-11-25 07:50:20"}"#.utf8))
        #expect(value.created?.date == Self.instant)
        #expect(String(decoding: try JSONEncoder().encode(value), as: UTF8.self) == #"{"created":"2019-11-25 07:50:20"}"#)
        #expect(value.created.map { "\($0)" } == "2019-11-25 07:50:20")
    }
}
