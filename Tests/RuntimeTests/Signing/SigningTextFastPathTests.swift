import Foundation
import Testing

@testable import CloudRuntime

/// The signers' text helpers take byte-level fast paths for ASCII; each must agree with the general
/// (Calendar, Character) way it replaced.
@Suite struct SigningTextFastPathTests {
    /// Dates across leap days, century years, the epoch, before it, and far ahead, plus an even spread
    /// over 1875–2223 in steps that are not a whole number of days.
    static let dates: [Date] = {
        var seconds: [Double] = [
            0, -1, 86_399, 86_400, 951_782_399, 951_868_800, 4_107_542_399, 4_107_628_800, -2_208_988_800,
            1_767_323_045, 253_402_300_799, 1_709_164_800.75,
        ]
        for step in 0..<500 { seconds.append(Double(-3_000_000_000 + step * 21_999_997)) }
        return seconds.map(Date.init(timeIntervalSince1970:))
    }()

    @Test func dateFieldsMatchTheGregorianCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.locale = Locale(identifier: "en_US_POSIX")
        for date in Self.dates {
            formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
            #expect(SigningDate.iso8601(date) == formatter.string(from: date), "\(date.timeIntervalSince1970)")
            formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
            #expect(SigningDate.rfc1123(date) == formatter.string(from: date), "\(date.timeIntervalSince1970)")
        }
    }

    @Test(arguments: [
        "", "   ", "a", "  a  b   c  ", "\tx\r\n y\u{0B}z\u{0C}", "\"  quoted   text  \"  after   quote",
        "\"unclosed   quote   ", "a\u{1C}b", "ünïcödé   text\u{00A0} x", "  \u{2003}wide space\u{2003} ",
    ])
    func whiteSpaceRulesMatchTheCharacterLevelRules(value: String) {
        #expect(value.trimmingSpaces() == value.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(value.collapsingSpaces() == Self.characterCollapse(value))
    }

    /// The collapsing rule written over Characters, as the signer did before its ASCII fast path.
    private static func characterCollapse(_ value: String) -> String {
        var output = ""
        var inQuotes = false
        var pendingSpace = false
        for character in value.trimmingCharacters(in: .whitespacesAndNewlines) {
            if character == "\"" { inQuotes.toggle() }
            if !inQuotes && character.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            output.append(character)
        }
        return output
    }
}
