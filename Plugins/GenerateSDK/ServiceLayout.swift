import Foundation
import PackagePlugin

/// The one rule that ties a generated module to its spec folder and output files.
///
/// Each generated target is named after its module (`AlibabaACK`); its spec lives in `spec/<folder>/`
/// and its code goes into three files named after the service (`ACK+Client.swift`, ...), which
/// `specgen generate` always writes, so the build knows the outputs without reading the spec.
struct ServiceLayout {
    /// The Swift module (target) name, e.g. `AlibabaACK`; `x-sdk.module` in the spec.
    var module: String
    /// The service name, e.g. `ACK`; `x-sdk.name` in the spec.
    var name: String
    /// The folder under `spec/`, e.g. `alibaba-ack`.
    var specFolder: String

    /// Every generated module.
    static let all = [
        ServiceLayout(module: "AlibabaACK", name: "ACK", specFolder: "alibaba-ack"),
        ServiceLayout(module: "KingsoftKCE", name: "KCE", specFolder: "kingsoft-kce"),
        ServiceLayout(module: "KingsoftKCR", name: "KCR", specFolder: "kingsoft-kcr"),
    ]

    /// The layout of a target.
    /// - Throws: ``PluginError/unknownTarget(_:)`` for a target missing from ``all``.
    static func forTarget(_ name: String) throws -> ServiceLayout {
        guard let layout = self.all.first(where: { $0.module == name }) else {
            throw PluginError.unknownTarget(name)
        }
        return layout
    }

    /// `spec/<folder>`, as generated comments cite it.
    var specPath: String { "spec/\(self.specFolder)" }

    /// The spec folder inside the package.
    func specDirectory(in package: URL) -> URL {
        package.appending(path: "spec").appending(path: self.specFolder)
    }

    /// The three files `specgen generate` writes, in `directory`.
    func outputFiles(in directory: URL) -> [URL] {
        ["Client", "Operations", "Models"].map { directory.appending(path: "\(self.name)+\($0).swift") }
    }

    /// The `specgen` arguments that generate this service into `output`.
    func generateArguments(specDirectory: URL, output: URL) -> [String] {
        [
            "generate", specDirectory.path, "--output", output.path, "--module", self.module, "--name", self.name,
            "--spec-path", self.specPath,
        ]
    }

    /// The spec folder, its subfolders and every file in them, sorted. Folders are listed too: their
    /// modification time changes when a file is added or removed, which makes the build re-run.
    static func inputs(under directory: URL) throws -> [URL] {
        guard FileManager.default.fileExists(atPath: directory.path) else {
            throw PluginError.missingSpecFolder(directory.path)
        }
        var urls = [directory]
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey]
        if let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: keys) {
            for case let url as URL in enumerator {
                let values = try url.resourceValues(forKeys: Set(keys))
                if values.isDirectory == true || values.isRegularFile == true { urls.append(url) }
            }
        }
        return urls.sorted { $0.path < $1.path }
    }
}

/// Why a plugin could not run, and how to fix it.
enum PluginError: Error, CustomStringConvertible {
    /// The target is not one of the generated modules.
    case unknownTarget(String)
    /// The spec folder does not exist.
    case missingSpecFolder(String)
    /// `specgen` failed for a module.
    case generationFailed(module: String, status: Int32)

    var description: String {
        switch self {
        case .unknownTarget(let name):
            let known = ServiceLayout.all.map(\.module).joined(separator: ", ")
            return "GenerateSDK does not know target '\(name)' (known: \(known)); add it to ServiceLayout.all "
                + "in Plugins/GenerateSDK/ServiceLayout.swift with its spec folder and service name"
        case .missingSpecFolder(let path):
            return "spec folder '\(path)' does not exist; create it with an openapi.yaml (see spec/README.md)"
        case .generationFailed(let module, let status):
            return "specgen generate failed for \(module) (exit status \(status)); see the diagnostics above"
        }
    }
}
