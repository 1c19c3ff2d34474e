import CloudRuntime
import SpecGenCore

/// The repository's service specs, found as specmock finds them (each `spec/*/` folder holding an
/// `openapi.yaml`) and keyed by their `x-sdk.name` (`ACK`), the name the generated catalogs'
/// descriptors carry. The name is read straight from OpenAPIKit's document, independently of the generator.
package struct ServiceSpecs: Sendable {
    /// Every service spec as the generator and the mock read it, in folder order.
    package let all: [SpecDocument]
    /// Every service spec as the tests' oracle reads it, by service name.
    package let byName: [String: OracleSpec]

    /// Loads every service folder of a spec folder.
    /// - Parameter specFolder: The folder holding the service folders.
    /// - Throws: The loader's diagnostics, or ``CatalogTestFailure`` for a spec without `x-sdk.name`.
    package init(specFolder: String) throws {
        var byName: [String: OracleSpec] = [:]
        self.all = try SpecGen.serviceFolders(in: specFolder).map { directory in
            let oracle = try OracleSpec.load(directory: directory)
            let sdk = oracle.document.vendorExtensions["x-sdk"]?.value as? [String: Any]
            guard let name = sdk?["name"] as? String else { throw CatalogTestFailure("\(directory) has no x-sdk.name") }
            byName[name] = oracle
            return try SpecGen.load(directory: directory)
        }
        self.byName = byName
    }

    /// The spec a catalog was generated from, as the oracle reads it.
    /// - Throws: ``CatalogTestFailure`` when no spec folder declares the catalog's service.
    package func spec(of catalog: ServiceCatalog) throws -> OracleSpec {
        guard let spec = self.byName[catalog.descriptor.name] else {
            throw CatalogTestFailure("no spec folder declares x-sdk.name \(catalog.descriptor.name)")
        }
        return spec
    }
}
