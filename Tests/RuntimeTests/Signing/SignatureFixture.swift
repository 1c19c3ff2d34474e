import CloudTestSupport
import Foundation
import HTTPTypes
import Testing

@testable import CloudRuntime

/// One vendor-SDK signature vector from `Fixtures/<algorithm>.json` (format in `Fixtures/README.md`).
struct SignatureVector: Decodable, Sendable, CustomTestStringConvertible {
    struct CredentialsJSON: Decodable, Sendable {
        var accessKeyID: String
        var accessKeySecret: String
        var securityToken: String?
    }

    struct RequestJSON: Decodable, Sendable {
        var method: String
        var scheme: String
        var host: String
        var path: String
        var query: [[String]]
        var headers: [[String]]
        var body: String
    }

    struct ExpectedJSON: Decodable, Sendable {
        var canonicalRequest: String?
        var stringToSign: String
        var headers: [[String]]
    }

    var algorithm: String = ""
    var name: String
    var credentials: CredentialsJSON
    var region: String
    var service: String?
    var date: String
    var nonce: String?
    var request: RequestJSON
    var signerAddedHeaders: [String]
    var expected: ExpectedJSON

    enum CodingKeys: String, CodingKey {
        case name, credentials, region, service, date, nonce, request, signerAddedHeaders, expected
    }

    var testDescription: String { "\(self.algorithm): \(self.name)" }

    /// The vector's inputs as runtime values; a malformed vector is a test failure, not a crash.
    func inputs() throws -> (request: SentRequest, credentials: Credentials, context: SigningContext) {
        let method = try #require(HTTPRequest.Method(rawValue: self.request.method), "unknown method \(self.request.method)")
        let date = try #require(ISO8601DateFormatter().date(from: self.date), "bad date \(self.date)")
        let query = try self.request.query.map { pair in
            try #require(pair.count == 2, "query pair \(pair)")
            return QueryItem(name: pair[0], value: pair[1])
        }
        var headers = HTTPFields()
        for pair in self.request.headers {
            try #require(pair.count == 2, "header pair \(pair)")
            headers.append(HTTPField(name: try #require(HTTPField.Name(pair[0])), value: pair[1]))
        }
        let head = HTTPRequest(
            method: method, scheme: self.request.scheme, authority: self.request.host,
            path: RequestTarget(path: self.request.path, query: query).text, headerFields: headers)
        let request = SentRequest(request: head, body: Array(self.request.body.utf8))
        let credentials = Credentials(
            accessKeyID: self.credentials.accessKeyID, accessKeySecret: self.credentials.accessKeySecret,
            securityToken: self.credentials.securityToken)
        return (request, credentials, SigningContext(date: date, nonce: self.nonce ?? "", region: self.region, service: self.service))
    }
}

extension RequestSigner {
    /// Signs a test request; the body is unchanged.
    func sign(_ request: SentRequest, credentials: Credentials, context: SigningContext) throws -> SentRequest {
        SentRequest(
            request: try self.sign(request.request, body: request.body, credentials: credentials, context: context),
            body: request.body)
    }
}

/// Loads the fixture files from the test bundle.
enum SignatureFixtures {
    struct File: Decodable {
        var algorithm: String
        var reference: String
        var vectors: [SignatureVector]
    }

    static func load(_ algorithm: SignatureAlgorithm) throws -> File {
        guard let url = Bundle.module.url(forResource: algorithm.rawValue, withExtension: "json", subdirectory: "Fixtures") else {
            throw SigningError(message: "Fixtures/\(algorithm.rawValue).json is not in the test bundle")
        }
        var file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        for index in file.vectors.indices { file.vectors[index].algorithm = file.algorithm }
        return file
    }

    /// Every vector of every file; empty when a file is missing, which ``SignerFixtureTests`` reports.
    static let allVectors: [SignatureVector] = SignatureAlgorithm.allCases.flatMap { (try? load($0).vectors) ?? [] }
}
