import Foundation

/// The Alibaba Cloud CLI's `config.json`: a `current` profile name and a list of `profiles`.
struct AliyunCLIConfiguration: Decodable {
    struct Profile: Decodable {
        var name: String?
        var mode: String?
        var accessKeyID: String?
        var accessKeySecret: String?
        var stsToken: String?

        enum CodingKeys: String, CodingKey {
            case name, mode
            case accessKeyID = "access_key_id"
            case accessKeySecret = "access_key_secret"
            case stsToken = "sts_token"
        }
    }

    var current: String?
    var profiles: [Profile]?

    init(data: Data, file: String) throws {
        do {
            self = try JSONDecoder().decode(Self.self, from: data)
        } catch {
            // The decoder's message may quote the file; name the file only.
            throw CredentialsError(
                message: "\(file) is not a valid Alibaba Cloud CLI configuration (JSON with a profiles list)")
        }
    }

    /// The credentials of the named profile, else of `current`, else of `default`.
    func credentials(profile explicit: String?, file: String) throws -> Credentials {
        let name = explicit ?? self.current.flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        let profiles = self.profiles ?? []
        guard let profile = profiles.first(where: { $0.name == name }) else {
            let known = profiles.compactMap(\.name)
            throw CredentialsError(
                message:
                    "\(file) has no profile '\(name)' (profiles: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
            )
        }
        let mode = profile.mode ?? "AK"
        guard mode == "AK" || mode == "StsToken" else {
            throw CredentialsError(
                message: "profile '\(name)' in \(file) has mode '\(mode)'; only AK and StsToken are supported")
        }
        let values: [(String, String?)] =
            [
                ("access_key_id", profile.accessKeyID), ("access_key_secret", profile.accessKeySecret),
            ] + (mode == "StsToken" ? [("sts_token", profile.stsToken)] : [])
        let missing = values.filter { ($0.1 ?? "").isEmpty }.map(\.0)
        guard missing.isEmpty, let id = profile.accessKeyID, let secret = profile.accessKeySecret else {
            throw CredentialsError(message: "profile '\(name)' in \(file) lacks \(missing.joined(separator: " and "))")
        }
        let token = mode == "StsToken" ? profile.stsToken : nil
        return Credentials(accessKeyID: id, accessKeySecret: secret, securityToken: token)
    }
}
