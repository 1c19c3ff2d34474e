import Foundation
import Testing

@testable import specgen

/// `specgen`'s own reading of its command line: options in both spellings, short names, flags, `--`,
/// and a usage error (exit status 2) for anything it does not know.
struct CommandLineTests {
    @Test func readsOptionsInBothSpellingsAndPositionalsInOrder() throws {
        let arguments = try ParsedArguments.parse(
            ["spec/a", "--module", "ACK", "-o", "out", "--name=ACK", "--spec-path=spec/a"], for: GenerateCommand.self)
        #expect(arguments.positionals == ["spec/a"])
        #expect(arguments.value("module") == "ACK")
        #expect(arguments.value("output") == "out")
        #expect(arguments.value("name") == "ACK")
        #expect(arguments.value("spec-path") == "spec/a")
        #expect(arguments.value("configuration") == nil)
    }

    @Test func aDoubleDashMakesTheRestPositional() throws {
        let arguments = try ParsedArguments.parse(["--apply", "--", "--odd-name", "-"], for: DriftCommand.self)
        #expect(arguments.flag("apply"))
        #expect(arguments.positionals == ["--odd-name", "-"])
    }

    @Test(arguments: [
        (["--bogus", "spec"], "unknown option '--bogus'"),
        (["-x", "spec"], "unknown option '-x'"),
        (["spec", "--format"], "--format needs a value"),
        (["spec", "--apply=yes"], "unknown option '--apply=yes'"),
    ])
    func refusesWhatItDoesNotKnow(arguments: [String], message: String) {
        #expect(throws: UsageError.self) { try ParsedArguments.parse(arguments, for: CoverageCommand.self) }
        do {
            _ = try ParsedArguments.parse(arguments, for: CoverageCommand.self)
        } catch {
            #expect(error.message == message)
        }
    }

    @Test func aFlagTakesNoValue() {
        do {
            _ = try ParsedArguments.parse(["--apply=yes"], for: DriftCommand.self)
            Issue.record("--apply=yes was accepted")
        } catch {
            #expect(error.message == "--apply takes no value")
        }
    }

    @Test(arguments: [
        ["coverage", "--format", "yaml", "spec"],
        ["coverage", "--min", "101", "spec"],
        ["coverage"],
        ["diff", "only-one"],
        ["diff", "a", "b", "--fail-on", "never"],
        ["generate", "spec"],
        ["bundle", "a", "b"],
        ["lint"],
        ["lint", "--bogus", "spec"],
        ["unknown-command"],
        [],
    ])
    func usageErrorsExitTwo(arguments: [String]) {
        #expect(Tool.run(arguments) == 2)
    }

    @Test func helpExitsZero() {
        #expect(Tool.run(["--help"]) == 0)
        #expect(Tool.run(["help", "diff"]) == 0)
        #expect(Tool.run(["lint", "--help"]) == 0)
    }

    @Test func lintExitsOneOnASpecWithErrorsAndZeroOnAClean() {
        #expect(Tool.run(["lint", FixturePaths.spec("broken-sdk")]) == 1)
        #expect(Tool.run(["lint", FixturePaths.spec("roa-minimal")]) == 0)
    }

    @Test func coverageReadsItsOptions() throws {
        let command = try CoverageCommand(
            ParsedArguments.parse(["a", "b", "--format=json", "--min", "99.5"], for: CoverageCommand.self))
        #expect(command.directories == ["a", "b"])
        #expect(command.format == .json)
        #expect(command.minimum == 99.5)
    }
}

/// Commands that take spec folders take them from a shell glob: files are skipped with a note.
struct SpecFolderArgumentTests {
    @Test func filesAreSkippedAndFoldersKept() throws {
        let readme = FixturePaths.root + "/../../../spec/README.md"
        let arguments = try ParsedArguments.parse([FixturePaths.spec("roa-minimal"), readme], for: LintCommand.self)
        #expect(try arguments.specFolders() == [FixturePaths.spec("roa-minimal")])
        #expect(Tool.run(["lint", FixturePaths.spec("roa-minimal"), readme]) == 0)
    }

    @Test func onlyFilesIsAUsageError() throws {
        let readme = FixturePaths.root + "/../../../spec/README.md"
        #expect(Tool.run(["coverage", readme]) == 2)
    }
}

/// `specgen generate --planned-spec-files`: a spec file the build plugin did not plan with gets a warning
/// naming it, since SwiftPM would not rebuild when it changes.
struct PlannedSpecFilesTests {
    @Test func aFileTheBuildPlanDoesNotKnowIsWarnedOf() throws {
        let folder = FixturePaths.spec("roa-minimal")
        let all = try #require(FileManager.default.subpaths(atPath: folder)).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }
        let planned = Set(all.filter { $0 != "openapi.yaml" })
        let warnings = GenerateCommand.unplannedFileWarnings(in: folder, planned: planned)
        #expect(warnings.map(\.location?.file) == ["\(folder)/openapi.yaml"])
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.message.contains("touch Package.swift") })
        #expect(GenerateCommand.unplannedFileWarnings(in: folder, planned: Set(all)).isEmpty)
    }

    @Test func thePlannedFilesAreReadFromTheirOption() throws {
        let arguments = try ParsedArguments.parse(
            ["spec", "-o", "out", "--planned-spec-files", "openapi.yaml\ngroups/a.yaml"], for: GenerateCommand.self)
        #expect(try GenerateCommand(arguments).plannedSpecFiles == ["openapi.yaml", "groups/a.yaml"])
    }
}
