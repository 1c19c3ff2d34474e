extension ServiceModel {
    /// The Swift names of the shapes an answer can contain: those a response refers to, directly or
    /// through other shapes. Their values are decoded from what servers send, so the client must be
    /// ready for them to differ from the spec.
    public var shapesInResponses: Set<String> {
        var roots: [TypeReference] = []
        for operation in self.operations {
            switch operation.response.kind {
            case .empty: break
            case .fields(let fields): roots += fields.map(\.type)
            case .body(let type): roots.append(type)
            }
        }
        return self.shapes(reachableFrom: roots)
    }

    /// The Swift names of the shapes a request can contain, directly or through other shapes.
    public var shapesInRequests: Set<String> {
        self.shapes(reachableFrom: self.operations.flatMap { $0.fields.map(\.type) })
    }

    /// The operations whose request or response contains each shape, directly or through other shapes,
    /// by shape name; operation names sorted.
    public var operationsByShape: [String: [String]] {
        var result: [String: Set<String>] = [:]
        let byName = self.shapesByName
        for operation in self.operations {
            var roots = operation.fields.map(\.type)
            switch operation.response.kind {
            case .empty: break
            case .fields(let fields): roots += fields.map(\.type)
            case .body(let type): roots.append(type)
            }
            for shape in self.shapes(reachableFrom: roots, byName: byName) {
                result[shape, default: []].insert(operation.name)
            }
        }
        return result.mapValues { $0.sorted() }
    }

    private var shapesByName: [String: ShapeModel] {
        Dictionary(self.shapes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The shapes the types refer to, directly or through other shapes.
    private func shapes(reachableFrom roots: [TypeReference], byName: [String: ShapeModel]? = nil) -> Set<String> {
        let byName = byName ?? self.shapesByName
        var found: Set<String> = []
        var pending = roots
        while let type = pending.popLast() {
            switch type.unwrapped {
            case .array(let element):
                pending.append(element)
            case .shape(let name):
                guard found.insert(name).inserted, let shape = byName[name] else { continue }
                switch shape.kind {
                case .structure(let fields): pending += fields.map(\.type)
                case .alias(let aliased): pending.append(aliased)
                case .stringEnum: break
                }
            default:
                break
            }
        }
        return found
    }
}
