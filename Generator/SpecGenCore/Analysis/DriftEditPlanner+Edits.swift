/// The four edits: widen a `type`, add properties, drop names from `required`, add `enum` values.
extension DriftEditPlanner {
    /// Adds types to a field's `type` in the order of their findings (most answers first), before
    /// `'null'`, which stays last.
    mutating func widen(_ field: [String], _ requests: [Request]) {
        guard case .success(let (schema, text)) = self.located(field) else {
            return self.manual(requests, "the field's schema was not found; edit the spec by hand")
        }
        guard let type = schema["type"] else {
            return self.manual(
                requests, "the field has no 'type' of its own (a '$ref'); edit the referenced schema by hand")
        }
        let listed = type.items ?? [type]
        let names = listed.compactMap(\.text)
        var added: [String] = []
        var addsNull = false
        for case .widenType(_, let adding) in requests.map(\.edit) {
            if adding == .null {
                addsNull = !names.contains("null")
            } else if !names.contains(adding.rawValue), !added.contains(adding.rawValue) {
                added.append(adding.rawValue)
            }
        }
        let nullText = listed.first { $0.text == "null" }.flatMap(text.source(of:)) ?? "'null'"
        let kept = listed.filter { $0.text != "null" }.compactMap(text.source(of:))
        let hasNull = names.contains("null") || addsNull
        let final = "[" + (kept + added + (hasNull ? [nullText] : [])).joined(separator: ", ") + "]"
        let edit: YAMLTextEdit?
        if type.items == nil {
            edit = text.replacing(type, with: final)
        } else if let nullIndex = names.firstIndex(of: "null") {
            edit = text.inserting(added, into: type, before: nullIndex)
        } else {
            edit = text.inserting(added + (addsNull ? ["'null'"] : []), into: type)
        }
        let detail = "widen 'type' to \(final)"
        let fixes = requests.map { ($0, detail, Optional(type.location)) }
        self.record(
            edit.map { [$0] } ?? [], in: type.location.file, changes: added.count + (addsNull ? 1 : 0), fixes: fixes)
    }

    /// Adds new properties, marked `x-observed`, after the object's last property.
    mutating func addProperties(_ object: [String], _ requests: [Request]) {
        guard case .success(let (schema, text)) = self.located(object), let properties = schema.pair(for: "properties"),
            properties.value.pairs != nil
        else {
            return self.manual(requests, "the object has no 'properties' to add to; edit the spec by hand")
        }
        var byName: [String: [(JSONType, Int, Request)]] = [:]
        var names: [String] = []
        for request in requests {
            guard case .addProperty(_, let name, let observed) = request.edit else { continue }
            if byName[name] == nil { names.append(name) }
            byName[name, default: []].append((observed, request.answers, request))
        }
        var entries: [String] = []
        var fixes: [(Request, String, SourceLocation?)] = []
        for name in names.sorted() {
            let observations = byName[name] ?? []
            guard properties.value[name] == nil else {
                self.manual(observations.map(\.2), "'\(name)' is already in 'properties'; check the spec by hand")
                continue
            }
            let types = Self.propertyTypes(observations.map { ($0.0, $0.1) })
            entries.append(Self.propertyEntry(name, types: types))
            let detail = "add property '\(name)' (\(Self.describe(types))), marked 'x-observed: true'"
            for (observed, _, request) in observations {
                let isRead = types.contains(observed) || (observed == .integer && types.contains(.number))
                if types.isEmpty || observed == .null || isRead {
                    fixes.append((request, detail, properties.key.location))
                } else {
                    self.manual(
                        [request],
                        "'\(name)' is added as \(Self.describe(types)); a field combines scalar types only, "
                            + "so \(observed.rawValue) needs a manual fix")
                }
            }
        }
        let edit = text.appending(entries, to: properties.value)
        self.record(edit.map { [$0] } ?? [], in: properties.key.location.file, changes: entries.count, fixes: fixes)
    }

    /// Removes names from the object's `required`, and the key itself when no name is left.
    mutating func removeRequired(_ object: [String], _ requests: [Request]) {
        guard case .success(let (schema, text)) = self.located(object),
            let index = schema.pairs?.firstIndex(where: { $0.key.scalarValue == "required" }),
            let required = schema.pairs?[index].value, let items = required.items
        else {
            return self.manual(requests, "the object has no 'required' list; edit the spec by hand")
        }
        var removed: Set<Int> = []
        var fixes: [(Request, String, SourceLocation?)] = []
        for request in requests {
            guard case .removeRequired(_, let name) = request.edit,
                let position = items.firstIndex(where: { $0.text == name })
            else {
                self.manual([request], "the name is not in this object's 'required' list; edit the spec by hand")
                continue
            }
            removed.insert(position)
            fixes.append((request, "remove '\(name)' from 'required'", items[position].location))
        }
        let edits =
            removed.count == items.count
            ? text.removingPair(at: index, from: schema).map { [$0] }
            : text.removing(itemsAt: removed, from: required)
        guard let edits else {
            return self.manual(requests, "'required' could not be edited in place; edit the spec by hand")
        }
        self.record(edits, in: required.location.file, changes: removed.count, fixes: fixes)
    }

    /// Appends values to the schema's `enum`, and lists them in `x-observed-values` too, so that the docs
    /// index (which records the reference's values) and readers of the spec can tell them apart.
    mutating func addEnumValues(_ schema: [String], _ requests: [Request]) {
        guard case .success(let (node, text)) = self.located(schema), let list = node["enum"], let items = list.items
        else {
            return self.manual(requests, "the schema has no 'enum' list; edit the spec by hand")
        }
        var added: [String] = []
        var fixes: [(Request, String, SourceLocation?)] = []
        for request in requests {
            guard case .addEnumValue(_, let value) = request.edit else { continue }
            if !items.contains(where: { $0.text == value }), !added.contains(value) { added.append(value) }
            fixes.append((request, "add '\(value)' to 'enum'", list.location))
        }
        guard !added.isEmpty else {
            return self.record([], in: list.location.file, changes: 0, fixes: fixes)
        }
        let values = added.map(YAMLWriter.string)
        let observed: YAMLTextEdit? =
            if let existing = node[VendorExtension.observedValues], existing.items != nil {
                text.inserting(values, into: existing)
            } else {
                text.appending(["\(VendorExtension.observedValues): [\(values.joined(separator: ", "))]"], to: node)
            }
        guard let edit = text.inserting(values, into: list), let observed else {
            return self.manual(requests, "the 'enum' list could not be edited in place; edit the spec by hand")
        }
        self.record([edit, observed], in: list.location.file, changes: added.count, fixes: fixes)
    }
}
