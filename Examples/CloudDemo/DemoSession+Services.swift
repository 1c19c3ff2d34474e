import CloudServices
import SpecMockCore

extension DemoSession {
    /// Lists the services the clients were generated for, from their catalogs, and checks that the
    /// mock serves every operation of each, at the catalog's API version.
    func runServices() {
        print("Services (generated catalogs; the mock serves each from its spec folder):")
        let width = ServiceCatalogs.all.map(\.name.count).max() ?? 0
        for service in ServiceCatalogs.all {
            let descriptor = service.descriptor
            let served = Set(
                self.mock.responder.operations
                    .filter { $0.service == descriptor.name && $0.apiVersion == descriptor.apiVersion }
                    .map(\.operationID))
            let name = service.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let counts = [(service.operations.count, "operation"), (service.waiters.count, "waiter")]
                .map { count, noun in "\(count) \(noun)\(count == 1 ? "" : "s")" }
            print("  \(name)  \(service.title), API \(descriptor.apiVersion): \(counts.joined(separator: ", "))")
            let missing = service.operations.map(\.name).filter { !served.contains($0) }
            self.expect(
                missing.isEmpty, "the mock does not serve \(descriptor.name) \(missing.joined(separator: ", "))")
        }
        print("")
    }
}
