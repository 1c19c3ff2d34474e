import Foundation

/// Memory figures of this process, in kibibytes.
enum ResourceUsage {
    /// The peak resident set size so far (`getrusage`'s `ru_maxrss`, KiB on Linux).
    static var peakResidentKiB: Int {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return -1 }
        return Int(usage.ru_maxrss)
    }

    /// User plus system CPU time of this process so far, in nanoseconds (all threads).
    static var cpuNanoseconds: Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return -1 }
        let user = Double(usage.ru_utime.tv_sec) * 1e9 + Double(usage.ru_utime.tv_usec) * 1e3
        let system = Double(usage.ru_stime.tv_sec) * 1e9 + Double(usage.ru_stime.tv_usec) * 1e3
        return user + system
    }

    /// Context switches of this process so far, voluntary (waits) plus involuntary (preemptions), all threads.
    static var contextSwitches: Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return -1 }
        return Double(usage.ru_nvcsw + usage.ru_nivcsw)
    }

    /// The current resident set size, read from `/proc/self/statm` (its second field, in pages).
    ///
    /// Returns -1 where `/proc` is unavailable; the peak figure still works there.
    static var currentResidentKiB: Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return -1 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return -1 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
    }
}
