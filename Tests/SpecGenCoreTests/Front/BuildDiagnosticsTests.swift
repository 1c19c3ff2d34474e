import Foundation
import Testing

@testable import SpecGenCore

/// Every problem the build can report, lint reports first: the list of reading's and lowering's messages
/// is taken from their source, and each one must be shown by a fixture that lint reports alone (no
/// follow-on errors). A check that no spec can reach, because a rule or the loader reports the problem
/// first, has no place in reading or lowering. The vendor extensions' readers (`Reading/Extensions`)
/// are part of reading: each of their messages has a fixture too.
@Suite struct BuildDiagnosticsTests {
    /// One `self.error("...")` message of reading or lowering: its first string literal as written.
    struct Message: Hashable {
        var source: String

        /// Whether a reported message starts as this one does, any interpolation matching any text.
        func matches(_ reported: String) -> Bool {
            let parts = self.source.split(separator: #/\\\((?:[^()]|\([^()]*\))*\)/#, omittingEmptySubsequences: false)
            var rest = Substring(reported)
            for (index, part) in parts.enumerated() {
                let literal = part.replacingOccurrences(of: #"\""#, with: #"""#)
                if index == 0 {
                    guard rest.hasPrefix(literal) else { return false }
                    rest = rest.dropFirst(literal.count)
                } else if !literal.isEmpty {
                    guard let range = rest.range(of: literal) else { return false }
                    rest = rest[range.upperBound...]
                }
            }
            return true
        }
    }

    /// Every message of `Generator/SpecGenCore/{Reading,Reading/Extensions,Lowering}`.
    static let messages: [Message] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Generator/SpecGenCore")
        var messages: [Message] = []
        for folder in ["Reading", "Reading/Extensions", "Lowering"] {
            let directory = root.appending(path: folder)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".swift") {
                let text = (try? String(contentsOf: directory.appending(path: file), encoding: .utf8)) ?? ""
                for match in text.matches(of: #/self\.error\(\s*"((?:[^"\\]|\\.)*)"/#) {
                    messages.append(Message(source: String(match.output.1)))
                }
            }
        }
        return messages
    }()

    /// Lint's errors for a fixture.
    static func lintErrors(_ fixture: BuildDiagnosticFixture) throws -> [Diagnostic] {
        let folder = try SpecFolder(
            fixture.style, root: fixture.root, groups: ["things": fixture.group], schemas: fixture.schemas)
        return SpecGen.lint(directories: [folder.directory]).diagnostics.filter { $0.severity == .error }
    }

    @Test func theMessagesAreFound() {
        #expect(Self.messages.count > 30)
    }

    @Test(arguments: BuildDiagnosticsFixtures.all)
    func lintReportsTheProblemAlone(_ fixture: BuildDiagnosticFixture) throws {
        let errors = try Self.lintErrors(fixture)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.allSatisfy { $0.location != nil })
    }

    @Test func everyMessageIsShown() throws {
        var shown: Set<Message> = []
        for fixture in BuildDiagnosticsFixtures.all {
            for error in try Self.lintErrors(fixture) {
                shown.formUnion(Self.messages.filter { $0.matches(error.message) })
            }
        }
        let missing = Set(Self.messages).subtracting(shown)
        #expect(missing.isEmpty, "no fixture shows: \(missing.map(\.source).sorted())")
    }
}
