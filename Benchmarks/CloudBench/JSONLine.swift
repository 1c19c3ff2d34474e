import Foundation

/// One result line: a flat JSON object written to standard output.
///
/// Keys are sorted so that the output of two runs compares line by line.
struct JSONLine {
    /// The fields of the line.
    var fields: [String: JSONLineValue]

    /// Writes the line to standard output.
    func emit() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self.fields), let text = String(data: data, encoding: .utf8) else {
            FileHandle.standardError.write(Data("error: could not encode a result line\n".utf8))
            return
        }
        print(text)
    }
}
