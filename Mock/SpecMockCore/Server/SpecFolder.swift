import Foundation
import SpecGenCore

/// Finds the folder that holds the service specs: every subfolder with an `openapi.yaml` is a service
/// (`spec/alibaba-ack`, `spec/kingsoft-kce`, ...), so adding a service is adding its folder.
public enum SpecFolder {
    /// The spec folder: the one given, else `spec` in the current directory or the nearest parent
    /// that has one holding a service (so the package's folder is found from any of its subfolders).
    /// - Parameters:
    ///   - given: The folder named on the command line, if any.
    ///   - currentDirectory: Where relative paths start and the search begins.
    /// - Returns: The folder's path.
    /// - Throws: ``SpecMockError`` saying where it looked and how to fix it.
    public static func locate(_ given: String?, currentDirectory: String) throws(SpecMockError) -> String {
        let base = URL(fileURLWithPath: currentDirectory, isDirectory: true)
        if let given {
            let folder = URL(fileURLWithPath: given, relativeTo: base).standardizedFileURL.path
            guard self.serviceDirectories(in: folder).isEmpty else { return folder }
            let isService = FileManager.default.fileExists(atPath: folder + "/openapi.yaml")
            throw SpecMockError(
                "spec folder '\(given)' holds no service (no \(given)/*/openapi.yaml)"
                    + (isService ? "; it is one service's folder: pass the folder that holds it" : "")
                    + "; pass the folder whose subfolders are the services' specs, such as spec")
        }
        var directory = base.standardizedFileURL
        while true {
            let candidate = directory.appendingPathComponent("spec").path
            if !self.serviceDirectories(in: candidate).isEmpty { return candidate }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        throw SpecMockError(
            "no spec folder found in \(currentDirectory) or its parents (looked for spec/*/openapi.yaml); "
                + "run from the package or pass --spec DIR")
    }

    /// The service folders of a spec folder: each subfolder holding an `openapi.yaml`, sorted by name.
    public static func serviceDirectories(in folder: String) -> [String] {
        SpecGen.serviceFolders(in: folder)
    }
}
