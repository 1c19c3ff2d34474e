import Foundation
import Testing

@testable import SpecGenCore

@Suite struct BundleTests {
    private func bundle(_ fixture: String, _ format: BundleFormat) throws -> String {
        try SpecGen.bundle(directory: FixturePaths.spec(fixture), format: format)
    }

    private func json(_ fixture: String) throws -> [String: Any] {
        let text = try self.bundle(fixture, .json)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func versionStaysAString() throws {
        let document = try self.json("roa-minimal")
        #expect((document["info"] as? [String: Any])?["version"] as? String == "1.0")
        #expect(document["openapi"] as? String == "3.1.0")
    }

    @Test func referencesPointIntoComponents() throws {
        let text = try self.bundle("roa-minimal", .json)
        #expect(text.contains(##""$ref": "#/components/schemas/Tag""##))
        #expect(text.contains(##""$ref": "#/components/schemas/Cluster""##))
        #expect(!text.contains(".yaml"))
    }

    @Test func scalarsAreTypedByPlace() throws {
        let document = try self.json("roa-minimal")
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        let properties = (schemas?["Cluster"] as? [String: Any])?["properties"] as? [String: Any]
        let size = properties?["size"] as? [String: Any]
        #expect(size?["minimum"] as? Int == 0)
        #expect((properties?["version"] as? [String: Any])?["default"] as? String == "1.30")
        #expect((properties?["deleted_at"] as? [String: Any])?["type"] as? [String] == ["string", "null"])
        let parameters = ((document["paths"] as? [String: Any])?["/clusters/{ClusterId}"] as? [String: Any])
            .flatMap { ($0["get"] as? [String: Any])?["parameters"] as? [[String: Any]] }
        #expect(parameters?.first?["required"] as? Bool == true)
    }

    @Test func keysKeepDocumentOrder() throws {
        let text = try self.bundle("roa-minimal", .json)
        let order = [
            "\"openapi\"", "\"info\"", "\"servers\"", "\"components\"", "\"security\"", "\"x-sdk\"", "\"tags\"",
            "\"paths\"",
        ]
        let offsets = order.compactMap { text.range(of: "\n  \($0)")?.lowerBound }
        #expect(offsets.count == order.count)
        #expect(offsets == offsets.sorted())
        let paths = ["/clusters/{ClusterId}", "/clusters\"", "/tasks/{TaskId}"].compactMap {
            text.range(of: $0)?.lowerBound
        }
        #expect(paths == paths.sorted())
    }

    @Test func operationsCarryTheirGroupTag() throws {
        let document = try self.json("rpc-minimal")
        let get =
            ((document["paths"] as? [String: Any])?["/?Action=DescribeCluster"] as? [String: Any])?["get"]
            as? [String: Any]
        #expect(get?["tags"] as? [String] == ["cluster"])
        #expect((document["tags"] as? [[String: Any]])?.map { $0["name"] as? String } == ["cluster"])
    }

    @Test(arguments: ["roa-minimal", "rpc-minimal"])
    func yamlReadsBackAsTheSameValue(fixture: String) throws {
        let yaml = try self.bundle(fixture, .yaml)
        let node = try #require(try YAMLParser(file: "bundle.yaml").parse(yaml))
        let spec = try #require(SpecLoader().assemble(directory: FixturePaths.spec(fixture)).spec)
        #expect(BundleTyping.value(node, in: .free) == SpecBundler().value(of: spec))
    }

    @Test func outputIsDeterministic() throws {
        #expect(try self.bundle("rpc-minimal", .yaml) == self.bundle("rpc-minimal", .yaml))
        #expect(try self.bundle("roa-minimal", .json) == self.bundle("roa-minimal", .json))
    }

    @Test func brokenFolderDoesNotBundle() {
        #expect(throws: DiagnosticsError.self) { _ = try self.bundle("broken-refs", .json) }
    }

    @Test(arguments: [("a.yaml", BundleFormat.yaml), ("a.YML", .yaml), ("a.json", .json), ("out", .json)])
    func formatFollowsTheExtension(path: String, format: BundleFormat) {
        #expect(BundleFormat(path: path) == format)
    }

    /// The reference validator's path, when installed (`pip install openapi-spec-validator`).
    static let validator: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/openapi-spec-validator" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs the reference validator on both formats; skipped, with the reason recorded, when it is not installed.
    @Test(
        .enabled(if: BundleTests.validator != nil, "openapi-spec-validator is not installed"),
        arguments: ["roa-minimal", "rpc-minimal"])
    func bundlePassesOpenAPISpecValidator(fixture: String) throws {
        let validator = try #require(Self.validator)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "specgen-bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for format in BundleFormat.allCases {
            let file = directory.appendingPathComponent("\(fixture).\(format.rawValue)")
            try Data(try self.bundle(fixture, format).utf8).write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: validator)
            process.arguments = [file.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(output)")
        }
    }
}
