import PackagePlugin

@main
struct GenerateSDKSources: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {}
}
