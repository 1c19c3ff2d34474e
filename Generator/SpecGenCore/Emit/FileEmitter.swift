import Foundation

/// Writes rendered files into a folder, touching only files whose content changed, so unchanged
/// outputs keep their modification times and do not trigger recompilation.
public struct FileEmitter: Sendable {
    /// What writing did.
    public struct Report: Equatable, Sendable {
        /// Files written because they were missing or different.
        public var written: [String]
        /// Files left alone because their content was already right.
        public var unchanged: [String]
    }

    /// Creates an emitter.
    public init() {}

    /// Writes `files` into `directory`, creating the folder when needed.
    ///
    /// Every file is fully rendered before this is called, so a failure here is an I/O failure,
    /// never a half-generated module.
    /// - Throws: ``DiagnosticsError`` naming the file that could not be written.
    public func write(_ files: [RenderedFile], to directory: URL) throws(DiagnosticsError) -> Report {
        var report = Report(written: [], unchanged: [])
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticsError([.error("cannot create output folder '\(directory.path)': \(error)", at: nil)])
        }
        for file in files {
            let url = directory.appendingPathComponent(file.name)
            let data = Data(file.contents.utf8)
            if let existing = try? Data(contentsOf: url), existing == data {
                report.unchanged.append(file.name)
                continue
            }
            do {
                try data.write(to: url, options: .atomic)
            } catch {
                throw DiagnosticsError([.error("cannot write '\(url.path)': \(error)", at: nil)])
            }
            report.written.append(file.name)
        }
        return report
    }
}
