import Foundation
import SpecGenCore
import Testing

/// `SpecGen.serviceFolders(in:)`: a service is a folder holding an `openapi.yaml`.
@Suite struct ServiceFoldersTests {
    @Test func listsTheSubfoldersHoldingARootDocumentInNameOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("service-folders-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (subfolder, file) in [("zeta", "openapi.yaml"), ("alpha", "openapi.yaml"), ("notes", "README.md")] {
            try FileManager.default.createDirectory(atPath: "\(folder)/\(subfolder)", withIntermediateDirectories: true)
            try Data("openapi: 3.1.0\n".utf8).write(to: URL(fileURLWithPath: "\(folder)/\(subfolder)/\(file)"))
        }
        try Data().write(to: URL(fileURLWithPath: "\(folder)/openapi.yaml"))
        #expect(SpecGen.serviceFolders(in: folder) == ["\(folder)/alpha", "\(folder)/zeta"])
        #expect(SpecGen.serviceFolders(in: folder + "/") == ["\(folder)/alpha", "\(folder)/zeta"])
        #expect(SpecGen.serviceFolders(in: "\(folder)/alpha").isEmpty)
        #expect(SpecGen.serviceFolders(in: "\(folder)/missing").isEmpty)
    }

    @Test func findsTheRepositorysServices() {
        #expect(
            FixturePaths.repositoryServices.map { URL(fileURLWithPath: $0).lastPathComponent } == [
                "alibaba-ack", "kingsoft-kce", "kingsoft-kcr",
            ])
    }
}
