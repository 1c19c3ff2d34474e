import Foundation

extension String {
    /// The text with its line breaks written as `\n` and `\r`, so a server's text stays on the one line
    /// a description or a report gives it.
    package var lineBreaksEscaped: String {
        self.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }
}
