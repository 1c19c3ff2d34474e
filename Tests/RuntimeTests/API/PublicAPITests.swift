import Foundation
import Testing

/// The runtime's public API, as users see it: every public symbol the compiler exports from the built
/// `CloudRuntime` module (its symbol graph, without `@_spi(Generated)` helpers and without what the
/// compiler synthesizes), one line each, compared with `Fixtures/public-api.txt`.
///
/// A change to the public surface fails here until the listing is updated on purpose: review the diff,
/// then re-record with `SPECGEN_RECORD=1 swift test --filter PublicAPITests` and commit the listing.
@Suite struct PublicAPITests {
    @Test func publicAPIIsTheReviewedListing() throws {
        let listing = try Self.currentListing()
        let file = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Fixtures/public-api.txt")
        if ProcessInfo.processInfo.environment["SPECGEN_RECORD"] == "1" {
            try listing.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let reviewed = try String(contentsOf: file, encoding: .utf8)
        let current = Set(listing.split(separator: "\n"))
        let before = Set(reviewed.split(separator: "\n"))
        let added = current.subtracting(before).sorted()
        let removed = before.subtracting(current).sorted()
        #expect(
            added.isEmpty && removed.isEmpty,
            """
            The runtime's public API changed; review and re-record Fixtures/public-api.txt.
            \((removed.map { "- \($0)" } + added.map { "+ \($0)" }).joined(separator: "\n"))
            """)
    }

    /// The listing of the module the tests were built with.
    static func currentListing() throws -> String {
        let build = try Self.buildDirectory()
        let output = FileManager.default.temporaryDirectory.appending(path: "public-api-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        let sources = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Runtime")
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = [
            "swift", "symbolgraph-extract", "-module-name", "CloudRuntime",
            "-I", build.appending(path: "Modules").path, "-I", sources.appending(path: "CCurl").path,
            "-I", sources.appending(path: "COpenSSL").path,
            "-target", build.deletingLastPathComponent().lastPathComponent,
            "-minimum-access-level", "public", "-output-dir", output.path,
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "swift symbolgraph-extract failed")
        var lines: [String] = []
        for file in try FileManager.default.contentsOfDirectory(at: output, includingPropertiesForKeys: nil) {
            let graph = try JSONDecoder().decode(SymbolGraph.self, from: try Data(contentsOf: file))
            // Symbols of CloudRuntime@Swift.symbols.json extend the standard library's types: `Swift.` prefixes them.
            let extended = file.lastPathComponent.split(separator: "@").dropFirst().first.map {
                $0.replacingOccurrences(of: ".symbols.json", with: ".")
            }
            var paths: [String: String] = [:]
            for symbol in graph.symbols where !symbol.identifier.precise.contains("::SYNTHESIZED::") {
                let path = "\(extended ?? "")\(symbol.pathComponents.joined(separator: "."))"
                paths[symbol.identifier.precise] = path
                let declaration = symbol.declarationFragments.map(\.spelling).joined()
                    .replacingOccurrences(of: "\n", with: " ")
                lines.append("\(path): \(declaration)")
            }
            // Conformances are API too: dropping `Hashable` breaks a user's `Set` of responses.
            for relationship in graph.relationships where relationship.kind == "conformsTo" {
                guard let type = paths[relationship.source] else { continue }
                let proto = relationship.targetFallback ?? paths[relationship.target] ?? relationship.target
                guard !Self.implicitProtocols.contains(proto) else { continue }
                lines.append("\(type) conforms to \(proto)")
            }
        }
        return Set(lines).sorted().joined(separator: "\n") + "\n"
    }

    /// Protocols every type conforms to without saying so.
    private static let implicitProtocols: Set<String> = ["Swift.Copyable", "Swift.Escapable", "Swift.SendableMetatype"]

    /// `.build/<triple>/debug`, where the test bundle and the built modules are.
    private static func buildDirectory() throws -> URL {
        let executable = URL(filePath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        var directory = executable.deletingLastPathComponent()
        while !FileManager.default.fileExists(
            atPath: directory.appending(path: "Modules/CloudRuntime.swiftmodule").path)
        {
            let parent = directory.deletingLastPathComponent()
            guard parent != directory else { throw CocoaError(.fileNoSuchFile) }
            directory = parent
        }
        return directory
    }

    private struct SymbolGraph: Decodable {
        struct Symbol: Decodable {
            struct Identifier: Decodable { var precise: String }
            struct Fragment: Decodable { var spelling: String }
            var identifier: Identifier
            var pathComponents: [String]
            var declarationFragments: [Fragment]
        }
        struct Relationship: Decodable {
            var kind: String
            var source: String
            var target: String
            var targetFallback: String?
        }
        var symbols: [Symbol]
        var relationships: [Relationship]
    }
}
