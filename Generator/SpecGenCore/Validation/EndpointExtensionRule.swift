/// `x-endpoint` on a root `servers` entry: the name a client selects the endpoint by (`choice`), and
/// the regions whose URL does not follow the server's template (`region-urls`).
///
/// ```yaml
/// servers:
///   - url: https://cs-vpc.{region}.aliyuncs.com
///     variables: {region: {default: cn-hangzhou}}
///     x-endpoint:
///       choice: vpc
///       region-urls:
///         cn-hangzhou-finance-1: https://cs-vpc.cn-hangzhou-finance.aliyuncs.com
/// ```
struct EndpointExtensionRule: ValidationRule {
    let name = "x-endpoint"

    func validate(_ spec: AssembledSpec) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for server in spec.root["servers"]?.items ?? [] {
            guard let pair = server.pair(for: VendorExtension.endpoint) else { continue }
            diagnostics += Self.check(pair.value)
        }
        return diagnostics
    }

    private static func check(_ endpoint: YAMLNode) -> [Diagnostic] {
        guard let pairs = endpoint.pairs else {
            return [.error("'x-endpoint' must be a mapping, found \(endpoint.kindDescription)", at: endpoint.location)]
        }
        var diagnostics: [Diagnostic] = []
        for pair in pairs {
            switch pair.key.scalarValue {
            case "choice":
                if pair.value.stringValue.map(Self.isChoiceName) != true {
                    diagnostics.append(
                        .error(
                            "'x-endpoint.choice' must be a lowercase name such as 'vpc', found "
                                + Self.describe(pair.value), at: pair.value.location))
                }
            case "region-urls":
                diagnostics += Self.checkRegionURLs(pair.value)
            default:
                diagnostics.append(
                    .error(
                        "unknown key '\(pair.key.scalarValue ?? "?")' in 'x-endpoint' (known: choice, region-urls)",
                        at: pair.key.location))
            }
        }
        return diagnostics
    }

    private static func checkRegionURLs(_ node: YAMLNode) -> [Diagnostic] {
        guard let pairs = node.pairs else {
            return [
                .error(
                    "'x-endpoint.region-urls' must map region IDs to URLs, found \(node.kindDescription)",
                    at: node.location)
            ]
        }
        var diagnostics: [Diagnostic] = []
        for pair in pairs {
            let region = pair.key.scalarValue ?? ""
            if region.isEmpty || !region.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
                diagnostics.append(
                    .error("'\(region)' is not a region ID (letters, digits and dashes)", at: pair.key.location))
            }
            if pair.value.stringValue.map(Self.isHTTPURL) != true {
                diagnostics.append(
                    .error(
                        "the URL of region '\(region)' must be an http(s) URL without '{region}', found "
                            + Self.describe(pair.value), at: pair.value.location))
            }
        }
        return diagnostics
    }

    private static func isChoiceName(_ text: String) -> Bool {
        guard let first = text.first, first.isLowercase else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
    }

    private static func isHTTPURL(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://")) && !text.contains("{") && !text.contains(" ")
            && text.split(separator: "/", omittingEmptySubsequences: true).count >= 2
    }

    private static func describe(_ node: YAMLNode) -> String {
        node.scalarValue.map { "'\($0)'" } ?? node.kindDescription
    }
}
