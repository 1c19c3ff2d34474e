import CloudRuntime
import CloudServices
import CloudTestSupport
import Foundation
import HTTPTypes
import Testing

@testable import CloudctlCore

/// Fixed inputs that make signatures reproducible.
enum Fixture {
    /// 2023-11-14T22:13:20Z.
    static let date = Date(timeIntervalSince1970: 1_700_000_000)
    static let nonce = "nonce-0001"
    static let alibabaEnvironment = [
        "ALIBABA_CLOUD_ACCESS_KEY_ID": "AKIDALIBABA", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "alibaba-test-secret",
    ]
    static let kingsoftEnvironment = ["KSYUN_ACCESS_KEY": "AKLTKINGSOFT", "KSYUN_SECRET_KEY": "kingsoft-test-secret"]
    static let verifier = SignatureVerifier(credentials: [
        "AKIDALIBABA": "alibaba-test-secret", "AKLTKINGSOFT": "kingsoft-test-secret",
        Cloudctl.placeholderAccessKeyID: Cloudctl.placeholderSecret,
    ])

    /// The command over the shipped services, with a fixed clock and nonce.
    static func cloudctl(environment: [String: String], transport: any HTTPTransport = UnusedTransport()) -> Cloudctl {
        Cloudctl(
            services: ServiceCatalogs.all, environment: environment, transport: transport, clock: { Fixture.date },
            nonce: { Fixture.nonce })
    }

    /// The shipped service a command line calls `name` (`ack`).
    static func service(_ name: String) throws -> ServiceCatalog {
        try #require(ServiceCatalogs.all.first { $0.name == name }, "no shipped service \(name)")
    }
}

/// Reads the HTTP/1.1 text a dry run prints back into a request, so the signature can be checked.
enum PrintedRequest {
    /// The request the text describes, or nil when it is not a request line, headers and a blank line.
    static func parse(_ text: String) -> RecordedRequest? {
        guard let separator = text.range(of: "\n\n") else { return nil }
        let head = text[..<separator.lowerBound].split(separator: "\n").map(String.init)
        var body = String(text[separator.upperBound...])
        if body.hasSuffix("\n") { body.removeLast() }
        guard let requestLine = head.first else { return nil }
        let parts = requestLine.split(separator: " ").map(String.init)
        guard parts.count == 3 else { return nil }
        var headers = HTTPHeaders()
        for line in head.dropFirst() {
            guard let colon = line.range(of: ": ") else { return nil }
            headers.add(name: String(line[..<colon.lowerBound]), value: String(line[colon.upperBound...]))
        }
        return RecordedRequest(method: parts[0], target: parts[1], headers: headers, body: Array(body.utf8))
    }

    /// The value of the first header of that name in the printed text.
    static func header(_ name: String, in text: String) -> String? {
        self.parse(text)?.header(name)
    }
}

/// A transport for code paths that must not send anything.
struct UnusedTransport: HTTPTransport {
    func send(_ request: HTTPRequest, body: [UInt8], timeout: Timeout) async throws -> (HTTPResponse, [UInt8]) {
        throw TransportError(
            kind: .other, message: "this test sends nothing, yet a request to \(request.authority ?? "") was sent")
    }
}
