import CloudctlCore
import Foundation

// All behaviour lives in CloudctlCore; this file only connects it to the process.
let output = await Cloudctl().run(Array(CommandLine.arguments.dropFirst()))
FileHandle.standardOutput.write(Data(output.standardOutput.utf8))
FileHandle.standardError.write(Data(output.standardError.utf8))
exit(output.exitCode)
