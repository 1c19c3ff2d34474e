@_spi(Generated) import CloudRuntime
import Foundation
import Testing

@Suite struct EndpointTemplateTests {
    private let template = EndpointTemplate("https://cs.{region}.aliyuncs.com", defaultRegion: "cn-hangzhou")

    @Test(arguments: [
        (nil, "https://cs.cn-hangzhou.aliyuncs.com"),
        ("cn-beijing", "https://cs.cn-beijing.aliyuncs.com"),
        ("ap-southeast-1", "https://cs.ap-southeast-1.aliyuncs.com"),
    ] as [(String?, String)])
    func substitutesTheRegion(region: String?, expected: String) throws {
        #expect(try self.template.url(region: region).absoluteString == expected)
    }

    @Test func globalEndpointIgnoresTheRegion() throws {
        let global = EndpointTemplate("https://kce.api.ksyun.com", defaultRegion: "cn-beijing-6")
        #expect(try global.url(region: "cn-shanghai-2").absoluteString == "https://kce.api.ksyun.com")
    }

    @Test(arguments: ["", "cn hangzhou", "cn.hangzhou", "evil.com/", "cn-hangzhou#", "区域", String(repeating: "a", count: 65)])
    func rejectsRegionsThatAreNotIDs(region: String) {
        let error = #expect(throws: ClientError.self) { try self.template.url(region: region) }
        #expect(error?.kind == .invalidRegion)
        #expect(error?.description.contains("letters, digits and dashes") == true)
    }

    @Test(arguments: ["cs.{region}.aliyuncs.com", "ftp://cs.{region}.aliyuncs.com", "https://", "https://cs.{region}.com/?a=1"])
    func rejectsTemplatesThatAreNotHTTPURLs(text: String) {
        let error = #expect(throws: ClientError.self) {
            try EndpointTemplate(text, defaultRegion: "cn-hangzhou").url()
        }
        #expect(error?.kind == .invalidEndpoint)
    }
}
