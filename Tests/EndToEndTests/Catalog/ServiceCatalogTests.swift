import AlibabaACK
import CloudRuntime
import CloudServices
import SpecGenCore
import Testing

/// The shipped services' catalogs: one per spec folder, each carrying its spec's names and its
/// vendor's default credentials.
@Suite struct ServiceCatalogTests {
    @Test("The shipped catalogs and the spec folders name the same services")
    func catalogsMatchTheSpecFolders() throws {
        let specs = try CatalogService.specs.get()
        #expect(specs.all.count == specs.byName.count, "two spec folders declare the same x-sdk.name")
        #expect(ServiceCatalogs.all.map(\.descriptor.name).sorted() == specs.byName.keys.sorted())
        #expect(ServiceCatalogs.all.map(\.name) == ["ack", "kce", "kcr"])
    }

    @Test("Each catalog has its spec's title and its module's descriptor, operations and waiters")
    func catalogsCarryTheirModules() throws {
        for catalog in ServiceCatalogs.all {
            let spec = try CatalogService.specs.get().spec(of: catalog)
            #expect(catalog.title == spec.document.info.title)
        }
        #expect(ACK.catalog.descriptor == ACK.service)
        #expect(ACK.catalog.operations.map(\.name) == ACK.operations.map(\.name))
        #expect(ACK.catalog.waiters.map(\.name) == ACK.waiters.map(\.name))
    }

    @Test("Default credentials read the variables of the vendor whose algorithms sign the service")
    func defaultCredentialsFollowTheSigningVendor() async throws {
        let alibaba = ["ALIBABA_CLOUD_ACCESS_KEY_ID": "AK-ALIBABA", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "secret-a"]
        let kingsoft = ["KSYUN_ACCESS_KEY": "AK-KINGSOFT", "KSYUN_SECRET_KEY": "secret-k"]
        for catalog in ServiceCatalogs.all {
            let isKingsoft = catalog.descriptor.signatureAlgorithms.first == .aws4HMACSHA256
            let own = try await catalog.defaultCredentials(isKingsoft ? kingsoft : alibaba).credentials()
            #expect(own.accessKeyID == (isKingsoft ? "AK-KINGSOFT" : "AK-ALIBABA"), "\(catalog.name)")
            await #expect(throws: CredentialsError.self, "\(catalog.name)") {
                try await catalog.defaultCredentials(isKingsoft ? alibaba : kingsoft).credentials()
            }
        }
    }
}
