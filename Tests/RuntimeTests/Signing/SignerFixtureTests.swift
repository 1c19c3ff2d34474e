import CloudTestSupport
import Foundation
import HTTPTypes
import Testing

@testable import CloudRuntime

/// Runs every vendor-SDK vector through the runtime's signers and compares every intermediate.
@Suite struct SignerFixtureTests {
    @Test(arguments: SignatureAlgorithm.allCases)
    func fixtureFileLoadsWithVectors(algorithm: SignatureAlgorithm) throws {
        let file = try SignatureFixtures.load(algorithm)
        #expect(file.algorithm == algorithm.rawValue)
        #expect(!file.reference.isEmpty)
        #expect(file.vectors.count >= 10)
    }

    @Test(arguments: SignatureFixtures.allVectors)
    func signerMatchesVendorSDK(vector: SignatureVector) throws {
        let algorithm = try #require(SignatureAlgorithm(rawValue: vector.algorithm))
        let (request, credentials, context) = try vector.inputs()
        let signed = try algorithm.signer.sign(request, credentials: credentials, context: context)

        let (stringToSign, canonicalRequest) = try Self.intermediates(algorithm, signed: signed, context: context)
        #expect(stringToSign == vector.expected.stringToSign)
        if let expectedCanonical = vector.expected.canonicalRequest {
            #expect(canonicalRequest == expectedCanonical)
        }
        for pair in vector.expected.headers {
            try #require(pair.count == 2)
            // The signer signs `host` from the authority, which the transport sends as Host.
            let value = pair[0].lowercased() == "host" ? signed.authority : signed.headers[pair[0]]
            #expect(value == pair[1], "header \(pair[0])")
        }

        // The signer adds exactly the listed headers (plus Authorization, less Host) and leaves the others alone.
        let before = Set(request.headers.map { $0.name.lowercased() })
        let added = Set(signed.headers.map { $0.name.lowercased() }).subtracting(before)
        #expect(added == Set(vector.signerAddedHeaders + ["authorization"]).subtracting(["host"]))
        for field in request.headers {
            #expect(signed.headers[field.name] == field.value, "header \(field.name) changed")
        }
        #expect(signed.path == request.path && signed.query == request.query && signed.body == request.body)
    }

    @Test(arguments: SignatureFixtures.allVectors)
    func signingIsDeterministic(vector: SignatureVector) throws {
        let algorithm = try #require(SignatureAlgorithm(rawValue: vector.algorithm))
        let (request, credentials, context) = try vector.inputs()
        let first = try algorithm.signer.sign(request, credentials: credentials, context: context)
        let second = try algorithm.signer.sign(request, credentials: credentials, context: context)
        #expect(first == second)
        var other = context
        other.date = context.date.addingTimeInterval(1)
        let later = try algorithm.signer.sign(request, credentials: credentials, context: other)
        #expect(later.headers["Authorization"] != first.headers["Authorization"])
    }

    /// Recomputes the string to sign and canonical request from the signed request with the signer's steps.
    static func intermediates(
        _ algorithm: SignatureAlgorithm, signed: SentRequest, context: SigningContext
    ) throws -> (stringToSign: String, canonicalRequest: String?) {
        switch algorithm {
        case .acsHMACSHA1:
            let text = try ACSSigner.stringToSign(
                method: signed.method, headers: signed.request.headerFields, target: try #require(signed.request.path))
            return (text, nil)
        case .acs3HMACSHA256:
            let target = try #require(signed.request.path)
            let fields = signed.request.headerFields
            let canonical = try ACS3Signer.canonicalRequest(
                method: signed.method, target: target,
                headers: ACS3Signer.canonicalHeaders(fields, authority: signed.authority), fields: fields,
                body: signed.body)
            return (ACS3Signer.stringToSign(canonical), canonical)
        case .aws4HMACSHA256:
            let service = try #require(context.service)
            let canonical = try AWS4Signer.canonicalRequest(
                method: signed.method, target: try #require(signed.request.path),
                headers: AWS4Signer.canonicalHeaders(signed.request.headerFields, authority: signed.authority),
                body: signed.body)
            let scope = AWS4Signer.credentialScope(date: context.date, region: context.region, service: service)
            return (AWS4Signer.stringToSign(canonicalRequest: canonical, date: context.date, scope: scope), canonical)
        }
    }
}
