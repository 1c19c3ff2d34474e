import CloudRuntime
import CloudServices
import FixtureNotes
import Foundation
import SpecMockCore
import Testing

@testable import CloudctlCore

/// A fourth service, added as any service is (a spec folder, a target and its generate-sdk.json), is
/// reachable from cloudctl once its catalog joins the list: listed, documented and called against the
/// in-process mock, which loads its spec folder like any other.
@Suite struct AddedServiceTests {
    /// The test-only service's spec folder.
    static let specFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/notes-spec").path

    /// cloudctl over the shipped services and the added one, with the mock's demo key in Alibaba
    /// Cloud's variables (the added service signs with ACS v1).
    static let cloudctl = Cloudctl(
        services: ServiceCatalogs.all + [Notes.catalog],
        environment: [
            "ALIBABA_CLOUD_ACCESS_KEY_ID": SpecMock.demoAccessKeyID,
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET": SpecMock.demoAccessKeySecret,
        ])

    @Test func theCatalogComesFromItsSpec() {
        #expect(Notes.catalog.name == "notes")
        #expect(Notes.catalog.title == "Example Notes Service")
        #expect(Notes.catalog.operations.map(\.name) == ["ListNotes", "CreateNote", "DescribeNote"])
        #expect(Notes.catalog.descriptor.signatureAlgorithms == [.acsHMACSHA1])
    }

    @Test func cloudctlListsTheServiceAndItsOperations() async {
        let overview = await Self.cloudctl.run(["--help"])
        #expect(overview.standardOutput.contains("\n  notes  Example Notes Service\n"))
        #expect(overview.standardOutput.contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET (ack, notes)"))
        let listing = await Self.cloudctl.run(["notes", "--help"])
        #expect(listing.exitCode == 0)
        #expect(listing.standardOutput.hasPrefix("Example Notes Service, API 2024-01-01 (ROA)\n"))
        for line in [
            "  CreateNote    Create a note.", "  DescribeNote  Get one note.", "  ListNotes     List the notes.",
        ] {
            #expect(listing.standardOutput.contains(line + "\n"), "\(listing.standardOutput)")
        }
        let shipped = await Fixture.cloudctl(environment: [:]).run(["notes", "--help"])
        #expect(shipped.standardError.contains("unknown service 'notes'; choose one of: ack, kce, kcr"))
    }

    @Test func cloudctlCallsItsOperationsAgainstTheMock() async throws {
        let server = try SpecMock(specDirectories: [Self.specFolder]).start()
        defer { server.shutdown() }
        let described = await Self.cloudctl.run([
            "notes", "describe-note", "--NoteId", "n-1", "--endpoint", server.baseURLString,
        ])
        #expect(described.exitCode == 0, "\(described.standardError)")
        let note = try JSONDecoder().decode(JSONValue.self, from: Data(described.standardOutput.utf8))
        #expect(note == ["note_id": "n-1", "title": "Groceries", "text": "Milk and bread."])
        let created = await Self.cloudctl.run([
            "notes", "CreateNote", "--title", "Errands", "--endpoint", server.baseURLString,
        ])
        #expect(created.exitCode == 0, "\(created.standardError)")
        let requests = server.requests
        #expect(requests.map { "\($0.method) \($0.path)" } == ["GET /notes/n-1", "POST /notes"])
        #expect(requests.allSatisfy { $0.signatureCheck?.isValid == true })
        #expect(requests.last.map { String(decoding: $0.body, as: UTF8.self) } == #"{"title":"Errands"}"#)
    }
}
