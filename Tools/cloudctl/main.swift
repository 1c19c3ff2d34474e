import CloudServices
import CloudctlCore
import Foundation

// All behaviour lives in CloudctlCore; this file only connects it to the process.
let progress = ProgressLine(isTerminal: isatty(STDERR_FILENO) == 1) { text in
    FileHandle.standardError.write(Data(text.utf8))
}
let output = await Cloudctl(services: ServiceCatalogs.all, progress: progress).run(
    Array(CommandLine.arguments.dropFirst()))
FileHandle.standardOutput.write(Data(output.standardOutput.utf8))
FileHandle.standardError.write(Data(output.standardError.utf8))
exit(output.exitCode)
