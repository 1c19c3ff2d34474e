/// A benchmark that cannot run, with the reason.
struct BenchError: Error, CustomStringConvertible {
    /// What went wrong, in one sentence.
    var description: String

    /// Creates an error with its message.
    init(_ description: String) {
        self.description = description
    }
}
