import CloudRuntime
import Dispatch
import Synchronization

/// Serves one accepted connection on its own thread: reads requests until the client closes,
/// asks for an answer, and writes it.
struct ConnectionHandler {
    let state: ServerState
    let descriptor: Int32
    let connectionID: Int

    /// Runs until the connection ends or the server stops; closes the socket before returning.
    func run() {
        defer { self.state.close(connection: self.descriptor) }
        var reader = RequestReader(descriptor: self.descriptor, wake: self.state.wakeRead)
        while !self.state.isStopping {
            do {
                guard let head = try reader.readHead() else { return }
                guard let request = try self.readRequest(head, from: &reader) else { return }
                let recorded = self.state.record(request)
                guard let response = self.answer(recorded) else { return }
                if let fault = response.fault {
                    self.perform(fault, answering: response)
                    return
                }
                if response.delaySeconds > 0 && !self.waitQuietly(seconds: response.delaySeconds) { return }
                let keepAlive = Self.wantsKeepAlive(recorded) && !response.closesConnection
                let bytes = ResponseWriter.serialize(
                    response, headOnly: recorded.method == "HEAD", closing: !keepAlive)
                guard PosixSocket.sendAll(self.descriptor, bytes), keepAlive else { return }
            } catch .malformed(let reason) {
                let response = MockResponse.text("Bad Request: \(reason)\n", status: 400)
                PosixSocket.sendAll(self.descriptor, ResponseWriter.serialize(response, headOnly: false, closing: true))
                return
            } catch {
                return  // closed early or stopping: nothing to answer
            }
        }
    }

    /// Reads the body that belongs to `head`, answering `Expect: 100-continue` first.
    private func readRequest(
        _ head: RequestReader.Head, from reader: inout RequestReader
    ) throws(RequestReader.ReadError) -> RecordedRequest? {
        let transferEncoding = head.headers["Transfer-Encoding"]?.lowercased()
        let isChunked = transferEncoding?.split(separator: ",").contains { $0.trimmingSpaces == "chunked" } ?? false
        var length = 0
        if !isChunked, let text = head.headers["Content-Length"] {
            guard let value = Int(text.trimmingSpaces), value >= 0 else {
                throw .malformed("bad Content-Length \"\(text)\"")
            }
            length = value
        }
        let expectsContinue = head.headers["Expect"]?.lowercased() == "100-continue"
        if expectsContinue && head.version == "HTTP/1.1" && (isChunked || length > 0) {
            guard PosixSocket.sendAll(self.descriptor, Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return nil }
        }
        let body = isChunked ? try reader.readChunkedBody() : try reader.readBody(length: length)
        return RecordedRequest(
            method: head.method, target: head.target, httpVersion: head.version, headers: head.headers,
            body: body, connectionID: self.connectionID)
    }

    /// Chooses the answer: a vendor-shaped rejection for a bad signature, otherwise the handler's.
    /// - Returns: nil when the server began stopping while the handler ran.
    private func answer(_ request: RecordedRequest) -> MockResponse? {
        if let check = request.signatureCheck, !check.isValid {
            return .signatureRejection(for: check, request: request)
        }
        let handler = self.state.handler
        let outcome = Mutex<Result<MockResponse, any Error>?>(nil)
        let executor = ConnectionExecutor()
        Task(executorPreference: executor) {
            let result: Result<MockResponse, any Error>
            do { result = .success(try await handler(request)) } catch { result = .failure(error) }
            outcome.withLock { $0 = result }
        }
        let finished = executor.run(
            until: { outcome.withLock { $0 != nil } }, unless: { self.state.isStopping })
        guard finished else { return nil }
        switch outcome.withLock({ $0 }) {
        case .success(let response): return response
        case .failure(let error): return .text("Handler error: \(error)\n", status: 500)
        case nil: return .text("Handler produced no answer\n", status: 500)
        }
    }

    /// Misbehaves as asked; the caller closes the connection afterwards.
    private func perform(_ fault: MockResponse.Fault, answering response: MockResponse) {
        switch fault {
        case .closeConnection:
            return
        case .stall(let seconds):
            _ = self.waitQuietly(seconds: seconds)
        case .partialBody(let bytes, let reset):
            var whole = response
            whole.fault = nil
            let head = ResponseWriter.serialize(whole, headOnly: true, closing: true)
            let sent = min(max(0, bytes), max(0, whole.body.count - 1))
            guard PosixSocket.sendAll(self.descriptor, head + whole.body.prefix(sent)) else { return }
            if reset { PosixSocket.resetOnClose(self.descriptor) }
        }
    }

    /// Waits without answering. Bytes the client sends meanwhile (a pipelined request) stay unread.
    /// - Returns: True when the time passed; false when the client hung up or the server is stopping.
    private func waitQuietly(seconds: Double) -> Bool {
        let deadline = DispatchTime.now() + .nanoseconds(Int(min(max(0, seconds), 86_400) * 1_000_000_000))
        var watched = self.descriptor
        while DispatchTime.now() < deadline {
            let remaining = deadline.uptimeNanoseconds - DispatchTime.now().uptimeNanoseconds
            let milliseconds = Int32(clamping: remaining / 1_000_000 + 1)
            switch PosixSocket.wait(for: watched, wake: self.state.wakeRead, timeoutMilliseconds: milliseconds) {
            case .woken:
                return false
            case .timedOut:
                return true
            case .readable:
                guard PosixSocket.hasPendingData(self.descriptor) else { return false }  // end of stream
                // Data stays readable until the next request is read, so from now on watch only the stop signal.
                watched = self.state.wakeRead
            }
        }
        return true
    }

    /// HTTP/1.1 keeps the connection unless `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`.
    private static func wantsKeepAlive(_ request: RecordedRequest) -> Bool {
        let tokens = (request.headers["Connection"] ?? "").lowercased().split(separator: ",").map(\.trimmingSpaces)
        if request.httpVersion == "HTTP/1.0" { return tokens.contains("keep-alive") }
        return !tokens.contains("close")
    }
}
