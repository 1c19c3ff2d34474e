// swift-tools-version: 6.1
import PackageDescription

/// Settings every target of ours compiles with: Swift 6 language mode plus the upcoming features we opt into.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

/// swift-http-types' request, response and header values, which the runtime's public API speaks.
let httpTypes = Target.Dependency.product(name: "HTTPTypes", package: "swift-http-types")

let package = Package(
    name: "CloudSDK",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "specgen", targets: ["specgen"]),
        .executable(name: "cloud-demo", targets: ["CloudDemo"]),
        .executable(name: "cloudctl", targets: ["cloudctl"]),
        .executable(name: "specmock", targets: ["specmock"]),
        .library(name: "CloudRuntime", targets: ["CloudRuntime"]),
        .library(name: "CloudTestSupport", targets: ["CloudTestSupport"]),
        .library(name: "SpecMockCore", targets: ["SpecMockCore"]),
        .library(name: "AlibabaACK", targets: ["AlibabaACK"]),
        .library(name: "KingsoftKCE", targets: ["KingsoftKCE"]),
        .library(name: "KingsoftKCR", targets: ["KingsoftKCR"]),
        .plugin(name: "GenerateSDK", targets: ["GenerateSDK"]),
        .plugin(name: "GenerateSDKSources", targets: ["GenerateSDKSources"]),
    ],
    dependencies: [
        // The tests' independent reading of the spec (the generator has its own reader).
        // `traits: []` drops ExternalLoading: the default trait costs a 5 GB compiler process.
        .package(url: "https://github.com/mattpolzin/OpenAPIKit", exact: "6.4.0", traits: []),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // The HTTP request, response and header types middleware and transports share across the ecosystem.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.4.0"),
        // A span per call and per attempt, and call metrics, for whatever backend the application
        // bootstraps; both cost a no-op call when none is.
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        // Command plugins only (`generate-documentation`, `preview-documentation`; see
        // scripts/docs-check.sh): no target depends on it, so packages that use ours neither fetch nor build it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // MARK: - Generator
        .systemLibrary(
            name: "CYAML", path: "Generator/CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(
            name: "SpecGenCore",
            dependencies: ["CYAML"],
            path: "Generator/SpecGenCore",
            swiftSettings: strictSettings),
        .executableTarget(
            name: "specgen",
            dependencies: ["SpecGenCore"],
            path: "Generator/specgen",
            swiftSettings: strictSettings),

        // MARK: - Plugins
        .plugin(name: "GenerateSDK", capability: .buildTool(), dependencies: ["specgen"], path: "Plugins/GenerateSDK"),
        .plugin(
            name: "GenerateSDKSources",
            capability: .command(
                intent: .custom(
                    verb: "generate-sdk-sources",
                    description: "Write the generated Swift sources into a folder for review"),
                permissions: [.writeToPackageDirectory(reason: "writes the generated sources for review")]),
            dependencies: ["specgen"],
            path: "Plugins/GenerateSDKSources"),

        // MARK: - Runtime
        .systemLibrary(
            name: "CCurl", path: "Runtime/CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(
            name: "COpenSSL", path: "Runtime/COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .target(
            name: "CloudRuntime",
            dependencies: [
                "CCurl", "COpenSSL", httpTypes, .product(name: "Logging", package: "swift-log"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ],
            path: "Runtime/CloudRuntime",
            swiftSettings: strictSettings),

        // MARK: - Mock: the loopback server with its own signature verifier, the spec-driven mock, its command
        .target(
            name: "CloudTestSupport",
            dependencies: ["CloudRuntime", httpTypes],
            path: "Mock/CloudTestSupport",
            swiftSettings: strictSettings),
        .target(
            name: "SpecMockCore",
            dependencies: ["SpecGenCore", "CloudTestSupport", "CloudRuntime"],
            path: "Mock/SpecMockCore",
            swiftSettings: strictSettings),
        .executableTarget(
            name: "specmock",
            dependencies: [
                "SpecMockCore", "CloudTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Mock/specmock",
            swiftSettings: strictSettings),

        // MARK: - Generated clients
        .target(
            name: "AlibabaACK", dependencies: ["CloudRuntime"], path: "Generated/AlibabaACK",
            swiftSettings: strictSettings,
            plugins: ["GenerateSDK"]),
        .target(
            name: "KingsoftKCE", dependencies: ["CloudRuntime"], path: "Generated/KingsoftKCE",
            swiftSettings: strictSettings,
            plugins: ["GenerateSDK"]),
        .target(
            name: "KingsoftKCR", dependencies: ["CloudRuntime"], path: "Generated/KingsoftKCR",
            swiftSettings: strictSettings,
            plugins: ["GenerateSDK"]),

        // MARK: - The shipped services, as one list of catalogs for the tools and tests
        .target(
            name: "CloudServices", dependencies: ["AlibabaACK", "KingsoftKCE", "KingsoftKCR", "CloudRuntime"],
            path: "Tools/CloudServices", swiftSettings: strictSettings),

        // MARK: - Example
        .executableTarget(
            name: "CloudDemo",
            dependencies: [
                "AlibabaACK", "KingsoftKCE", "CloudServices", "CloudRuntime", "CloudTestSupport", "SpecMockCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Examples/CloudDemo",
            swiftSettings: strictSettings),

        // MARK: - Command line
        .target(
            name: "CloudctlCore", dependencies: ["CloudRuntime", httpTypes], path: "Tools/CloudctlCore",
            swiftSettings: strictSettings),
        .executableTarget(
            name: "cloudctl", dependencies: ["CloudctlCore", "CloudServices"], path: "Tools/cloudctl",
            swiftSettings: strictSettings),

        // MARK: - Benchmarks
        .executableTarget(
            name: "CloudBench",
            dependencies: [
                "AlibabaACK", "CloudRuntime", "COpenSSL", httpTypes,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
            ],
            path: "Benchmarks/CloudBench",
            swiftSettings: strictSettings),

        // MARK: - Tests
        // A minimal service, only for the tests, added as any service is: its spec folder
        // (Tests/Fixtures/notes-spec), this target and the target's generate-sdk.json.
        .target(
            name: "FixtureNotes", dependencies: ["CloudRuntime"], path: "Tests/Fixtures/FixtureNotes",
            swiftSettings: strictSettings, plugins: ["GenerateSDK"]),
        // What the test targets share: the tests' own reading of the spec through OpenAPIKit (the
        // oracle the generated code and the mock are checked against) and small helpers. Not a product.
        .target(
            name: "SharedTestSupport",
            dependencies: [
                "CloudRuntime", "SpecGenCore", .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            ],
            path: "Tests/SharedTestSupport", swiftSettings: strictSettings),
        .testTarget(
            name: "RuntimeTests",
            dependencies: [
                "CloudRuntime", "CloudTestSupport", httpTypes,
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
            ], path: "Tests/RuntimeTests",
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        // The goldens the generator's output is compared with, compiled against the runtime as any generated
        // module is, so a golden that does not build fails the tests' build.
        .target(
            name: "GoldenROA", dependencies: ["CloudRuntime"], path: "Tests/Goldens/roa", exclude: ["spec"],
            swiftSettings: strictSettings),
        .target(
            name: "GoldenRPC", dependencies: ["CloudRuntime"], path: "Tests/Goldens/rpc", exclude: ["spec"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "SpecGenCoreTests", dependencies: ["SpecGenCore", "specgen", "GoldenROA", "GoldenRPC"],
            path: "Tests/SpecGenCoreTests", exclude: ["Fixtures"], swiftSettings: strictSettings),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "AlibabaACK", "KingsoftKCE", "KingsoftKCR", "CloudServices", "CloudRuntime", "CloudTestSupport", "SpecMockCore",
                "specmock", "SpecGenCore", "SharedTestSupport", httpTypes,
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            ],
            path: "Tests/EndToEndTests", swiftSettings: strictSettings),
        .testTarget(
            name: "CloudctlTests",
            dependencies: [
                "CloudctlCore", "CloudServices", "FixtureNotes", "CloudRuntime", "CloudTestSupport", "SpecMockCore",
                "SharedTestSupport", httpTypes,
            ],
            path: "Tests/CloudctlTests", exclude: ["Fixtures"], swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
