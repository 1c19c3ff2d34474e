import CCurl
import Foundation
import Synchronization

/// One libcurl multi handle driven by one background thread.
///
/// Callers never touch curl: they post submissions and cancellations to an inbox and wake the
/// thread with `curl_multi_wakeup`, the one multi function documented as callable from any thread.
/// A wake-up stays pending until the thread next polls, so a submission wakes the thread only when
/// no wake-up is pending since the thread last emptied the inbox, and it does so after releasing
/// the inbox lock: the woken thread then finds the lock free instead of sleeping on it. Each such
/// waker is counted (under the lock, before `stopping` can be set) and the thread waits for the
/// count to reach zero before cleaning the multi handle up, so no wake-up can reach a freed handle.
/// The thread adds and removes easy handles, runs `curl_multi_perform`, reads finished transfers
/// with `curl_multi_info_read`, resumes their callers, and sleeps in `curl_multi_poll`.
/// Because the multi handle outlives every request, its connection cache lets later requests to the
/// same host reuse open connections.
final class CurlMultiLoop: Sendable {
    private struct Inbox {
        var submissions: [CurlSubmission] = []
        var cancellations: [CurlRequestToken] = []
        /// Fail what is in flight and end the thread.
        var stopping = false
        /// Take no new submissions; end the thread once the transfers in flight are done.
        var draining = false
        /// Whether the thread has ended (or never started).
        var exited = false
        /// Callers waiting for the thread to end.
        var exitWaiters: [CheckedContinuation<Void, Never>] = []
        /// A wake-up was sent (or is being sent) since the thread last took the inbox.
        var wakeUpPending = false
    }

    /// The `CURLM *`, or nil when curl could not be initialised. Used on the loop thread only,
    /// except for the thread-safe `curl_multi_wakeup`.
    private nonisolated(unsafe) let multi: UnsafeMutableRawPointer?
    private let inbox = Mutex(Inbox())
    /// Submitters between deciding to wake the thread (under the lock) and returning from `curl_multi_wakeup`.
    private let wakersInFlight = Atomic<Int>(0)
    private let startupFailure: TransportError?

    /// Longest sleep while transfers run; curl's own timers usually wake the thread sooner.
    private static let busyPollMilliseconds: Int32 = 1000
    /// Sleep while idle; new work wakes the thread at once.
    private static let idlePollMilliseconds: Int32 = 60_000

    /// Creates the multi handle and starts its thread.
    init() {
        let global = curlGlobalInitialization
        if global != CURLE_OK {
            self.multi = nil
            self.startupFailure = TransportError(curl: global, message: "curl_global_init failed", host: nil)
            return
        }
        guard let multi = curl_multi_init() else {
            self.multi = nil
            self.startupFailure = TransportError(kind: .other, message: "curl_multi_init failed")
            return
        }
        self.multi = multi
        self.startupFailure = nil
        let thread = Thread { [self] in self.runLoop() }
        thread.name = "CurlTransport"
        thread.start()
    }

    /// Queues a request; its token is finished when the response or a failure arrives.
    func submit(_ submission: CurlSubmission) {
        guard let multi = self.multi else {
            submission.token.finish(.failure(self.startupFailure ?? TransportError(kind: .shutDown, message: "no curl")))
            return
        }
        let outcome = self.inbox.withLock { inbox -> (accepted: Bool, wakes: Bool) in
            guard !inbox.stopping, !inbox.draining else { return (false, false) }
            inbox.submissions.append(submission)
            guard !inbox.wakeUpPending else { return (true, false) }
            inbox.wakeUpPending = true
            self.wakersInFlight.add(1, ordering: .sequentiallyConsistent)
            return (true, true)
        }
        if outcome.wakes {
            curl_multi_wakeup(multi)
            self.wakersInFlight.subtract(1, ordering: .sequentiallyConsistent)
        }
        guard outcome.accepted else {
            submission.token.finish(.failure(TransportError(kind: .shutDown, message: "the transport was shut down",
                                                            host: submission.request.hostAndPort.host)))
            return
        }
    }

    /// Asks the thread to drop the transfer of a token that has already been finished.
    func cancel(_ token: CurlRequestToken) {
        guard let multi = self.multi else { return }
        self.inbox.withLock { inbox in
            guard !inbox.stopping else { return }
            inbox.cancellations.append(token)
            curl_multi_wakeup(multi)
        }
    }

    /// Stops the thread; requests still in flight fail with ``TransportError/Kind/shutDown``.
    func shutdown() {
        guard let multi = self.multi else { return }
        self.inbox.withLock { inbox in
            guard !inbox.stopping, !inbox.exited else { return }
            inbox.stopping = true
            curl_multi_wakeup(multi)
        }
    }

    /// Takes no new requests (they fail with ``TransportError/Kind/shutDown``), lets the transfers in
    /// flight finish, or fails them at once when `cancellingInFlight` is set, and returns once the
    /// thread has ended. Later calls return once it has.
    func shutdown(cancellingInFlight: Bool) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ended = self.inbox.withLock { inbox -> Bool in
                guard !inbox.exited, let multi = self.multi else { return true }
                inbox.exitWaiters.append(continuation)
                if cancellingInFlight { inbox.stopping = true } else { inbox.draining = true }
                curl_multi_wakeup(multi)
                return false
            }
            if ended { continuation.resume() }
        }
    }

    /// Whether the thread has ended.
    var hasExited: Bool {
        self.inbox.withLock { $0.exited || self.multi == nil }
    }

    // MARK: - Loop thread

    private func runLoop() {
        guard let multi = self.multi else { return }
        var transfers: [UnsafeMutableRawPointer: CurlTransfer] = [:]
        while true {
            let inbox = self.inbox.withLock { inbox -> Inbox in
                defer {
                    inbox.submissions.removeAll()
                    inbox.cancellations.removeAll()
                    inbox.wakeUpPending = false
                }
                return inbox
            }
            for token in inbox.cancellations {
                if let (easy, _) = transfers.first(where: { $0.value.token === token }) {
                    curl_multi_remove_handle(multi, easy)
                    transfers[easy] = nil
                }
            }
            if inbox.stopping || (inbox.draining && transfers.isEmpty && inbox.submissions.isEmpty) {
                self.failAll(&transfers, multi: multi, pending: inbox.submissions)
                break
            }
            for submission in inbox.submissions where !submission.token.isFinished {
                self.start(submission, multi: multi, into: &transfers)
            }

            var running: Int32 = 0
            let performCode = curl_multi_perform(multi, &running)
            if performCode != CURLM_OK {
                self.failAll(&transfers, multi: multi, code: performCode, function: "curl_multi_perform")
            }
            self.collectFinished(&transfers, multi: multi)
            // Draining ends as soon as the last transfer is done, without waiting for a wake-up.
            if inbox.draining && transfers.isEmpty { continue }

            let wait = transfers.isEmpty ? Self.idlePollMilliseconds : Self.busyPollMilliseconds
            let pollCode = curl_multi_poll(multi, nil, 0, wait, nil)
            if pollCode != CURLM_OK {
                self.failAll(&transfers, multi: multi, code: pollCode, function: "curl_multi_poll")
                // Do not spin if polling keeps failing; new work still gets its own error promptly.
                usleep(10_000)
            }
        }
        // `stopping` or `draining` is set, so no new waker can start; let those already waking finish.
        while self.wakersInFlight.load(ordering: .sequentiallyConsistent) > 0 { sched_yield() }
        curl_multi_cleanup(multi)
        let waiters = self.inbox.withLock { inbox -> [CheckedContinuation<Void, Never>] in
            inbox.exited = true
            defer { inbox.exitWaiters.removeAll() }
            return inbox.exitWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    private func start(
        _ submission: CurlSubmission, multi: UnsafeMutableRawPointer,
        into transfers: inout [UnsafeMutableRawPointer: CurlTransfer]
    ) {
        do {
            let transfer = try CurlTransfer(token: submission.token, host: submission.request.hostAndPort.host)
            try transfer.configure(submission)
            let code = curl_multi_add_handle(multi, transfer.easy)
            guard code == CURLM_OK else {
                throw TransportError(multi: code, function: "curl_multi_add_handle", host: transfer.host)
            }
            transfers[transfer.easy] = transfer
        } catch {
            submission.token.finish(.failure(error))
        }
    }

    private func collectFinished(_ transfers: inout [UnsafeMutableRawPointer: CurlTransfer], multi: UnsafeMutableRawPointer) {
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi, &remaining) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
            // Read before removing the handle: removal invalidates the message.
            let code = message.pointee.data.result
            curl_multi_remove_handle(multi, easy)
            guard let transfer = transfers.removeValue(forKey: easy) else { continue }
            transfer.token.finish(transfer.result(code))
        }
    }

    private func failAll(
        _ transfers: inout [UnsafeMutableRawPointer: CurlTransfer], multi: UnsafeMutableRawPointer,
        code: CURLMcode? = nil, function: String = "", pending: [CurlSubmission] = []
    ) {
        for (easy, transfer) in transfers {
            curl_multi_remove_handle(multi, easy)
            let error = code.map { TransportError(multi: $0, function: function, host: transfer.host) }
                ?? TransportError(kind: .shutDown, message: "the transport was shut down", host: transfer.host)
            transfer.token.finish(.failure(error))
        }
        transfers.removeAll()
        for submission in pending {
            submission.token.finish(.failure(TransportError(kind: .shutDown, message: "the transport was shut down",
                                                            host: submission.request.hostAndPort.host)))
        }
    }
}
