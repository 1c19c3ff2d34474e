import Foundation
import PackagePlugin

/// Writes every service's generated sources into a folder of the package, for review:
/// `swift package --allow-writing-to-package-directory generate-sdk-sources [--output generated-review]`
/// writes `<output>/<Module>/<Name>+{Client,Operations,Models}.swift` for each target whose folder
/// holds a `generate-sdk.json` (see ``ServiceLayout``).
@main
struct GenerateSDKSources: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let outputOption = extractor.extractOption(named: "output").last ?? "generated-review"
        let package = context.package.directoryURL
        let output = outputOption.hasPrefix("/") ? URL(filePath: outputOption) : package.appending(path: outputOption)
        let tool = try context.tool(named: "specgen").url
        let layouts = try context.package.targets.filter { ServiceLayout.isGenerated($0.directoryURL) }.map {
            try ServiceLayout(module: $0.name, directory: $0.directoryURL)
        }
        for layout in layouts {
            let process = Process()
            process.executableURL = tool
            process.arguments = layout.generateArguments(
                specDirectory: layout.specDirectory(in: package), output: output.appending(path: layout.module))
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw PluginError.generationFailed(module: layout.module, status: process.terminationStatus)
            }
            print("Generated \(layout.module) from \(layout.specPath) into \(output.path)/\(layout.module)")
        }
    }
}
