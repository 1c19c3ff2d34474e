import Foundation

/// The INI credentials file of Alibaba Cloud: `[profile]` sections of `key = value` lines.
///
/// Lines starting with `#` or `;` are comments; keys are compared ignoring case; values are
/// trimmed and may be wrapped in double quotes.
struct AlibabaCredentialsINI {
    /// Each section's keys (lower-cased) and values, by section name.
    private(set) var sections: [String: [String: String]] = [:]
    /// The section names in file order, for error messages.
    private(set) var sectionOrder: [String] = []

    init(text: String) {
        var current: String?
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                let name = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                current = name
                if self.sections[name] == nil {
                    self.sections[name] = [:]
                    self.sectionOrder.append(name)
                }
                continue
            }
            guard let section = current, let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            self.sections[section]?[key] = value
        }
    }

    /// The credentials of one profile.
    func credentials(profile: String, file: String) throws -> Credentials {
        guard let keys = self.sections[profile] else {
            let known = self.sectionOrder.isEmpty ? "none" : self.sectionOrder.joined(separator: ", ")
            throw CredentialsError(message: "\(file) has no profile [\(profile)] (profiles: \(known))")
        }
        let type = keys["type"].flatMap { $0.isEmpty ? nil : $0 } ?? "access_key"
        guard type == "access_key" || type == "sts" else {
            throw CredentialsError(
                message: "profile [\(profile)] in \(file) has type '\(type)'; only access_key and sts are supported")
        }
        let required = ["access_key_id", "access_key_secret"] + (type == "sts" ? ["security_token"] : [])
        let missing = required.filter { (keys[$0] ?? "").isEmpty }
        guard missing.isEmpty, let id = keys["access_key_id"], let secret = keys["access_key_secret"] else {
            throw CredentialsError(
                message: "profile [\(profile)] in \(file) lacks \(missing.joined(separator: " and "))")
        }
        let token = keys["security_token"].flatMap { $0.isEmpty ? nil : $0 }
        return Credentials(accessKeyID: id, accessKeySecret: secret, securityToken: token)
    }
}
