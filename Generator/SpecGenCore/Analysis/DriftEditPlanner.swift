import Foundation

/// Turns the edits that resolve drift findings into text edits of the spec files that declare the
/// nodes, one edit per node however many findings lead to it (a `$ref`'d schema file is edited once).
///
/// Every edit is computed from the nodes' extents in the file as it is on disk, so comments and layout
/// outside the changed entries stay as they are. A finding whose edit cannot be made gets a manual fix
/// that says why.
struct DriftEditPlanner {
    /// One finding's edit.
    struct Request {
        /// The finding's index.
        var finding: Int
        /// The edit.
        var edit: DriftEdit
        /// The finding's answers (records), to rank the types of a new property.
        var answers: Int
    }

    /// The planned edits.
    struct Plan {
        /// Each finding's fix, by finding index.
        var fixes: [Int: DriftReport.Fix] = [:]
        /// Text edits by file.
        var edits: [String: [YAMLTextEdit]] = [:]
        /// Changes by file: types, properties, required names and enum values added or removed.
        var changes: [String: Int] = [:]
    }

    let spec: DriftSpec
    private var texts: [String: YAMLEditableText] = [:]
    private(set) var plan = Plan()

    init(spec: DriftSpec) {
        self.spec = spec
    }

    /// Plans every request; each node's requests become one edit.
    mutating func plan(_ requests: [Request]) {
        var targets: [String: [Request]] = [:]
        var order: [String] = []
        for request in requests.map({ self.nullToReferencedSchema($0) }) {
            guard let key = Self.target(of: request.edit) else {
                if case .manual(let reason) = request.edit { self.manual([request], reason) }
                continue
            }
            if targets[key] == nil { order.append(key) }
            targets[key, default: []].append(request)
        }
        for key in order {
            guard let requests = targets[key], let first = requests.first else { continue }
            switch first.edit {
            case .widenType(let field, _): self.widen(field, requests)
            case .addProperty(let object, _, _): self.addProperties(object, requests)
            case .removeRequired(let object, _): self.removeRequired(object, requests)
            case .addEnumValue(let schema, _): self.addEnumValues(schema, requests)
            case .manual: break
            }
        }
    }

    /// A `null` sent for a field that is only a `$ref` is allowed where the field's type is written:
    /// at the root of the referenced schema file, which then allows null wherever it is used.
    private mutating func nullToReferencedSchema(_ request: Request) -> Request {
        guard case .widenType(let field, .null) = request.edit, case .success(let (schema, _)) = self.located(field),
            schema["type"] == nil
        else { return request }
        let referenced = self.spec.dereferenced(field)
        guard referenced != field else { return request }
        var request = request
        request.edit = .widenType(field: referenced, adding: .null)
        return request
    }

    /// Requests that change the same node share a key.
    private static func target(of edit: DriftEdit) -> String? {
        switch edit {
        case .widenType(let field, _): "type " + SourceMap.pointer(field)
        case .addProperty(let object, _, _): "properties " + SourceMap.pointer(object)
        case .removeRequired(let object, _): "required " + SourceMap.pointer(object)
        case .addEnumValue(let schema, _): "enum " + SourceMap.pointer(schema)
        case .manual: nil
        }
    }

    // MARK: - Recording

    /// The file's text and the node at a pointer, or a reason to fix by hand.
    mutating func located(_ pointer: [String]) -> Result<(YAMLNode, YAMLEditableText), Failure> {
        guard let node = self.spec.node(at: pointer), node.extent != nil else {
            return .failure(Failure("the spec node to edit was not found; edit the spec by hand"))
        }
        let file = node.location.file
        if let text = self.texts[file] { return .success((node, text)) }
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8)
        else { return .failure(Failure("cannot read '\(file)'; edit it by hand")) }
        let editable = YAMLEditableText(text)
        self.texts[file] = editable
        return .success((node, editable))
    }

    /// Records text edits of a file and the findings they resolve.
    mutating func record(
        _ edits: [YAMLTextEdit], in file: String, changes: Int, fixes: [(Request, String, SourceLocation?)]
    ) {
        self.plan.edits[file, default: []] += edits
        self.plan.changes[file, default: 0] += changes
        for (request, detail, location) in fixes {
            self.plan.fixes[request.finding] = DriftReport.Fix(
                action: .edit, detail: detail, location: location.map(DriftReport.Location.init))
        }
    }

    /// Gives findings a manual fix.
    mutating func manual(_ requests: [Request], _ reason: String) {
        for request in requests {
            self.plan.fixes[request.finding] = DriftReport.Fix(action: .manual, detail: reason, location: nil)
        }
    }

    /// Why an edit cannot be made.
    struct Failure: Error {
        var reason: String

        init(_ reason: String) {
            self.reason = reason
        }
    }
}
