/// The root's `servers`: at least one; each URL uses a `{region}` variable with a default, or no
/// variable at all; each further server has its own `x-endpoint.choice`.
struct ServersRule: ValidationRule {
    let name = "servers"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        guard let servers = spec.root["servers"]?.items, !servers.isEmpty else {
            return [
                .error(
                    "the root document needs a server URL such as https://cs.{region}.aliyuncs.com",
                    at: spec.root["servers"]?.location ?? spec.root.location)
            ]
        }
        var diagnostics: [Diagnostic] = []
        var choices: Set<String> = []
        for (index, server) in servers.enumerated() {
            guard let url = server["url"]?.text else {
                diagnostics.append(.error("every server needs a 'url'", at: server.location))
                continue
            }
            let variables = server["variables"]?.pairs ?? []
            let region = server["variables"]?["region"]?["default"]?.text
            if let other = variables.first(where: { $0.key.scalarValue != "region" }) {
                diagnostics.append(
                    .error("server variables other than 'region' are not supported", at: other.key.location))
            } else if url.contains("{region}") != (region != nil) {
                diagnostics.append(
                    .error(
                        "the server URL must use a '{region}' variable with a default, and no other variable",
                        at: server["url"]?.location ?? server.location))
            }
            let endpoint = document.servers.first { $0.pointer == ["servers", String(index)] }?.endpoint
            let choice = endpoint?.choice ?? (region == nil ? "global" : "regional")
            if !choices.insert(choice).inserted {
                diagnostics.append(
                    .error(
                        "a second '\(choice)' server: name each further server with a different 'x-endpoint.choice'",
                        at: server.location))
            }
        }
        return diagnostics
    }
}
