// swift-tools-version: 6.1
import PackageDescription

// The README's swift-service-lifecycle adapter, compiled and run as a service of one's own would:
// a package that depends on this one by path as `cloud-sdk` and on swift-service-lifecycle.
let package = Package(
    name: "MyService",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "../cloud-sdk"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        .target(
            name: "MyService",
            dependencies: [
                .product(name: "AlibabaACK", package: "cloud-sdk"),
                .product(name: "CloudRuntime", package: "cloud-sdk"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]),
        .testTarget(
            name: "MyServiceTests",
            dependencies: [
                "MyService",
                .product(name: "AlibabaACK", package: "cloud-sdk"),
                .product(name: "CloudRuntime", package: "cloud-sdk"),
                .product(name: "CloudTestSupport", package: "cloud-sdk"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]),
    ]
)
