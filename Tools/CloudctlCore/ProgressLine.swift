import Synchronization

/// Shows progress on standard error: on a terminal one line rewritten in place, elsewhere (a log,
/// a pipe) one line per update, so logs keep every step.
public final class ProgressLine: Sendable {
    private let isTerminal: Bool
    private let write: @Sendable (String) -> Void
    private let isShowing = Mutex(false)

    /// Creates a progress line.
    ///
    /// - Parameters:
    ///   - isTerminal: Whether standard error is a terminal.
    ///   - write: Writes text to standard error as is.
    public init(isTerminal: Bool, write: @escaping @Sendable (String) -> Void) {
        self.isTerminal = isTerminal
        self.write = write
    }

    /// Shows a line, replacing the previous one on a terminal.
    ///
    /// - Parameter line: The text, without a newline.
    public func show(_ line: String) {
        if self.isTerminal {
            // Carriage return, then erase to the end of the line: the new text replaces the old.
            self.write("\r\u{1B}[K" + "cloudctl: " + line)
            self.isShowing.withLock { $0 = true }
        } else {
            self.write("cloudctl: " + line + "\n")
        }
    }

    /// Ends a line left open on a terminal, so what follows starts on a line of its own.
    public func finish() {
        let wasShowing = self.isShowing.withLock { showing in
            defer { showing = false }
            return showing
        }
        if wasShowing { self.write("\n") }
    }
}
