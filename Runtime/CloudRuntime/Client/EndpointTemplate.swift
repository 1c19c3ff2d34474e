import Foundation

/// A service endpoint, usually with a `{region}` placeholder, such as `https://cs.{region}.aliyuncs.com`.
public struct EndpointTemplate: Sendable, Hashable {
    /// The URL text with `{region}` placeholders.
    public var template: String
    /// The region used when the client configuration names none.
    public var defaultRegion: String
    /// The name a client configuration selects this endpoint by.
    public var choice: EndpointChoice
    /// Regions whose URL does not follow the template, by region ID, such as
    /// `cn-hangzhou-finance-1` → `https://cs.cn-hangzhou-finance.aliyuncs.com`.
    public var regionURLs: [String: String]

    /// Creates an endpoint template.
    ///
    /// - Parameters:
    ///   - template: The URL text; each `{region}` is replaced by the region. A template without
    ///     the placeholder is a global endpoint.
    ///   - defaultRegion: The region used when the client configuration names none.
    ///   - choice: The name a client configuration selects this endpoint by; default ``EndpointChoice/regional``.
    ///   - regionURLs: Regions whose URL does not follow the template; default none.
    @_spi(Generated) public init(
        _ template: String, defaultRegion: String, choice: EndpointChoice = .regional,
        regionURLs: [String: String] = [:]
    ) {
        self.template = template
        self.defaultRegion = defaultRegion
        self.choice = choice
        self.regionURLs = regionURLs
    }

    /// The endpoint URL for a region.
    ///
    /// - Parameter region: The region, or nil for ``defaultRegion``.
    /// - Returns: The region's own URL when ``regionURLs`` lists it, else the template with the region
    ///   filled in.
    /// - Throws: ``ClientError`` of kind ``ClientError/Kind/invalidRegion`` for a region that is not
    ///   letters, digits and dashes, or ``ClientError/Kind/invalidEndpoint`` when the result is not
    ///   an `http(s)` URL with a host.
    public func url(region: String? = nil) throws -> URL {
        let region = region ?? self.defaultRegion
        try Self.validate(region: region)
        if let url = self.regionURLs[region] {
            return try Self.validatedEndpoint(url, origin: "endpoint of region '\(region)'")
        }
        let text = self.template.replacing("{region}", with: region)
        return try Self.validatedEndpoint(text, origin: "endpoint template '\(self.template)'")
    }

    /// Checks that a region is a plausible region ID, so it cannot change the endpoint's host structure.
    ///
    /// - Parameter region: The region, for example `cn-hangzhou` or `cn-beijing-6`.
    /// - Throws: ``ClientError`` of kind ``ClientError/Kind/invalidRegion``.
    public static func validate(region: String) throws {
        let isAllowed: (UInt8) -> Bool = { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                return true
            default:
                return false
            }
        }
        guard !region.isEmpty, region.utf8.count <= 64, region.utf8.allSatisfy(isAllowed) else {
            throw ClientError(
                kind: .invalidRegion,
                message: "region '\(region)' must be 1 to 64 letters, digits and dashes, for example 'cn-hangzhou'")
        }
    }

    /// Checks that a URL is `http` or `https` with a host and no query or fragment.
    static func validatedEndpoint(_ text: String, origin: String) throws -> URL {
        guard let url = URL(string: text), let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty, components.query == nil, components.fragment == nil
        else {
            throw ClientError(
                kind: .invalidEndpoint,
                message: "\(origin) gives '\(text)', which is not an http(s) URL with a host and without query")
        }
        return url
    }
}
