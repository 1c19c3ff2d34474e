import CloudRuntime
import Foundation
import Testing

@Suite struct SensitiveTests {
    private struct Request: Sendable, Hashable, Codable {
        var user: String
        @Sensitive var password: String
    }

    private static let secret = "Pa55-w0rd-never-shown"

    @Test func printingDumpingAndReflectingNeverShowTheValue() {
        let request = Request(user: "alice", password: Self.secret)
        var dumped = ""
        dump(request, to: &dumped)
        for text in [String(describing: request), String(reflecting: request), dumped, "\(request)"] {
            #expect(!text.contains(Self.secret), "\(text)")
            #expect(text.contains("alice"))
        }
        #expect(String(describing: request).contains("<redacted>"))
    }

    @Test func theValueIsStillEncodedAndDecodedAsIs() throws {
        let request = Request(user: "alice", password: Self.secret)
        let data = try JSONEncoder().encode(request)
        #expect(String(decoding: data, as: UTF8.self).contains("\"password\":\"\(Self.secret)\""))
        #expect(try JSONDecoder().decode(Request.self, from: data) == request)
    }
}
