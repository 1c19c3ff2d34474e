/// The request signature algorithms the runtime implements.
public enum SignatureAlgorithm: String, Sendable, CaseIterable {
    /// Alibaba Cloud ROA v1: `Authorization: acs AccessKeyId:Base64(HMAC-SHA1)`.
    case acsHMACSHA1 = "acs-hmac-sha1"
    /// Alibaba Cloud V3: `Authorization: ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…`.
    case acs3HMACSHA256 = "acs3-hmac-sha256"
    /// AWS Signature Version 4, as Kingsoft Cloud uses it.
    case aws4HMACSHA256 = "aws4-hmac-sha256"

    /// The signer implementing the algorithm.
    package var signer: any RequestSigner {
        switch self {
        case .acsHMACSHA1: ACSSigner()
        case .acs3HMACSHA256: ACS3Signer()
        case .aws4HMACSHA256: AWS4Signer()
        }
    }
}
