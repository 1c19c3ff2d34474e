import Foundation
import SpecGenCore

/// Writes diagnostics to standard error, one line each in the compiler's form.
enum StandardError {
    static func write(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.map(\.description).joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes one line.
    static func write(line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
