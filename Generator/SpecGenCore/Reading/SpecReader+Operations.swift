extension SpecReader {
    /// The order operations of one path are listed in, whatever order they are written in, so that
    /// moving a method within a path item changes no generated code.
    static let methodOrder = ["get", "post", "patch", "put", "delete", "head", "options", "trace"]

    /// The parameter locations OpenAPI defines.
    static let parameterLocations: Set<String> = ["path", "query", "header", "cookie"]

    mutating func readOperations() -> [SpecDocument.Operation] {
        var operations: [SpecDocument.Operation] = []
        for (path, item) in self.root["paths"]?.namedValues ?? [] {
            let pathPointer = ["paths", path]
            guard item["$ref"] == nil else {
                self.error("path item references are not supported; write the operations inline", at: item)
                continue
            }
            let shared = self.readParameters(item["parameters"], pointer: pathPointer + ["parameters"])
            let methods = item.namedValues.filter { Self.methodOrder.contains($0.name) && $0.value.pairs != nil }
            for method in Self.methodOrder {
                guard let node = methods.first(where: { $0.name == method })?.value else { continue }
                let pointer = pathPointer + [method]
                let name = node["operationId"]?.text ?? path
                operations.append(
                    SpecDocument.Operation(
                        path: path, method: method, operationID: node["operationId"]?.text,
                        summary: node["summary"]?.text, description: node["description"]?.text,
                        parameters: shared + self.readParameters(node["parameters"], pointer: pointer + ["parameters"]),
                        requestBody: node["requestBody"].flatMap {
                            self.readRequestBody($0, pointer: pointer + ["requestBody"])
                        },
                        responses: (node["responses"]?.namedValues ?? []).compactMap { status, response in
                            self.readResponse(response, status: status, pointer: pointer + ["responses", status])
                        },
                        pagination: node[VendorExtension.pagination].flatMap {
                            self.extensions.readPagination(
                                $0, operation: name, pointer: pointer + [VendorExtension.pagination])
                        },
                        waiters: node[VendorExtension.waiters].map {
                            self.extensions.readWaiters($0, pointer: pointer + [VendorExtension.waiters])
                        } ?? [],
                        waiterTriggers: node[VendorExtension.waiterAfter].map {
                            self.extensions.readWaiterTriggers($0, pointer: pointer + [VendorExtension.waiterAfter])
                        } ?? [],
                        rpcMethods: node[VendorExtension.rpcMethods].flatMap {
                            self.extensions.readRPCMethods($0, action: name)
                        },
                        reference: self.extensions.readReference(
                            on: node, pointer: pointer, allowing: [.methods], place: "an operation"),
                        source: self.extensions.readSource(on: node, pointer: pointer, of: "operation"),
                        deprecation: self.extensions.readDeprecation(on: node, operation: name),
                        pointer: pointer))
            }
        }
        return operations
    }

    private mutating func readParameters(_ node: YAMLNode?, pointer: [String]) -> [SpecDocument.Parameter] {
        var parameters: [SpecDocument.Parameter] = []
        for (index, parameter) in (node?.items ?? []).enumerated() {
            let parameterPointer = pointer + [String(index)]
            guard parameter["$ref"] == nil else {
                self.error("parameter references are not supported; declare the parameter inline", at: parameter)
                continue
            }
            guard let name = parameter["name"]?.text else {
                self.error("every parameter needs a 'name'", at: parameter)
                continue
            }
            guard let location = parameter["in"]?.text, Self.parameterLocations.contains(location) else {
                let found = parameter["in"].map { $0.text.map { "'\($0)'" } ?? $0.kindDescription } ?? "nothing"
                self.error(
                    "parameter '\(name)' needs 'in: path', 'query', 'header' or 'cookie', found \(found)",
                    at: parameter["in"] ?? parameter)
                continue
            }
            let style = parameter["style"]?.text ?? (location == "query" || location == "cookie" ? "form" : "simple")
            parameters.append(
                SpecDocument.Parameter(
                    name: name, location: location, isRequired: parameter["required"]?.boolValue ?? false,
                    description: parameter["description"]?.text,
                    schema: parameter["schema"].map { self.readSchema($0, pointer: parameterPointer + ["schema"]) },
                    explode: parameter["explode"]?.boolValue ?? (style == "form"),
                    extensions: self.extensions.readFieldExtensions(parameter, pointer: parameterPointer),
                    pointer: parameterPointer))
        }
        return parameters
    }

    private mutating func readRequestBody(_ node: YAMLNode, pointer: [String]) -> SpecDocument.RequestBody? {
        guard node["$ref"] == nil else {
            self.error("request body references are not supported; declare the body inline", at: node)
            return nil
        }
        return SpecDocument.RequestBody(
            isRequired: node["required"]?.boolValue ?? false, description: node["description"]?.text,
            content: self.readContent(node["content"], pointer: pointer + ["content"]), pointer: pointer)
    }

    private mutating func readResponse(
        _ node: YAMLNode, status: String, pointer: [String]
    ) -> SpecDocument.Response? {
        guard node["$ref"] == nil else {
            self.error("response references are not supported; declare the response inline", at: node)
            return nil
        }
        return SpecDocument.Response(
            status: status, description: node["description"]?.text,
            content: self.readContent(node["content"], pointer: pointer + ["content"]), pointer: pointer)
    }

    private mutating func readContent(_ node: YAMLNode?, pointer: [String]) -> [SpecDocument.MediaType] {
        (node?.namedValues ?? []).map { type, media in
            let mediaPointer = pointer + [type]
            return SpecDocument.MediaType(
                type: type, schema: media["schema"].map { self.readSchema($0, pointer: mediaPointer + ["schema"]) },
                example: media["example"],
                examples: (media["examples"]?.namedValues ?? []).compactMap { name, example in
                    example["value"].map { (name, $0) }
                },
                pointer: mediaPointer)
        }
    }
}
