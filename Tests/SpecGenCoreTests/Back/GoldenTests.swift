import Foundation
import Testing

@testable import SpecGenCore

/// Whole-output goldens: each `Tests/Goldens/<case>/spec` folder goes through the real pipeline and must
/// give exactly the files in `Tests/Goldens/<case>/Expected`, byte for byte; a mismatch prints a unified
/// diff. The expected files are also the sources of the `GoldenROA` and `GoldenRPC` targets, which this
/// test target depends on: a golden that does not compile against the runtime fails the build.
///
/// To re-record after an intended change, run locally with `SPECGEN_RECORD=1 swift test --filter GoldenTests`
/// and review the diff of `Tests/Goldens` before committing. Never record in CI.
@Suite struct GoldenTests {
    static let cases = ["roa", "rpc"]

    @Test(arguments: Self.cases)
    func generatedSourcesMatchExpected(name: String) throws {
        let golden = Self.sourceGolden
        let spec = golden.appending(path: name).appending(path: "spec")
        let sources = try SpecGen.generateSources(specDirectory: spec.path, specPath: "spec/\(name)")
        #expect(sources.diagnostics.filter { $0.severity != .note }.isEmpty, "\(sources.diagnostics)")

        if ProcessInfo.processInfo.environment["SPECGEN_RECORD"] == "1" {
            let expected = Self.sourceGolden.appending(path: name).appending(path: "Expected")
            _ = try FileEmitter().write(sources.files, to: expected)
            return
        }
        let expected = golden.appending(path: name).appending(path: "Expected")
        let expectedNames = try FileManager.default.contentsOfDirectory(atPath: expected.path).sorted()
        #expect(expectedNames == sources.files.map(\.name).sorted())
        for file in sources.files {
            let url = expected.appending(path: file.name)
            let recorded = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            if recorded != file.contents {
                Issue.record("\(name)/\(file.name) differs from the golden:\n\(try Self.diff(url, file.contents))")
            }
        }
    }

    /// `Tests/Goldens` in the source tree.
    static var sourceGolden: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Goldens")
    }

    /// `git diff --no-index` between the recorded file and the actual text.
    static func diff(_ expected: URL, _ actual: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appending(path: "specgen-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let actualURL = directory.appending(path: expected.lastPathComponent)
        try actual.write(to: actualURL, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "diff", "--no-index", "--no-color", "-U5", expected.path, actualURL.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }
}
