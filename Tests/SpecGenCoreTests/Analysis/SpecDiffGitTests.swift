import Foundation
import Testing

@testable import SpecGenCore

/// `GITREF:PATH` sources against a repository made in the test.
@Suite struct SpecDiffGitTests {
    @Test func comparesACommittedSpecWithTheWorkingFolder() throws {
        let repository = try TemporarySpec(copying: "diff-base", name: "repo", under: "spec/mini")
        defer { repository.remove() }
        try Self.git(["init", "-q"], in: repository.root)
        try Self.git(["add", "."], in: repository.root)
        try Self.git(
            ["-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-qm", "spec"], in: repository.root)
        // Edit the working copy into the head fixture.
        let head = FixturePaths.spec("diff-head")
        try FileManager.default.removeItem(atPath: repository.path)
        try FileManager.default.copyItem(atPath: head, toPath: repository.path)

        let diff = try SpecGen.diff(
            base: SpecDiffSource(argument: "HEAD:spec/mini"), head: .directory(repository.path),
            repository: repository.root)
        let expected = try SpecGen.diff(base: .directory(FixturePaths.spec("diff-base")), head: .directory(head))
        #expect(diff.summary == expected.summary)
        #expect(diff.summary.breaking == 3)
        #expect(diff.services.first?.changes == expected.services.first?.changes)
        #expect(diff.services.first?.base == "HEAD:spec/mini")
    }

    @Test func aMissingRevisionIsAClearError() throws {
        let repository = try TemporarySpec(copying: "diff-base", name: "repo", under: "spec/mini")
        defer { repository.remove() }
        try Self.git(["init", "-q"], in: repository.root)
        #expect {
            try SpecGen.diff(
                base: .git(revision: "HEAD", path: "spec/mini"), head: .directory(repository.path),
                repository: repository.root)
        } throws: { error in
            guard let diagnostics = (error as? DiagnosticsError)?.diagnostics, let first = diagnostics.first else {
                return false
            }
            return first.message.hasPrefix("cannot read 'HEAD:spec/mini' from git: git ls-tree failed")
                && first.location?.file == "HEAD:spec/mini"
        }
    }

    @Test func specErrorsPointAtTheRevisionNotTheTemporaryCopy() throws {
        let repository = try TemporarySpec(copying: "diff-base", name: "repo", under: "spec/mini")
        defer { repository.remove() }
        try repository.replace("openapi: 3.1.0", with: "openapi: [", in: "openapi.yaml")
        try Self.git(["init", "-q"], in: repository.root)
        try Self.git(["add", "."], in: repository.root)
        try Self.git(
            ["-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-qm", "spec"], in: repository.root)
        #expect {
            try SpecGen.diff(
                base: .git(revision: "HEAD", path: "spec/mini"), head: .directory(FixturePaths.spec("diff-base")),
                repository: repository.root)
        } throws: { error in
            let files = (error as? DiagnosticsError)?.diagnostics.compactMap(\.location?.file) ?? []
            return !files.isEmpty && files.allSatisfy { $0.hasPrefix("HEAD:spec/mini/") }
        }
    }

    private static func git(_ arguments: [String], in folder: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    }
}
