import Foundation
import PackagePlugin

/// Generates a service module's Swift sources from its spec folder at build time.
///
/// One build command runs `specgen generate spec/<folder> --output <plugin work dir>`. Its inputs are
/// every file under the spec folder plus the folders themselves, so editing, adding or removing a
/// spec file re-runs it; its outputs are the three fixed files, so the build plan never depends on
/// the spec's contents. SwiftPM caches the plan: after editing this plugin, touch `Package.swift`.
@main
struct GenerateSDK: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let layout = try ServiceLayout.forTarget(target.name)
        let specDirectory = layout.specDirectory(in: context.package.directoryURL)
        let output = context.pluginWorkDirectoryURL
        return [
            .buildCommand(
                displayName: "Generating \(layout.module) from \(layout.specPath)",
                executable: try context.tool(named: "specgen").url,
                arguments: layout.generateArguments(specDirectory: specDirectory, output: output),
                inputFiles: try ServiceLayout.inputs(under: specDirectory),
                outputFiles: layout.outputFiles(in: output))
        ]
    }
}
