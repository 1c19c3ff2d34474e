/// The SDK's own version and platform, as the default `User-Agent` names them.
package enum SDKVersion {
    /// The version of this SDK (runtime and generated clients are released together).
    public static let current = "0.1.0"

    /// The operating system and CPU the SDK was built for, such as `Linux; x86_64`.
    public static var platform: String {
        "\(Self.operatingSystem); \(Self.architecture)"
    }

    private static var operatingSystem: String {
        #if os(Linux)
            "Linux"
        #elseif os(macOS)
            "macOS"
        #elseif os(Windows)
            "Windows"
        #else
            "unknown-os"
        #endif
    }

    private static var architecture: String {
        #if arch(x86_64)
            "x86_64"
        #elseif arch(arm64)
            "arm64"
        #else
            "unknown-arch"
        #endif
    }
}
