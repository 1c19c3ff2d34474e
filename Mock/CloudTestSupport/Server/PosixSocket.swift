#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failure of a POSIX socket call, with the call's name and `errno`.
struct SocketError: Error, CustomStringConvertible {
    /// The failing call, e.g. `bind`.
    var call: String
    /// The `errno` value after the call.
    var code: Int32

    var description: String {
        "\(self.call) failed: \(String(cString: strerror(self.code))) (errno \(self.code))"
    }
}

/// Thin wrappers over the POSIX socket calls the server needs; every descriptor is close-on-exec.
enum PosixSocket {
    /// The outcome of waiting for a descriptor.
    enum WaitResult {
        /// The descriptor has data (or end of stream) to read.
        case readable
        /// The wake-up descriptor fired: the server is stopping.
        case woken
        /// The timeout passed first.
        case timedOut
    }

    /// Opens a TCP socket listening on 127.0.0.1 at a port the kernel picks.
    /// - Returns: The descriptor and the bound port.
    static func listenOnLoopback(port: UInt16 = 0, backlog: Int32 = 64) throws -> (descriptor: Int32, port: Int) {
        #if canImport(Darwin)
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else { throw SocketError(call: "socket", code: errno) }
        do {
            setCloseOnExec(fd)
            var reuse: Int32 = 1
            _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
            var address = sockaddr_in()
            #if canImport(Darwin)
                address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
            #endif
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let bound = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard bound == 0 else { throw SocketError(call: "bind", code: errno) }
            guard listen(fd, backlog) == 0 else { throw SocketError(call: "listen", code: errno) }
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let named = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            guard named == 0 else { throw SocketError(call: "getsockname", code: errno) }
            return (fd, Int(UInt16(bigEndian: address.sin_port)))
        } catch {
            _ = close(fd)
            throw error
        }
    }

    /// Creates a pipe whose read end is used only to wake pollers: it is written once and never drained.
    static func makeWakePipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw SocketError(call: "pipe", code: errno) }
        setCloseOnExec(ends[0])
        setCloseOnExec(ends[1])
        return (ends[0], ends[1])
    }

    /// Accepts one connection, or returns nil when the call fails (for example after the peer gave up).
    static func accept(_ listener: Int32) -> Int32? {
        #if canImport(Darwin)
            let fd = Darwin.accept(listener, nil, nil)
        #elseif canImport(Musl)
            let fd = Musl.accept(listener, nil, nil)
        #else
            let fd = Glibc.accept(listener, nil, nil)
        #endif
        guard fd >= 0 else { return nil }
        setCloseOnExec(fd)
        #if canImport(Darwin)
            var noSigPipe: Int32 = 1
            _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &noSigPipe, socklen_t(MemoryLayout<Int32>.size))
        #endif
        return fd
    }

    /// Waits until `fd` is readable, `wake` fires, or the timeout passes.
    /// - Parameters:
    ///   - fd: The descriptor to read from.
    ///   - wake: The stop signal's read end.
    ///   - timeoutMilliseconds: How long to wait; negative waits without limit.
    /// - Returns: Which of the three happened first.
    static func wait(for fd: Int32, wake: Int32, timeoutMilliseconds: Int32 = -1) -> WaitResult {
        var fds = [
            pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
            pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let count = poll(&fds, nfds_t(fds.count), timeoutMilliseconds)
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return .woken }  // poll itself failed: treat as a stop, never spin.
            if count == 0 { return .timedOut }
            if fds[0].revents != 0 { return .woken }
            return .readable
        }
    }

    /// Reads what is available into a new array; an empty array means end of stream, nil an error.
    static func receive(_ fd: Int32, maximum: Int = 64 * 1024) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: maximum)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return nil }
            return Array(buffer.prefix(count))
        }
    }

    /// True when at least one byte is waiting; false at end of stream or on error. Consumes nothing.
    static func hasPendingData(_ fd: Int32) -> Bool {
        var byte: UInt8 = 0
        while true {
            let count = recv(fd, &byte, 1, Int32(MSG_PEEK))
            if count < 0 && errno == EINTR { continue }
            return count > 0
        }
    }

    /// Sends every byte, retrying short writes. Returns false when the peer is gone.
    @discardableResult
    static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                send(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset, sendFlags)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    /// Shuts both directions down, which wakes any thread blocked on the descriptor.
    static func shutdownBoth(_ fd: Int32) {
        #if canImport(Darwin)
            _ = Darwin.shutdown(fd, SHUT_RDWR)
        #elseif canImport(Musl)
            _ = Musl.shutdown(fd, Int32(SHUT_RDWR))
        #else
            _ = Glibc.shutdown(fd, Int32(SHUT_RDWR))
        #endif
    }

    /// Makes the next `close` of the descriptor send a TCP reset (`RST`) instead of an orderly `FIN`,
    /// by setting `SO_LINGER` on with a zero timeout.
    static func resetOnClose(_ fd: Int32) {
        var option = linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
    }

    /// Closes the descriptor.
    static func closeDescriptor(_ fd: Int32) {
        _ = close(fd)
    }

    /// Writes one byte to the wake pipe.
    static func signal(_ fd: Int32) {
        var byte: UInt8 = 1
        _ = write(fd, &byte, 1)
    }

    private static func setCloseOnExec(_ fd: Int32) {
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    }

    /// `MSG_NOSIGNAL` keeps a write to a closed peer from raising SIGPIPE (Darwin uses `SO_NOSIGPIPE` instead).
    private static var sendFlags: Int32 {
        #if canImport(Darwin)
            return 0
        #else
            return Int32(MSG_NOSIGNAL)
        #endif
    }
}
