@_spi(Generated) import CloudRuntime
import Foundation
import Testing

/// Choosing among a service descriptor's endpoints, without generated code.
@Suite struct EndpointChoiceTests {
    /// A service whose only endpoint has no region in its host name.
    static let globalOnly = ServiceDescriptor(
        name: "GlobalOnly", apiVersion: "2019-08-06", protocol: .rpc, product: "G",
        endpoint: EndpointTemplate("https://g.api.example.com", defaultRegion: "cn-beijing-6", choice: .global),
        signatureAlgorithms: [.aws4HMACSHA256], signingService: "g", rpcMethods: [.post])

    private func host(_ service: ServiceDescriptor, choice: EndpointChoice?, region: String? = nil) async throws
        -> String
    {
        let client = ServiceClient(
            service: service,
            configuration: ClientConfiguration(region: region, endpointChoice: choice, clock: { TestService.fixedDate }),
            credentials: TestService.credentials, transport: RecordingTransport())
        let request = TestService.DescribeCluster(clusterIDs: nil, search: nil)
        return try await client.prepare(request, operation: TestService.DescribeCluster.operation).host
    }

    @Test func descriptorListsTheDefaultFirst() {
        let alternative = EndpointTemplate("https://kce.api.ksyun.com", defaultRegion: "cn-beijing-6", choice: .global)
        var service = TestService.kce
        service.alternativeEndpoints = [alternative]
        #expect(service.endpoints == [TestService.kce.endpoint, alternative])
        #expect(TestService.kce.endpoints == [TestService.kce.endpoint])
        #expect(TestService.kce.endpoint.choice == .regional)
    }

    @Test func defaultEndpointCanBeChosenByName() async throws {
        #expect(try await self.host(Self.globalOnly, choice: nil) == "g.api.example.com")
        #expect(try await self.host(Self.globalOnly, choice: .global, region: "eu-east-1") == "g.api.example.com")
        #expect(try await self.host(TestService.kce, choice: .regional, region: "eu-east-1") == "kce.eu-east-1.api.ksyun.com")
    }

    @Test func missingChoiceNamesTheOffered() async throws {
        let error = await #expect(throws: ClientError.self) {
            _ = try await self.host(Self.globalOnly, choice: .regional)
        }
        #expect(error?.kind == .invalidEndpoint)
        #expect(error?.message == "GlobalOnly has no endpoint 'regional'; it offers: global")
    }

    @Test func choiceIsAnExtensibleString() throws {
        let decoded = try JSONDecoder().decode([EndpointChoice].self, from: Data(#"["global","private-link"]"#.utf8))
        #expect(decoded == [.global, "private-link"])
    }
}
