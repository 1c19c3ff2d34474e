import Foundation
import Testing

@testable import CloudRuntime

/// The signers' text helpers take byte-level fast paths for ASCII; each must agree with the general
/// (Calendar, Character) way it replaced.
@Suite struct SigningTextFastPathTests {
    /// Dates across leap days, century years, the epoch, before it, and far ahead, plus a seeded spread.
    static let dates: [Date] = {
        var seconds: [Double] = [
            0, -1, 86_399, 86_400, 951_782_399, 951_868_800, 4_107_542_399, 4_107_628_800, -2_208_988_800,
            1_767_323_045, 253_402_300_799, 1_709_164_800.75,
        ]
        var generator = SplitMix64(state: 42)
        for _ in 0..<500 { seconds.append(Double(Int64.random(in: -3_000_000_000...8_000_000_000, using: &generator))) }
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

    @Test(arguments: ["Host", "x-acs-date", "X-Amz-Security-Token", "CONTENT-TYPE", "ÄÖ-Header", ""])
    func lowerCasingMatches(name: String) {
        #expect(name.lowercasedASCII() == name.lowercased())
    }

    @Test func headerNamesMatchIgnoringCase() {
        #expect(HTTPHeaders.namesMatch("Content-Type", "content-type"))
        #expect(HTTPHeaders.namesMatch("X-AMZ-DATE", "x-amz-date"))
        #expect(!HTTPHeaders.namesMatch("x-amz-date", "x-amz-dat"))
        #expect(!HTTPHeaders.namesMatch("a[", "a{"))  // differ by 0x20 but are not letters
        #expect(!HTTPHeaders.namesMatch("a@", "a`"))
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

/// SplitMix64: a small deterministic generator, so the spread of dates is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
