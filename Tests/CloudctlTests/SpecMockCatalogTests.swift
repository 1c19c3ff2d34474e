import CloudRuntime
import CloudServices
import CloudTestSupport
import Foundation
import SharedTestSupport
import SpecMockCore
import Testing

@testable import CloudctlCore

/// `cloudctl` against `specmock`, in process, for every operation of every service: each
/// operation's first documented request example goes through cloudctl's command line, is signed,
/// sent over libcurl, verified and validated by the mock, and answered from the spec.
// Serialized: a hundred cases started at once would crowd out the timing-sensitive tests of other suites.
@Suite("cloudctl against specmock", .serialized)
struct SpecMockCatalogTests {
    @Test("Every operation's documented request example succeeds", arguments: SpecMockCatalog.operations)
    func documentedExample(_ operation: SpecMockCatalog.Operation) async throws {
        let spec = try #require(try await SpecMockCatalog.documented(operation.service)[operation.name])
        let usable = spec.requestExamples().examples.first { example in
            KnownExampleExceptions.table["\(operation.testDescription) request \(example.name)"] == nil
        }
        guard let example = usable else {
            withKnownIssue("skipped: \(operation.testDescription) has no request example that fits its spec") {
                Issue.record("skipped: \(operation.testDescription) has no request example that fits its spec")
            }
            return
        }
        let parameters = String(decoding: try example.data(), as: UTF8.self)
        let server = try await SpecMockCatalog.mock().start()
        defer { server.shutdown() }
        let serviceMethods: [String?] = operation.service.descriptor.rpcMethods.map(\.rawValue)
        let methods = spec.rpcMethods.isEmpty ? serviceMethods : spec.rpcMethods
        for method in methods.isEmpty ? [nil] : methods {
            var arguments = [
                operation.service.name, operation.name, "--body", parameters, "--endpoint", server.baseURLString,
            ]
            if let method { arguments += ["--method", method] }
            let before = server.requests.count
            let output = await SpecMockCatalog.cloudctl.run(arguments)
            let context = "\(method ?? "") \(output.standardError)"
            if let conflict = SpecMockExampleConflicts.table[operation.testDescription] {
                // The example contradicts its own spec; the mock must catch exactly that.
                #expect(output.exitCode == 1, "\(context)")
                #expect(output.standardError.contains("HTTP 400"), "\(context)")
                #expect(output.standardError.contains("\"\(conflict.parameter)\""), "\(conflict.reason): \(context)")
                continue
            }
            #expect(output.exitCode == 0, "\(context)")
            #expect(output.standardError.isEmpty, "\(context)")
            let received = Array(server.requests.dropFirst(before))
            #expect(received.count == 1, "\(context)")
            #expect(
                received.first?.signatureCheck?.isValid == true, "\(String(describing: received.first?.signatureCheck))"
            )
            if let method { #expect(received.first?.method == method) }
            if !output.standardOutput.isEmpty {
                #expect((try? JSONDecoder().decode(JSONValue.self, from: Data(output.standardOutput.utf8))) != nil)
            }
        }
    }

    @Test("A request the spec refuses comes back as the vendor's error on standard error, exit status 1")
    func refusedByTheMock() async throws {
        let server = try await SpecMockCatalog.mock().start()
        defer { server.shutdown() }
        let output = await SpecMockCatalog.cloudctl.run([
            "kce", "DescribeCluster", "--MaxResults", "50", "--endpoint", server.baseURLString,
        ])
        #expect(output.exitCode == 1)
        #expect(output.standardError.contains("HTTP 400"))
        #expect(output.standardError.contains("InvalidParameterValue"))
        #expect(output.standardError.contains("MaxResults"))
        #expect(server.requests.first?.signatureCheck?.isValid == true)
    }
}

/// The services, their specs, the mock and the command shared by the tests.
enum SpecMockCatalog {
    /// One operation of one service, as a test argument.
    struct Operation: Sendable, CustomTestStringConvertible {
        let service: ServiceCatalog
        let name: String

        /// `ACK.DescribeClusterDetail`, the key format of the known example exceptions.
        var testDescription: String { "\(self.service.descriptor.name).\(self.name)" }
    }

    /// Every operation of every shipped service, in catalog order.
    static let operations: [Operation] = ServiceCatalogs.all.flatMap { service in
        service.operations.map { Operation(service: service, name: $0.name) }
    }

    /// What the mock and the tests read from the specs, loaded once, off the concurrency pool.
    private struct Loaded: Sendable {
        let services: SpecMockServices
        let documented: [String: [String: SpecOperation]]
    }

    private static let loaded = Task { () throws -> Loaded in
        try await OffPool.run {
            let specs = try ServiceSpecs(specFolder: RepositoryFolders.specFolder)
            let documented = try specs.byName.mapValues { try SpecOperation.all(in: $0).byID }
            return Loaded(services: try SpecMockServices(specs: specs.all), documented: documented)
        }
    }

    /// What the spec documents about each operation of the service, by name.
    static func documented(_ service: ServiceCatalog) async throws -> [String: SpecOperation] {
        try await self.loaded.value.documented[service.descriptor.name] ?? [:]
    }

    /// A stateless mock with the demo key.
    static func mock() async throws -> SpecMock {
        SpecMock(services: try await self.loaded.value.services)
    }

    /// cloudctl with the mock's demo key in both vendors' environment variables.
    static let cloudctl = Cloudctl(
        services: ServiceCatalogs.all,
        environment: [
            "ALIBABA_CLOUD_ACCESS_KEY_ID": SpecMock.demoAccessKeyID,
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET": SpecMock.demoAccessKeySecret,
            "KSYUN_ACCESS_KEY": SpecMock.demoAccessKeyID, "KSYUN_SECRET_KEY": SpecMock.demoAccessKeySecret,
        ],
        transport: CurlTransport.shared)
}

/// Documented request examples whose values a closed enum of the same spec does not list: the
/// generated clients send them (their enums are extensible), and the mock refuses them as the
/// spec says. Keyed `<Service>.<Operation>`; the first usable example of the operation is meant.
enum SpecMockExampleConflicts {
    static let table: [String: (parameter: String, reason: String)] = [
        "ACK.DescribeAddons": (
            "cluster_type", "the example sends `kubernetes`; the enum lists `Kubernetes` (capitalised)"
        ),
        "ACK.DescribeEvents": (
            "type", "the example sends `nodePool_upgrade`; the enum lists `nodepool_upgrade`"
        ),
        "ACK.CreateClusterNodePool": (
            "scaling_group.platform",
            "the example sends `Linux`; the enum lists CentOS, AliyunLinux, Windows, WindowsCore"
        ),
    ]
}
