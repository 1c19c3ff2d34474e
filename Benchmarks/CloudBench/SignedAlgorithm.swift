import CloudRuntime
import Foundation

/// The three algorithms, named as their fixture files are.
enum SignedAlgorithm: String, CaseIterable {
    case acsV1 = "acs-hmac-sha1"
    case acs3 = "acs3-hmac-sha256"
    case aws4 = "aws4-hmac-sha256"

    /// The runtime's signer.
    var signer: any RequestSigner {
        switch self {
        case .acsV1: ACSSigner()
        case .acs3: ACS3Signer()
        case .aws4: AWS4Signer()
        }
    }

    /// The OpenSSL floor for a vector of this algorithm.
    func floor(for vector: SignatureVector, body: [UInt8], context: SigningContext) -> OpenSSLFloor {
        switch self {
        case .acsV1:
            OpenSSLFloor(
                digest: .sha1, secret: vector.credentials.accessKeySecret, derivationSteps: [],
                stringToSign: vector.expected.stringToSign, canonicalRequest: "", body: body)
        case .acs3:
            OpenSSLFloor(
                digest: .sha256, secret: vector.credentials.accessKeySecret, derivationSteps: [],
                stringToSign: vector.expected.stringToSign, canonicalRequest: vector.expected.canonicalRequest ?? "",
                body: body)
        case .aws4:
            OpenSSLFloor(
                digest: .sha256, secret: vector.credentials.accessKeySecret,
                derivationSteps: [String(vector.date.prefix(10).filter { $0 != "-" }), context.region, context.service ?? "", "aws4_request"],
                stringToSign: vector.expected.stringToSign, canonicalRequest: vector.expected.canonicalRequest ?? "",
                body: body)
        }
    }

    /// How the algorithm writes the MAC into `Authorization`: Base64 for ACS v1, lower-case hex otherwise.
    func encode(_ mac: [UInt8]) -> String {
        switch self {
        case .acsV1: Data(mac).base64EncodedString()
        case .acs3, .aws4: mac.map { String(format: "%02x", $0) }.joined()
        }
    }
}
