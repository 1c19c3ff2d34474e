/// Compares two lowered service models and classifies each difference for clients of the
/// generated Swift library.
///
/// Operations are matched by name, fields by wire name and shapes by Swift name. Types are
/// compared through their generated Swift spelling, so only changes a client can see count.
struct SpecDiffer {
    let base: ServiceModel
    let head: ServiceModel
    let baseTypes: Translator
    let headTypes: Translator
    /// Shapes a request can contain, before or after.
    let shapesInRequests: Set<String>
    /// Shapes an answer can contain, before or after.
    let shapesInResponses: Set<String>
    /// The operations each shape reaches, before and after.
    let baseReach: [String: [String]]
    let headReach: [String: [String]]

    init(base: ServiceModel, head: ServiceModel) {
        self.base = base
        self.head = head
        self.baseTypes = Translator(model: base)
        self.headTypes = Translator(model: head)
        self.shapesInRequests = base.shapesInRequests.union(head.shapesInRequests)
        self.shapesInResponses = base.shapesInResponses.union(head.shapesInResponses)
        self.baseReach = base.operationsByShape
        self.headReach = head.operationsByShape
    }

    /// A change and the spec location of the field it is about, if any. Fields of a schema that
    /// is flattened into requests and responses share that location, so one edit is reported once.
    struct Finding {
        var change: SpecDiff.Change
        var source: String?

        init(_ change: SpecDiff.Change, from field: FieldModel? = nil) {
            self.change = change
            self.source = field.map { "\($0.origin.file)#\($0.origin.pointer)" }
        }
    }

    /// Every classified change, breaking first; one edit seen from several places is reported once,
    /// at its most severe, naming the other places.
    func changes() -> [SpecDiff.Change] {
        var unique: [SpecDiff.Change] = []
        var groups: [String: [SpecDiff.Change]] = [:]
        for finding in self.findings() {
            guard let source = finding.source else {
                unique.append(finding.change)
                continue
            }
            // "required-field-added" (request side) and "field-added" (response side) are one edit.
            let family = finding.change.kind.replacingOccurrences(of: "required-", with: "")
            groups["\(source)|\(family)", default: []].append(finding.change)
        }
        for group in groups.values {
            let sorted = group.sorted {
                ($0.impact, $0.subject.count, $0.subject) < ($1.impact, $1.subject.count, $1.subject)
            }
            guard var first = sorted.first else { continue }
            let others = Set(sorted.dropFirst().map(\.subject)).subtracting([first.subject]).sorted()
            if !others.isEmpty { first.detail += " (also \(others.joined(separator: ", ")))" }
            unique.append(first)
        }
        return unique.sorted()
    }

    private func findings() -> [Finding] {
        var changes = self.serviceChanges().map { Finding($0) }
        let before = Dictionary(self.base.operations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(self.head.operations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let renames = self.operationRenames(
            removed: before.filter { after[$0.key] == nil }.map(\.value),
            added: after.filter { before[$0.key] == nil }.map(\.value))
        for rename in renames {
            guard let old = before[rename.old], let new = after[rename.new] else { continue }
            changes.append(
                Finding(
                    .init(
                        subject: rename.new, kind: "operation-renamed", impact: .breaking,
                        detail: "operation \(rename.old) renamed to \(rename.new) (\(Self.describe(new.invocation)))")))
            changes += self.operationChanges(old, new)
        }
        let renamedOld = Set(renames.map(\.old))
        let renamedNew = Set(renames.map(\.new))
        for name in Set(before.keys).union(after.keys) where !renamedOld.contains(name) && !renamedNew.contains(name) {
            switch (before[name], after[name]) {
            case (let old?, let new?): changes += self.operationChanges(old, new)
            case (let old?, nil):
                changes.append(
                    Finding(
                        .init(
                            subject: name, kind: "operation-removed", impact: .breaking,
                            detail: "operation \(Self.describe(old.invocation)) removed")))
            case (nil, let new?):
                changes.append(
                    Finding(
                        .init(
                            subject: name, kind: "operation-added", impact: .nonBreaking,
                            detail: "new operation \(Self.describe(new.invocation))")))
            case (nil, nil): break
            }
        }
        changes += self.shapeChanges()
        return changes
    }

    // MARK: - Service

    private func serviceChanges() -> [SpecDiff.Change] {
        var changes: [SpecDiff.Change] = []
        let service = self.head.name
        for algorithm in self.base.signatureAlgorithms where !self.head.signatureAlgorithms.contains(algorithm) {
            changes.append(
                .init(
                    subject: service, kind: "signing-algorithm-removed", impact: .breaking,
                    detail: "signing algorithm \(algorithm.rawValue) removed"))
        }
        for algorithm in self.head.signatureAlgorithms where !self.base.signatureAlgorithms.contains(algorithm) {
            changes.append(
                .init(
                    subject: service, kind: "signing-algorithm-added", impact: .nonBreaking,
                    detail: "signing algorithm \(algorithm.rawValue) added"))
        }
        if self.base.endpoint != self.head.endpoint {
            changes.append(
                .init(
                    subject: service, kind: "endpoint-changed", impact: .nonBreaking,
                    detail: "endpoint \(Self.describe(self.base.endpoint)) -> \(Self.describe(self.head.endpoint))"))
        }
        if self.base.apiVersion != self.head.apiVersion {
            changes.append(
                .init(
                    subject: service, kind: "api-version-changed", impact: .nonBreaking,
                    detail: "API version \(self.base.apiVersion) -> \(self.head.apiVersion)"))
        }
        if self.base.name != self.head.name {
            changes.append(
                .init(
                    subject: service, kind: "service-renamed", impact: .breaking,
                    detail: "service name \(self.base.name) -> \(self.head.name)"))
        }
        return changes
    }

    // MARK: - Operations

    private func operationChanges(_ old: OperationModel, _ new: OperationModel) -> [Finding] {
        var changes: [Finding] = []
        let name = new.name
        if old.invocation != new.invocation {
            let kind = if case .rpc = new.invocation { "action-changed" } else { "route-changed" }
            changes.append(
                Finding(
                    .init(
                        subject: name, kind: kind, impact: .breaking,
                        detail: "\(Self.describe(old.invocation)) -> \(Self.describe(new.invocation))")))
        }
        if old.summary != new.summary || old.description != new.description {
            changes.append(
                Finding(
                    .init(
                        subject: name, kind: "operation-documentation-changed", impact: .documentation,
                        detail: "summary or description changed")))
        }
        // Deprecating keeps the method and warns callers: it breaks no build that treats warnings as warnings.
        if let reason = new.deprecation, old.deprecation == nil {
            changes.append(
                Finding(.init(subject: name, kind: "operation-deprecated", impact: .nonBreaking, detail: reason)))
        } else if new.deprecation == nil, old.deprecation != nil {
            changes.append(
                Finding(
                    .init(
                        subject: name, kind: "operation-undeprecated", impact: .nonBreaking,
                        detail: "no longer deprecated")))
        }
        changes += self.fieldChanges(old.fields, new.fields, subject: "\(name).request", isInput: true)
        switch (old.response.kind, new.response.kind) {
        case (.fields(let before), .fields(let after)):
            changes += self.fieldChanges(
                before, after, subject: "\(name).response", isInput: false, readsAnswers: true)
        case (.empty, .empty):
            break
        case (let before, let after):
            if self.spelling(of: before, in: self.baseTypes) != self.spelling(of: after, in: self.headTypes) {
                changes.append(
                    Finding(
                        .init(
                            subject: "\(name).response", kind: "response-type-changed", impact: .breaking,
                            detail:
                                "\(self.spelling(of: before, in: self.baseTypes)) -> \(self.spelling(of: after, in: self.headTypes))"
                        )))
            }
        }
        return changes
    }

    private func spelling(of kind: ResponseModel.Kind, in translator: Translator) -> String {
        switch kind {
        case .empty: "no body"
        case .fields: "fields"
        case .body(let type): SwiftRenderer().type(translator.swiftType(type))
        }
    }

    // MARK: - Shapes

    private func shapeChanges() -> [Finding] {
        var changes: [Finding] = []
        let before = Dictionary(self.base.shapes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(self.head.shapes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let renames = self.shapeRenames(
            removed: before.filter { after[$0.key] == nil }.map(\.value),
            added: after.filter { before[$0.key] == nil }.map(\.value))
        for rename in renames {
            changes.append(
                Finding(
                    .init(
                        subject: rename.new, kind: "type-renamed", impact: .breaking,
                        detail: "type \(self.head.name).\(rename.old) renamed to \(self.head.name).\(rename.new), "
                            + "same declaration\(self.reach(of: rename.new))")))
        }
        let renamed = Set(renames.flatMap { [$0.old, $0.new] })
        for name in Set(before.keys).union(after.keys) where !renamed.contains(name) {
            switch (before[name], after[name]) {
            case (_?, nil):
                changes.append(
                    Finding(
                        .init(
                            subject: name, kind: "type-removed", impact: .breaking,
                            detail: "type \(self.head.name).\(name) removed\(self.reach(of: name))")))
            case (nil, _?):
                changes.append(
                    Finding(
                        .init(
                            subject: name, kind: "type-added", impact: .nonBreaking,
                            detail: "new type \(self.head.name).\(name)")))
            case (let old?, let new?):
                changes += self.shapeChanges(old, new).map { finding in
                    var finding = finding
                    finding.change.detail += self.reach(of: name)
                    return finding
                }
            case (nil, nil): break
            }
        }
        return changes
    }

    private func shapeChanges(_ old: ShapeModel, _ new: ShapeModel) -> [Finding] {
        let name = new.name
        switch (old.kind, new.kind) {
        case (.structure(let before), .structure(let after)):
            // A shape is judged by where it is used, on both sides of the change; one used nowhere as an input.
            let isInput = self.shapesInRequests.contains(name) || !self.shapesInResponses.contains(name)
            return self.fieldChanges(
                before, after, subject: name, isInput: isInput, readsAnswers: self.shapesInResponses.contains(name))
        case (.stringEnum(let before), .stringEnum(let after)):
            return self.valueChanges(before.map(\.value), after.map(\.value), subject: name).map { Finding($0) }
        case (.alias(let before), .alias(let after))
        where self.spelling(before, self.baseTypes) == self.spelling(after, self.headTypes):
            return []
        default:
            return [
                Finding(
                    .init(
                        subject: name, kind: "type-kind-changed", impact: .breaking,
                        detail: "the declaration of \(self.head.name).\(name) changed kind"))
            ]
        }
    }

    // MARK: - Helpers

    func spelling(_ type: TypeReference, _ translator: Translator) -> String {
        SwiftRenderer().type(translator.swiftType(type))
    }

    static func describe(_ invocation: OperationModel.Invocation) -> String {
        switch invocation {
        case .roa(let method, let path): "\(method.rawValue) \(path)"
        case .rpc(let action, let methods):
            methods.isEmpty
                ? "action \(action)" : "action \(action) (\(methods.map(\.rawValue).joined(separator: ", ")))"
        }
    }

    static func describe(_ endpoint: EndpointModel) -> String {
        "\(endpoint.template) (default region \(endpoint.defaultRegion))"
    }
}

extension SpecDiff {
    /// Compares a base and a head model of the same service.
    ///
    /// - Parameters:
    ///   - models: The base and head models.
    ///   - labels: Where each side came from, as the user wrote it.
    ///   - coverage: Docs-index coverage before and after, when known.
    public init(
        models: (base: ServiceModel, head: ServiceModel), labels: (base: String, head: String),
        coverage: Coverage? = nil
    ) {
        let service = Service(
            name: models.head.name, base: labels.base, head: labels.head,
            changes: SpecDiffer(base: models.base, head: models.head).changes(),
            symbols: Self.symbolChanges(base: models.base, head: models.head), coverage: coverage)
        self.init(services: [service])
    }
}
