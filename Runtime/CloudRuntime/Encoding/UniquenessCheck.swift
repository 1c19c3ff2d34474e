/// Checks that one member of a list's structures does not repeat (`Filter.N.Name`).
///
/// Fed each element's encoded parameters in order, it remembers the first element that used each value
/// of the member and throws when a later element uses it again. Elements that leave the member out are
/// not compared.
struct UniquenessCheck: Sendable {
    /// The member's wire name, relative to the element (`Name`).
    let member: String
    /// Each value seen, with the full name of the parameter that first carried it (`Filter.1.Name`).
    private var firstSeen: [String: String] = [:]

    /// Creates a check for one member.
    ///
    /// - Parameter member: The member's wire name, relative to an element.
    init(member: String) {
        self.member = member
    }

    /// Checks one element.
    ///
    /// - Parameters:
    ///   - items: The element's encoded parameters, full names (`Filter.3.Name`).
    ///   - element: The element's full name (`Filter.3`).
    /// - Throws: ``RequestEncodingError`` naming both elements when the member's value repeats; the value
    ///   is quoted cut to a short length.
    mutating func check(_ items: [QueryItem], element: String) throws {
        let name = "\(element).\(self.member)"
        guard let value = items.first(where: { $0.name == name })?.value else { return }
        if let first = self.firstSeen[value] {
            throw RequestEncodingError(
                parameter: name, message: "\(name) \(ListLimits.quoted(value)) repeats \(first)")
        }
        self.firstSeen[value] = name
    }
}
