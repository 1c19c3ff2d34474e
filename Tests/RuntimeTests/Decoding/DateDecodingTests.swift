import Foundation
import Testing

@testable import CloudRuntime

/// Dates in the forms vendors write them, read into `Date` by the client's decoder.
@Suite struct DateDecodingTests {
    private struct Stamped: Decodable {
        var created: Date?
    }

    private func decode(_ value: String) throws -> (Date?, [ResponseDrift]) {
        let (stamped, drift) = try ResponseDecoder().decode(Stamped.self, from: Array(#"{"created":\#(value)}"#.utf8))
        return (stamped.created, drift)
    }

    /// 2019-11-25T07:50:20Z, the instant of the ACK example `2019-11-25T15:50:20+08:00`.
    private static let instant = Date(timeIntervalSince1970: 1_574_668_220)

    @Test(arguments: [
        #""2019-11-25T15:50:20+08:00""#, #""2019-11-25T07:50:20Z""#, #""2019-11-25T07:50:20z""#,
        #""2019-11-25 07:50:20""#, #""2019-11-25T15:50:20+0800""#, #""2019-11-25T02:50:20-05""#,
        #""2019-11-25T07:50:20.000Z""#, #""1574668220""#,
    ])
    func textForms(_ text: String) throws {
        let (date, drift) = try self.decode(text)
        #expect(date == Self.instant)
        #expect(drift == [])
    }

    @Test func fractionsOfASecond() throws {
        let (date, _) = try self.decode(#""2019-11-25T07:50:20.25Z""#)
        #expect(date == Self.instant.addingTimeInterval(0.25))
    }

    @Test func minutesWithoutSeconds() throws {
        let (date, _) = try self.decode(#""2019-11-25T07:50Z""#)
        #expect(date == Self.instant.addingTimeInterval(-20))
    }

    @Test func aDateAlone() throws {
        let (date, _) = try self.decode(#""2019-11-25""#)
        #expect(date == Date(timeIntervalSince1970: 1_574_640_000))
    }

    @Test(arguments: ["1574668220", "1574668220000", "1574668220.0"])
    func epochNumbersAreConvertedAndRecorded(_ number: String) throws {
        let (date, drift) = try self.decode(number)
        #expect(date == Self.instant)
        #expect(drift.map(\.kind) == [.coercedType])
        #expect(drift.first?.declared == "string")
    }

    @Test(arguments: [#""yesterday""#, #""2019-13-01T00:00:00Z""#, #""2019-11-25T7:50:20Z""#, "true", "{}"])
    func unreadableDatesLeaveTheFieldEmpty(_ text: String) throws {
        let (date, drift) = try self.decode(text)
        #expect(date == nil)
        #expect(drift.map(\.kind) == [.unreadableValue])
    }

    @Test func calendarArithmeticMatchesFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for (year, month, day) in [(1970, 1, 1), (2000, 2, 29), (2024, 12, 31), (1969, 12, 31), (2100, 3, 1)] {
            let expected = calendar.date(from: DateComponents(year: year, month: month, day: day))!
            #expect(
                Double(WireDate.daysSinceEpoch(year: year, month: month, day: day)) * 86_400
                    == expected.timeIntervalSince1970)
        }
    }
}
