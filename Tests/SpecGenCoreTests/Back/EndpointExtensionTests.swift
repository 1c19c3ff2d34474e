import Foundation
import Testing

@testable import SpecGenCore

/// `x-endpoint` on servers: named endpoints (such as a VPC one) and regions whose URL does not follow
/// the template, from spec to Swift, and every misuse reported at its place.
@Suite struct EndpointExtensionTests {
    static let servers = """
        servers:
          - url: https://cs.{region}.aliyuncs.com
            variables: {region: {default: cn-hangzhou}}
            x-endpoint:
              region-urls: {cn-hangzhou-finance-1: https://cs.cn-hangzhou-finance.aliyuncs.com}
          - url: https://cs-vpc.{region}.aliyuncs.com
            variables: {region: {default: cn-hangzhou}}
            x-endpoint:
              choice: vpc
              region-urls: {cn-hangzhou-finance-1: https://cs-vpc.cn-hangzhou-finance.aliyuncs.com}
          - url: https://cs.aliyuncs.com

        """

    func folder(servers: String) throws -> SpecFolder {
        let folder = try SpecFolder(.roa)
        let path = folder.directory + "/openapi.yaml"
        let root = try String(contentsOfFile: path, encoding: .utf8)
        let start = try #require(root.range(of: "servers:\n"))
        let end = try #require(root.range(of: "components:", range: start.upperBound..<root.endIndex))
        try root.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: servers)
            .write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    func lint(_ folder: borrowing SpecFolder) -> [String] {
        SpecGen.lint(directories: [folder.directory], rules: []).diagnostics.map {
            $0.description.replacingOccurrences(of: folder.directory, with: "spec/t")
        }
    }

    @Test func namedEndpointsAndRegionURLsReachTheDescriptor() throws {
        let folder = try self.folder(servers: Self.servers)
        #expect(self.lint(folder).isEmpty)
        let model = try folder.model()
        #expect(
            model.endpoint
                == EndpointModel(
                    template: "https://cs.{region}.aliyuncs.com", defaultRegion: "cn-hangzhou",
                    regionURLs: ["cn-hangzhou-finance-1": "https://cs.cn-hangzhou-finance.aliyuncs.com"]))
        #expect(model.alternativeEndpoints.map(\.choice) == ["vpc", "global"])
        let rendered = SwiftRenderer().render(Translator(model: model).clientDeclarations()[0])
        #expect(
            rendered.contains(
                """
                            EndpointTemplate(
                                "https://cs-vpc.{region}.aliyuncs.com",
                                defaultRegion: "cn-hangzhou",
                                choice: .vpc,
                                regionURLs: ["cn-hangzhou-finance-1": "https://cs-vpc.cn-hangzhou-finance.aliyuncs.com"]
                            ),
                """), "\(rendered)")
    }

    @Test func anUnknownChoiceIsSpelledOut() throws {
        let servers = Self.servers.replacingOccurrences(of: "choice: vpc", with: "choice: intranet")
        let model = try self.folder(servers: servers).model()
        let rendered = SwiftRenderer().render(Translator(model: model).clientDeclarations()[0])
        #expect(rendered.contains(#"choice: EndpointChoice(rawValue: "intranet"),"#), "\(rendered)")
    }

    @Test func twoServersWithOneChoiceAreAnError() throws {
        let folder = try self.folder(servers: Self.servers.replacingOccurrences(of: "choice: vpc", with: "choice: regional"))
        let error = try #require(throws: DiagnosticsError.self) { try folder.model() }
        #expect(
            folder.cited(error) == [
                "spec/t/openapi.yaml:8:5: error: a second 'regional' server: name each further server with a different 'x-endpoint.choice'"
            ])
    }

    @Test func misusesAreReportedWhereTheyAre() throws {
        let servers = """
            servers:
              - url: https://cs.{region}.aliyuncs.com
                variables: {region: {default: cn-hangzhou}}
                x-endpoint:
                  choice: VPC Endpoint
                  region-urls: {"cn hangzhou": https://x.example.com, cn-a-1: "cs.{region}.example.com"}
                  hosts: []
              - url: https://cs.aliyuncs.com
                x-endpoint: [vpc]

            """
        let folder = try self.folder(servers: servers)
        #expect(
            self.lint(folder) == [
                "spec/t/openapi.yaml:7:15: error: 'x-endpoint.choice' must be a lowercase name such as 'vpc', found 'VPC Endpoint'",
                "spec/t/openapi.yaml:8:21: error: 'cn hangzhou' is not a region ID (letters, digits and dashes)",
                "spec/t/openapi.yaml:8:67: error: the URL of region 'cn-a-1' must be an http(s) URL without '{region}', found 'cs.{region}.example.com'",
                "spec/t/openapi.yaml:9:7: error: unknown key 'hosts' in 'x-endpoint' (known: choice, region-urls)",
                "spec/t/openapi.yaml:11:17: error: 'x-endpoint' must be a mapping, found a sequence",
            ])
    }
}
