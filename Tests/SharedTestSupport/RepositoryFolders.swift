import Foundation

/// Folders of the repository the tests read, found from this file's location
/// (`Tests/SharedTestSupport/`), so the tests run from any working directory.
package enum RepositoryFolders {
    /// The repository root.
    package static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The folder holding the service specs (`spec/`).
    package static let specFolder = root.appendingPathComponent("spec").path
}
