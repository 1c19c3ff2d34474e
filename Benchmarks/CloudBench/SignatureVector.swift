import CloudRuntime
import Foundation
import HTTPTypes

/// The first vector of one of the signature fixture files (`Tests/RuntimeTests/Fixtures/*.json`).
///
/// The fixtures hold requests signed by the vendors' own Python SDKs; signing the same request
/// here keeps the Swift, Python and raw-HMAC measurements on identical input.
struct SignatureVector: Decodable {
    /// The credentials of the vector.
    struct FixtureCredentials: Decodable {
        var accessKeyID: String
        var accessKeySecret: String
        var securityToken: String?
    }

    /// The request as the fixture lists it: name/value pairs for query and headers.
    struct FixtureRequest: Decodable {
        var method: String
        var scheme: String
        var host: String
        var path: String
        var query: [[String]]
        var headers: [[String]]
        var body: String
    }

    /// What the vendor computed.
    struct Expected: Decodable {
        var canonicalRequest: String?
        var stringToSign: String
        var headers: [[String]]
    }

    var name: String
    var credentials: FixtureCredentials
    var region: String
    var service: String?
    var date: String
    var nonce: String?
    var request: FixtureRequest
    var expected: Expected

    /// The file layout: an algorithm name and its vectors.
    private struct File: Decodable {
        var vectors: [SignatureVector]
    }

    /// Reads the first vector of a fixture file.
    ///
    /// - Parameter path: The fixture file.
    /// - Returns: The vector.
    /// - Throws: ``BenchError`` when the file is missing, malformed or empty.
    static func first(in path: String) throws -> SignatureVector {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchError("cannot read the signature fixture '\(path)'")
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw BenchError("the signature fixture '\(path)' is not in the expected format: \(error)")
        }
        guard let vector = file.vectors.first else {
            throw BenchError("the signature fixture '\(path)' has no vectors")
        }
        return vector
    }

    /// The request as the runtime models it: its head and body.
    func httpRequest() throws -> PreparedRequest {
        guard let method = HTTPRequest.Method(rawValue: self.request.method) else {
            throw BenchError("unknown HTTP method '\(self.request.method)' in vector '\(self.name)'")
        }
        let target = RequestTarget(
            path: self.request.path, query: try self.request.query.map { try QueryItem(pair: $0) })
        var fields = HTTPFields()
        for pair in self.request.headers {
            guard pair.count == 2, let name = HTTPField.Name(pair[0]) else {
                throw BenchError("a header pair must be a valid name and a value, not \(pair)")
            }
            fields.append(HTTPField(name: name, value: pair[1]))
        }
        let head = HTTPRequest(
            method: method, scheme: self.request.scheme, authority: self.request.host, path: target.text,
            headerFields: fields)
        return PreparedRequest(request: head, body: Array(self.request.body.utf8))
    }

    /// The runtime's credentials.
    var runtimeCredentials: Credentials {
        Credentials(
            accessKeyID: self.credentials.accessKeyID, accessKeySecret: self.credentials.accessKeySecret,
            securityToken: self.credentials.securityToken)
    }

    /// The signing context: the vector's fixed date and nonce.
    func signingContext() throws -> SigningContext {
        guard let instant = ISO8601DateFormatter().date(from: self.date) else {
            throw BenchError("the date '\(self.date)' of vector '\(self.name)' is not ISO 8601")
        }
        return SigningContext(date: instant, nonce: self.nonce ?? "", region: self.region, service: self.service)
    }

    /// The `Authorization` value the vendor computed.
    var expectedAuthorization: String? {
        self.expected.headers.first { $0.first?.lowercased() == "authorization" }?.last
    }
}

extension QueryItem {
    /// A query item from a `[name, value]` pair.
    fileprivate init(pair: [String]) throws {
        guard pair.count == 2 else { throw BenchError("a query pair must have two elements, not \(pair.count)") }
        self.init(name: pair[0], value: pair[1])
    }
}
