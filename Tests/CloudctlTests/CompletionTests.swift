import CloudServices
import CloudctlCore
import Foundation
import Testing

/// Shell completion: candidates come from the catalogs, and the bash script hands the shell what
/// `cloudctl __complete` prints.
@Suite struct CompletionTests {
    private func candidates(_ words: String...) -> [String] {
        Completion.candidates(words, services: ServiceCatalogs.all)
    }

    @Test func servicesThenOperationsThenParameters() {
        #expect(self.candidates("") == ["ack", "kce", "kcr", "completion", "--help"])
        #expect(self.candidates("k") == ["kce", "kcr"])
        #expect(self.candidates("ack", "DescribeClusterD") == ["DescribeClusterDetail"])
        #expect(self.candidates("ack", "DescribeClusterDetail", "--C") == ["--ClusterId"])
        #expect(self.candidates("ack", "DescribeClusterDetail", "--wait") == ["--wait", "--waiter", "--wait-timeout", "--wait-interval"])
        // A parameter already given is not offered again.
        #expect(self.candidates("ack", "DescribeClusterDetail", "--ClusterId", "c1", "--Cl") == [])
        #expect(self.candidates("completion", "") == ["bash", "zsh", "fish"])
    }

    @Test func valuesOfOptionsAndOfParametersWithDocumentedValues() throws {
        #expect(self.candidates("kce", "DescribeCluster", "--output", "") == ["json", "table"])
        #expect(self.candidates("kce", "CreateCluster", "--method", "") == ["POST"])
        #expect(self.candidates("ack", "DescribeClusterDetail", "--waiter", "Cluster") == [
            "ClusterDeleted", "ClusterRunning",
        ])
        // A value nobody can list gets no candidates rather than option names.
        #expect(self.candidates("ack", "DescribeClusterDetail", "--ClusterId", "") == [])
        #expect(self.candidates("ack", "DescribeClusterDetail", "--region", "") == [])
        // The documented values of a parameter, from the spec.
        let ack = try #require(ServiceCatalogs.all.first { $0.name == "ack" })
        let entry = try #require(ack.operations.first { $0.name == "DescribeClustersV1" })
        let parameter = try #require(entry.parameters.first { !$0.allowedValues.isEmpty })
        #expect(
            self.candidates("ack", "DescribeClustersV1", "--" + parameter.name, "") == parameter.allowedValues)
    }

    @Test func theBashScriptCompletesWithWhatCloudctlPrints() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "completion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A stand-in `cloudctl` that records its arguments and answers as `__complete` would.
        let shim = folder.appending(path: "cloudctl")
        try """
            #!/usr/bin/env bash
            printf '%s|' "$@" > "\(folder.path)/arguments"
            printf 'DescribeClusterDetail\\nDescribeClustersV1\\nDeleteCluster\\n'

            """.write(to: shim, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shim.path)
        let script = folder.appending(path: "completion.bash")
        try Completion.script(for: .bash).write(to: script, atomically: true, encoding: .utf8)

        let bash = Process()
        bash.executableURL = URL(fileURLWithPath: "/bin/bash")
        bash.arguments = [
            "-c",
            """
            PATH="\(folder.path):$PATH"; source "\(script.path)"
            COMP_WORDS=(cloudctl ack DescribeC); COMP_CWORD=2; _cloudctl
            printf '%s\\n' "${COMPREPLY[@]}"
            """,
        ]
        let output = Pipe()
        bash.standardOutput = output
        try bash.run()
        bash.waitUntilExit()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(bash.terminationStatus == 0)
        #expect(printed == "DescribeClusterDetail\nDescribeClustersV1\n")
        let arguments = try String(contentsOf: folder.appending(path: "arguments"), encoding: .utf8)
        #expect(arguments == "__complete|ack|DescribeC|")
    }

    @Test func everyShellHasAScriptThatCallsComplete() {
        for shell in Completion.Shell.allCases {
            #expect(Completion.script(for: shell).contains("cloudctl __complete"))
        }
    }
}
