extension ExtensionReader {
    /// An `x-reference` where it belongs: a mapping of attributes the place records (`methods` on an
    /// operation; the field attributes on a parameter or a property's schema), each with a value that
    /// attribute takes, and a non-empty `reason`. Whether it is written in the right place is the
    /// `x-reference` rule's to check; whether each entry is still needed, the docs index check's.
    ///
    /// - Parameters:
    ///   - owner: The operation, parameter or schema that may carry `x-reference`.
    ///   - pointer: The owner's pointer.
    ///   - attributes: The attributes recorded at this place.
    ///   - place: The place in messages, e.g. `an operation`.
    mutating func readReference(
        on owner: YAMLNode, pointer: [String], allowing attributes: [ReferenceAttribute], place: String
    ) -> ReferenceExtension? {
        guard let pair = owner.pair(for: VendorExtension.reference) else { return nil }
        self.referenceLocations.insert(pair.value.location)
        guard let entries = pair.value.pairs else {
            self.error(
                "'x-reference' must be a mapping of the reference's attributes and a 'reason', found \(pair.value.kindDescription)",
                at: pair.value)
            return nil
        }
        var record = ReferenceExtension(values: [:], pointer: pointer + [VendorExtension.reference])
        var recordsAnAttribute = false
        for entry in entries {
            guard let key = entry.key.scalarValue else { continue }
            if key == ReferenceExtension.reasonKey {
                record.reason = entry.value.stringValue
                if (record.reason ?? "").allSatisfy(\.isWhitespace) {
                    self.error("'reason' must be a sentence saying why the spec differs", at: entry.value)
                }
                continue
            }
            recordsAnAttribute = true
            guard let attribute = ReferenceAttribute(rawValue: key) else {
                let known = (attributes.map(\.rawValue) + [ReferenceExtension.reasonKey]).joined(separator: ", ")
                self.error("unknown key '\(key)' in 'x-reference'; use \(known)", at: entry.key)
                continue
            }
            guard attributes.contains(attribute) else {
                let home = attribute == .methods ? "an operation" : "a parameter or a property's schema"
                self.error("'\(key)' is not recorded on \(place); write it on \(home)", at: entry.key)
                continue
            }
            switch attribute.value(of: entry.value) {
            case .success(let value): record.values[attribute] = value
            case .failure(let error): self.error(error.message, at: error.location)
            }
        }
        if record.reason == nil, !entries.contains(where: { $0.key.scalarValue == ReferenceExtension.reasonKey }) {
            self.error("'x-reference' needs a 'reason': why the spec differs from the reference", at: pair.key)
        }
        if !recordsAnAttribute {
            self.error("'x-reference' records no attribute of the reference", at: pair.key)
        }
        return record
    }
}
