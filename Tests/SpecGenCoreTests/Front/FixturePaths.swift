import Foundation
import SpecGenCore

/// Locates the spec folders under `Tests/SpecGenCoreTests/Fixtures/`, next to this source file.
enum FixturePaths {
    /// The `Fixtures` folder.
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    /// The repository's own service spec folders (`<repository>/spec/alibaba-ack`, ...), found as
    /// specmock finds them.
    static let repositoryServices: [String] = SpecGen.serviceFolders(
        in: URL(fileURLWithPath: root).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("spec").path)

    /// A fixture spec folder by name, e.g. `roa-minimal`.
    static func spec(_ name: String) -> String {
        "\(root)/\(name)"
    }
}
