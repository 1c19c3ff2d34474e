@_spi(Generated) import CloudRuntime
import Testing

/// Comparing service errors with a service's documented codes.
@Suite struct ServiceErrorCodeTests {
    /// A table like the generated ones.
    struct Code: ServiceErrorCode {
        var rawValue: String
        init(rawValue: String) { self.rawValue = rawValue }
        static let throttling = Code(rawValue: "Throttling")
        static let notFound = Code(rawValue: "NotFound")
        static let allCases: [Code] = [.throttling, .notFound]
    }

    static let throttled = ServiceError(httpStatus: 429, code: "Throttling", operation: "List")
    static let codeless = ServiceError(httpStatus: 502, message: "<html>", operation: "List")

    @Test func equalityWithTheCarriedCode() {
        #expect(Self.throttled.code == Code.throttling)
        #expect(!(Self.throttled.code == Code.notFound))
        #expect(Self.throttled.code != Code.notFound)
        #expect(!(Self.codeless.code == Code.throttling))
        #expect(Self.codeless.code != Code.throttling)
        // Plain string comparison still works beside the typed one.
        #expect(Self.throttled.code == "Throttling")
    }

    @Test func codeOfAnyError() {
        #expect(Code(Self.throttled) == .throttling)
        #expect(Code(Self.codeless) == nil)
        #expect(Code(ClientError(kind: .invalidRegion, message: "x")) == nil)
        #expect(Code(ServiceError(httpStatus: 400, code: "Unlisted", operation: "List"))?.rawValue == "Unlisted")
    }

    @Test(arguments: [("Throttling", 1), ("NotFound", 2), ("Other", 0)])
    func switchPatterns(code: String, expected: Int) {
        let error = ServiceError(httpStatus: 400, code: code, operation: "List")
        let matched: Int
        switch error.code {
        case Code.throttling: matched = 1
        case Code.notFound: matched = 2
        default: matched = 0
        }
        #expect(matched == expected)
    }
}
