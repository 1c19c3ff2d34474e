// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "MyApp",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "../cloud-sdk")
    ],
    targets: [
        .executableTarget(
            name: "MyApp",
            dependencies: [
                .product(name: "AlibabaACK", package: "cloud-sdk"),
                .product(name: "KingsoftKCE", package: "cloud-sdk"),
                .product(name: "KingsoftKCR", package: "cloud-sdk"),
            ]),
        .testTarget(
            name: "MyAppTests",
            dependencies: [
                .product(name: "AlibabaACK", package: "cloud-sdk"),
                .product(name: "KingsoftKCE", package: "cloud-sdk"),
                .product(name: "KingsoftKCR", package: "cloud-sdk"),
                .product(name: "SpecMockCore", package: "cloud-sdk"),
                .product(name: "CloudTestSupport", package: "cloud-sdk"),
            ]),
    ]
)
