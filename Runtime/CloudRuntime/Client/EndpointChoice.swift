/// Which of a service's endpoints a client calls, for example the regional or the global one.
///
/// A service descriptor lists every endpoint the spec names (the first is the default); each carries
/// a choice value. Pick one with ``ClientConfiguration/endpointChoice``:
///
/// ```swift
/// let client = KCEClient(configuration: ClientConfiguration(region: "cn-shanghai-2", endpointChoice: .global))
/// ```
///
/// The region still signs the request (the AWS4 credential scope) when the chosen endpoint has none
/// in its host name.
public struct EndpointChoice: ExtensibleEnum {
    /// The name, for example `regional` or `global`.
    public var rawValue: String

    /// Creates a choice from its name.
    ///
    /// - Parameter rawValue: The name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The endpoint whose host name contains the region, such as `kce.cn-beijing-6.api.ksyun.com`.
    public static let regional = EndpointChoice(rawValue: "regional")
    /// The endpoint without a region in its host name, such as `kce.api.ksyun.com`.
    public static let global = EndpointChoice(rawValue: "global")
    /// The endpoint reachable only from inside the cloud's private network (VPC) of the region, such
    /// as `cs-vpc.cn-beijing.aliyuncs.com`.
    public static let vpc = EndpointChoice(rawValue: "vpc")

    /// The choices the runtime names; a service may name others.
    public static let allCases: [EndpointChoice] = [.regional, .global, .vpc]
}
