import Foundation

/// Locates the spec folders under `Tests/SpecGenCoreTests/Fixtures/`, next to this source file.
enum FixturePaths {
    /// The `Fixtures` folder.
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    /// A fixture spec folder by name, e.g. `roa-minimal`.
    static func spec(_ name: String) -> String {
        "\(root)/\(name)"
    }
}
