import Foundation
import PackagePlugin

/// Generates a service module's Swift sources from its spec folder at build time.
///
/// The target's folder holds `generate-sdk.json`, naming the spec folder and the service name (see
/// ``ServiceLayout``). One build command runs `specgen generate <spec folder> --output <plugin work dir>`.
/// Its inputs are the configuration file, every file under the spec folder and the folders themselves,
/// so editing, adding or removing a spec file re-runs it; declaring the configuration file as an input
/// also tells SwiftPM the file is handled (no "unhandled file" warning). Its outputs are the three fixed
/// files, so the build plan never depends on the spec's contents. SwiftPM caches the plan: after
/// editing this plugin, touch `Package.swift`.
@main
struct GenerateSDK: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let layout = try ServiceLayout(module: target.name, directory: target.directoryURL)
        let specDirectory = layout.specDirectory(in: context.package.directoryURL)
        let output = context.pluginWorkDirectoryURL
        let inputs = try layout.inputs(under: specDirectory)
        return [
            .buildCommand(
                displayName: "Generating \(layout.module) from \(layout.specPath)",
                executable: try context.tool(named: "specgen").url,
                arguments: layout.generateArguments(
                    specDirectory: specDirectory, output: output, plannedInputs: inputs),
                inputFiles: [layout.configurationFile] + inputs,
                outputFiles: layout.outputFiles(in: output))
        ]
    }
}
