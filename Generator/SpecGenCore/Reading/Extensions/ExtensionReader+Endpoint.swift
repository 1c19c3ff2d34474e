extension ExtensionReader {
    /// `x-endpoint` on a root `servers` entry: the name a client selects the endpoint by (`choice`, a
    /// lowercase name) and the regions whose URL does not follow the server's template (`region-urls`,
    /// region ID to an http(s) URL).
    ///
    /// ```yaml
    /// x-endpoint:
    ///   choice: vpc
    ///   region-urls:
    ///     cn-hangzhou-finance-1: https://cs-vpc.cn-hangzhou-finance.aliyuncs.com
    /// ```
    mutating func readEndpoint(_ node: YAMLNode) -> EndpointExtension? {
        guard let pairs = node.pairs else {
            self.error("'x-endpoint' must be a mapping, found \(node.kindDescription)", at: node)
            return nil
        }
        var value = EndpointExtension(regionURLs: [])
        for pair in pairs {
            switch pair.key.scalarValue {
            case "choice":
                // Kept as written, so that two servers naming the same choice are told apart from a
                // server left to its default.
                value.choice = pair.value.stringValue
                if pair.value.stringValue.map(Self.isChoiceName) != true {
                    self.error(
                        "'x-endpoint.choice' must be a lowercase name such as 'vpc', found \(Self.describe(pair.value))",
                        at: pair.value)
                }
            case "region-urls":
                value.regionURLs = self.readRegionURLs(pair.value)
            default:
                let key = pair.key.scalarValue ?? "?"
                self.error("unknown key '\(key)' in 'x-endpoint' (known: choice, region-urls)", at: pair.key)
            }
        }
        return value
    }

    private mutating func readRegionURLs(_ node: YAMLNode) -> [(region: String, url: String)] {
        guard let pairs = node.pairs else {
            self.error("'x-endpoint.region-urls' must map region IDs to URLs, found \(node.kindDescription)", at: node)
            return []
        }
        var urls: [(region: String, url: String)] = []
        for pair in pairs {
            let region = pair.key.scalarValue ?? ""
            let isRegion =
                !region.isEmpty
                && region.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            if !isRegion {
                self.error("'\(region)' is not a region ID (letters, digits and dashes)", at: pair.key)
            }
            guard let url = pair.value.stringValue, Self.isHTTPURL(url) else {
                self.error(
                    "the URL of region '\(region)' must be an http(s) URL without '{region}', found "
                        + Self.describe(pair.value), at: pair.value)
                continue
            }
            if isRegion { urls.append((region, url)) }
        }
        return urls
    }

    private static func isChoiceName(_ text: String) -> Bool {
        guard let first = text.first, first.isLowercase else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
    }

    private static func isHTTPURL(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://")) && !text.contains("{") && !text.contains(" ")
            && text.split(separator: "/", omittingEmptySubsequences: true).count >= 2
    }
}
