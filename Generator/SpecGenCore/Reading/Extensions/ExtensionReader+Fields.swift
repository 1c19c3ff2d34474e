extension ExtensionReader {
    /// The field extensions of a schema or parameter node; each malformed value is reported and left out.
    ///
    /// - `x-swift-name`: a Swift identifier;
    /// - `x-json-string`, `x-observed`: `true` or `false`;
    /// - `x-index-base`: `0` or `1`;
    /// - `x-unique-by`: a non-empty member name;
    /// - `x-observed-values`: a list of texts;
    /// - `x-required`: a non-empty list of non-empty dotted member paths.
    ///
    /// What the names and paths refer to is for the `x-unique-by`, `x-required` and `x-index-base` rules.
    /// `x-source` is read (``readSource(on:pointer:of:)``) everywhere; the SDK index check says where it
    /// is needed.
    /// `x-reference` is read (``readReference(on:pointer:allowing:place:)``) on a parameter and on a
    /// property's or list's schema; on a parameter's own schema or a schema file's root it belongs
    /// elsewhere, which the `x-reference` rule reports.
    mutating func readFieldExtensions(_ node: YAMLNode, pointer: [String]) -> FieldExtensions {
        var extensions = FieldExtensions()
        guard let pairs = node.pairs else { return extensions }
        for pair in pairs {
            guard let key = pair.key.scalarValue, Self.fieldExtensionKeys.contains(key) else { continue }
            extensions.locations[key] = pair.value.location
            self.readFieldExtension(key, pair.value, into: &extensions)
        }
        if let place = Self.referencePlace(pointer) {
            extensions.reference = self.readReference(
                on: node, pointer: pointer, allowing: ReferenceAttribute.fieldAttributes, place: place)
        }
        extensions.source = self.readSource(on: node, pointer: pointer, of: "field")
        return extensions
    }

    /// How messages name the node at a pointer when it may record `x-reference`: a parameter, or a schema
    /// other than a parameter's own or a schema file's root; nil for those two.
    private static func referencePlace(_ pointer: [String]) -> String? {
        if pointer.count == 3, pointer[0] == "components", pointer[1] == "schemas" { return nil }
        let parent = pointer.dropLast()
        if pointer.last == "schema", parent.dropLast().last == "parameters" { return nil }
        return parent.last == "parameters" ? "a parameter" : "a schema"
    }

    /// The field extensions ``readFieldExtensions(_:pointer:)`` reads, by key.
    static let fieldExtensionKeys: Set<String> = [
        VendorExtension.swiftName, VendorExtension.jsonString, VendorExtension.observed, VendorExtension.indexBase,
        VendorExtension.uniqueBy, VendorExtension.observedValues, VendorExtension.requiredMembers,
    ]

    private mutating func readFieldExtension(_ key: String, _ value: YAMLNode, into extensions: inout FieldExtensions) {
        switch key {
        case VendorExtension.swiftName:
            guard let text = value.text, SwiftName.isValidIdentifier(text) else {
                let found = value.text.map { "'\($0)'" } ?? value.kindDescription
                self.error("'x-swift-name' must be a Swift identifier, found \(found)", at: value)
                return
            }
            extensions.swiftName = text
        case VendorExtension.jsonString, VendorExtension.observed:
            guard case .bool(let flag) = value.resolvedScalar, value.scalarValue != nil else {
                self.error("'\(key)' must be true or false, found \(value.kindDescription)", at: value)
                return
            }
            if key == VendorExtension.jsonString {
                extensions.isJSONString = flag
            } else {
                extensions.isObserved = flag
            }
        case VendorExtension.indexBase:
            guard case .int(let base) = value.resolvedScalar, base == 0 || base == 1 else {
                let found = value.text.map { "'\($0)'" } ?? value.kindDescription
                self.error("'x-index-base' must be 0 or 1, found \(found)", at: value)
                return
            }
            extensions.indexBase = base
        case VendorExtension.uniqueBy:
            guard let name = value.stringValue, !name.isEmpty else {
                self.error(
                    "'x-unique-by' must name a property of the array's items, found \(value.kindDescription)", at: value
                )
                return
            }
            extensions.uniqueBy = name
        case VendorExtension.observedValues:
            guard let items = value.items, let texts = value.textItems, texts.count == items.count else {
                self.error(
                    "'x-observed-values' must list the enum values seen, found \(value.kindDescription)", at: value)
                return
            }
            extensions.observedValues = texts
        default:
            extensions.requiredMembers = self.readRequiredMembers(value)
        }
    }

    /// `x-required`: nil unless every entry is a path, so entry N of the value is entry N of the spec.
    private mutating func readRequiredMembers(_ value: YAMLNode) -> [String]? {
        guard let items = value.items, !items.isEmpty else {
            self.error("'x-required' must list members of the structure, such as [enable, max_instances]", at: value)
            return nil
        }
        var paths: [String] = []
        for item in items {
            guard let path = item.text, !path.isEmpty else {
                self.error("'x-required' lists member paths, found \(item.kindDescription)", at: item)
                continue
            }
            paths.append(path)
        }
        return paths.count == items.count ? paths : nil
    }
}
