import Foundation

/// Finds the folder that holds the service specs (`alibaba-ack`, `kingsoft-kce`, `kingsoft-kcr`).
public enum SpecFolder {
    /// The service folders a spec folder must hold.
    public static let services = ["alibaba-ack", "kingsoft-kce", "kingsoft-kcr"]

    /// The spec folder: the one given, else `spec` in the current directory or the nearest parent
    /// that has one (so the package's folder is found from any of its subfolders).
    /// - Parameters:
    ///   - given: The folder named on the command line, if any.
    ///   - currentDirectory: Where relative paths start and the search begins.
    /// - Returns: The folder's path.
    /// - Throws: ``SpecMockError`` saying where it looked and how to fix it.
    public static func locate(_ given: String?, currentDirectory: String) throws(SpecMockError) -> String {
        let base = URL(fileURLWithPath: currentDirectory, isDirectory: true)
        if let given {
            let folder = URL(fileURLWithPath: given, relativeTo: base).standardizedFileURL.path
            if let missing = self.missingService(in: folder) {
                throw SpecMockError(
                    "spec folder '\(given)' is not usable: \(missing)/openapi.yaml is missing; pass the folder that "
                        + "holds \(self.services.joined(separator: ", "))")
            }
            return folder
        }
        var directory = base.standardizedFileURL
        while true {
            let candidate = directory.appendingPathComponent("spec").path
            if self.missingService(in: candidate) == nil { return candidate }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        throw SpecMockError(
            "no spec folder found in \(currentDirectory) or its parents (looked for spec/alibaba-ack/openapi.yaml); "
                + "run from the package or pass --spec DIR")
    }

    /// The service folders of a spec folder, in ``services`` order.
    public static func serviceDirectories(in folder: String) -> [String] {
        self.services.map { URL(fileURLWithPath: folder).appendingPathComponent($0).path }
    }

    private static func missingService(in folder: String) -> String? {
        for service in self.services {
            let file = URL(fileURLWithPath: folder).appendingPathComponent(service).appendingPathComponent(
                "openapi.yaml")
            if !FileManager.default.fileExists(atPath: file.path) { return "\(folder)/\(service)" }
        }
        return nil
    }
}
