import Foundation

/// A response body read as a JSON object, with case-insensitive access to its top-level members.
///
/// Vendors spell the same member differently (`code`/`Code`, `requestId`/`RequestId`), so lookups
/// ignore letter case, preferring an exact match.
struct JSONObjectBody {
    private let members: [String: Any]

    /// Reads `body` as a JSON object; nil for an empty body, a body that is not JSON, or JSON that is not an object.
    init?(_ body: [UInt8]) {
        guard !body.isEmpty,
            let value = try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]),
            let members = value as? [String: Any]
        else { return nil }
        self.members = members
    }

    private init(members: [String: Any]) {
        self.members = members
    }

    /// The member as text: a string as is, a number or boolean in JSON spelling; nil when absent, null or structured.
    func string(forKey key: String) -> String? {
        switch self.value(forKey: key) {
        case let text as String:
            return text
        case let number as NSNumber:
            return number.stringValue
        default:
            return nil
        }
    }

    /// The member as a nested object.
    func object(forKey key: String) -> JSONObjectBody? {
        (self.value(forKey: key) as? [String: Any]).map { JSONObjectBody(members: $0) }
    }

    private func value(forKey key: String) -> Any? {
        if let exact = self.members[key] { return exact }
        let lowered = key.lowercased()
        return self.members.first { $0.key.lowercased() == lowered }?.value
    }
}
