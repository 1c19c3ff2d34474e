import Foundation

extension SpecGen {
    /// The service spec folders inside a folder: each subfolder holding an `openapi.yaml` root
    /// document, sorted by name, so that adding a service is adding its folder.
    ///
    /// - Parameter folder: The folder holding the service folders, e.g. `spec`.
    /// - Returns: The service folders, each `folder` joined with its name (`spec/alibaba-ack`,
    ///   `spec/kingsoft-kce`, ...); empty when there are none or `folder` cannot be read.
    public static func serviceFolders(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return names.sorted().map { prefix + $0 }.filter { directory in
            FileManager.default.fileExists(atPath: directory + "/openapi.yaml")
        }
    }
}
