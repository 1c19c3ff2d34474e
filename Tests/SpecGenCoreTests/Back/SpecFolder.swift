import Foundation

@testable import SpecGenCore

/// A spec folder written to a temporary directory for one test: a root document of the chosen style
/// (or the given one) plus the given group and schema files. Diagnostics cite it as `spec/t/...` via
/// ``cited(_:)``.
struct SpecFolder: ~Copyable {
    enum Style {
        case roa
        case rpc
    }

    let base: URL
    let directory: String

    init(
        _ style: Style, root rootDocument: String? = nil, groups: [String: String] = [:],
        schemas: [String: String] = [:]
    ) throws {
        self.base = FileManager.default.temporaryDirectory.appending(path: "specgen-back-\(UUID().uuidString)")
        let root = self.base.appending(path: "spec").appending(path: "t")
        self.directory = root.path
        for folder in ["groups", "schemas"] {
            try FileManager.default.createDirectory(at: root.appending(path: folder), withIntermediateDirectories: true)
        }
        try (rootDocument ?? Self.root(style)).write(
            to: root.appending(path: "openapi.yaml"), atomically: true, encoding: .utf8)
        for (name, text) in groups {
            try text.write(to: root.appending(path: "groups/\(name).yaml"), atomically: true, encoding: .utf8)
        }
        for (name, text) in schemas {
            try text.write(to: root.appending(path: "schemas/\(name).yaml"), atomically: true, encoding: .utf8)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: self.base)
    }

    /// The lowered model, or the diagnostics error.
    func model() throws(DiagnosticsError) -> ServiceModel {
        try SpecGen.generateSources(specDirectory: self.directory, specPath: "spec/t").model
    }

    /// Lint's diagnostics, with the temporary folder replaced by `spec/t`.
    func lint() -> [String] {
        SpecGen.lint(directories: [self.directory]).diagnostics.map {
            $0.description.replacingOccurrences(of: self.directory, with: "spec/t")
        }
    }

    /// Diagnostics with the temporary folder replaced by `spec/t`.
    func cited(_ error: DiagnosticsError) -> [String] {
        error.diagnostics.map { $0.description.replacingOccurrences(of: self.directory, with: "spec/t") }
    }

    static func root(_ style: Style) -> String {
        switch style {
        case .roa:
            """
            openapi: 3.1.0
            info: {title: Snippet ROA, version: 2015-12-15}
            servers:
              - url: https://cs.{region}.aliyuncs.com
                variables: {region: {default: cn-hangzhou}}
            components:
              securitySchemes:
                acs:
                  type: apiKey
                  in: header
                  name: Authorization
                  x-signature: {algorithms: [acs-hmac-sha1]}
            security: [{acs: []}]
            x-sdk: {name: ACK, module: AlibabaACK, protocol: roa, product: CS}
            paths: {}

            """
        case .rpc:
            """
            openapi: 3.1.0
            info: {title: Snippet RPC, version: 2019-08-06}
            servers:
              - url: https://kce.{region}.api.ksyun.com
                variables: {region: {default: cn-beijing-6}}
            components:
              securitySchemes:
                aws4:
                  type: apiKey
                  in: header
                  name: Authorization
                  x-signature: {algorithms: [aws4-hmac-sha256], service: kce}
            security: [{aws4: []}]
            x-sdk: {name: KCE, module: KingsoftKCE, protocol: rpc, rpc: {methods: [POST, GET]}}
            paths: {}

            """
        }
    }
}
