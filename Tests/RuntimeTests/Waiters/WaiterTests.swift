@_spi(Generated) import CloudRuntime
import Synchronization
import Testing

@Suite("Waiter")
struct WaiterTests {
    let waiter = Waiter<String, StatusResponse>(
        name: "ThingRunning", summary: "Waits until the thing runs.", operation: "DescribeThing",
        interval: .seconds(15), timeout: .seconds(60),
        acceptors: [
            .state(\StatusResponse.state, equals: "running", result: .success),
            .state(\StatusResponse.state, equals: "failed", result: .failure),
            .error(code: "ThingNotFound", result: .retry),
        ])

    func run(
        _ script: [Result<StatusResponse, any Error>], waiter: Waiter<String, StatusResponse>? = nil,
        options: (WaiterClock) -> WaiterOptions = { WaiterOptions(clock: $0) }
    ) async throws -> (response: StatusResponse?, polls: Int, sleeps: [Duration], progress: [WaiterProgress]) {
        let polls = ScriptedPolls(script)
        let clock = ManualClock()
        let progress = ProgressLog()
        let response = try await (waiter ?? self.waiter).wait(
            "thing-1", options: options(clock.clock), progress: { progress.append($0) },
            poll: { try await polls.poll($0) })
        return (response, await polls.count, clock.sleeps, progress.entries)
    }

    @Test("polls at once, then every interval, until a success acceptor matches")
    func success() async throws {
        let result = try await self.run([.state("initial"), .state("initial"), .state("running")])
        #expect(result.response?.state == "running")
        #expect(result.polls == 3)
        #expect(result.sleeps == [Duration.seconds(15), .seconds(15)])
        #expect(result.progress.map(\.attempt) == [1, 2])
        #expect(result.progress.map(\.state) == ["initial", "initial"])
        #expect(result.progress.map(\.elapsed) == [Duration.zero, .seconds(15)])
    }

    @Test("a failure acceptor ends the wait with the state it saw")
    func failure() async throws {
        await #expect(throws: WaiterError.failureState(waiter: "ThingRunning", state: "failed")) {
            _ = try await self.run([.state("initial"), .state("failed"), .state("running")])
        }
    }

    @Test("times out with the last state after a final poll at the deadline")
    func timeout() async throws {
        let error = await #expect(throws: WaiterError.self) { _ = try await self.run([.state("initial")]) }
        #expect(
            error == .timedOut(waiter: "ThingRunning", lastState: "initial", attempts: 5, elapsed: .seconds(60)))
    }

    @Test("options override the interval and timeout; the last sleep is cut to the deadline")
    func overrides() async throws {
        let result = await #expect(throws: WaiterError.self) {
            _ = try await self.run(
                [.state("initial")], options: { WaiterOptions(interval: .seconds(4), timeout: .seconds(10), clock: $0) }
            )
        }
        #expect(result == .timedOut(waiter: "ThingRunning", lastState: "initial", attempts: 4, elapsed: .seconds(10)))
    }

    @Test("an error matched by a retry acceptor polls again")
    func retryOnError() async throws {
        let result = try await self.run([serviceError(status: 404, code: "ThingNotFound"), .state("running")])
        #expect(result.response?.state == "running")
        #expect(result.progress.map(\.state) == ["error ThingNotFound"])
    }

    @Test("an error no acceptor matches ends the wait with that error")
    func unmatchedError() async throws {
        let error = await #expect(throws: ServiceError.self) {
            _ = try await self.run([.state("initial"), serviceError(status: 403, code: "Forbidden")])
        }
        #expect(error?.code == "Forbidden")
    }

    @Test("a success acceptor on an error (a deleted resource's 404) returns no response")
    func successOnError() async throws {
        let deleted = Waiter<String, StatusResponse>(
            name: "ThingDeleted", summary: nil, operation: "DescribeThing", interval: .seconds(5),
            timeout: .seconds(60),
            acceptors: [
                .state(\StatusResponse.state, equals: "deleted", result: .success),
                .error(status: 404, result: .success),
            ])
        let result = try await self.run([.state("deleting"), serviceError(status: 404, code: nil)], waiter: deleted)
        #expect(result.response == nil)
        #expect(result.polls == 2)
    }

    @Test("nested paths and list acceptors read the typed response")
    func nestedAndListStates() async throws {
        let waiter = Waiter<String, StatusResponse>(
            name: "AllActive", summary: nil, operation: "DescribeThing", interval: .seconds(1), timeout: .seconds(10),
            acceptors: [
                .anyElement(\StatusResponse.members, \StatusResponse.Member.state, equals: "error", result: .failure),
                .allElements(\StatusResponse.members, \StatusResponse.Member.state, equals: "active", result: .success),
                .state(\StatusResponse.status?.state, equals: "gone", result: .failure),
            ])
        let scaling = StatusResponse(members: [.init(state: "active"), .init(state: "scaling")])
        let active = StatusResponse(members: [.init(state: "active"), .init(state: "active")])
        let result = try await self.run(
            [.success(StatusResponse(members: [])), .success(scaling), .success(active)], waiter: waiter)
        #expect(result.response == active)
        #expect(result.progress.map(\.state) == [String?.none, "active,scaling"])

        let broken = StatusResponse(members: [.init(state: "active"), .init(state: "error")])
        await #expect(throws: WaiterError.failureState(waiter: "AllActive", state: "active,error")) {
            _ = try await self.run([.success(broken)], waiter: waiter)
        }
        await #expect(throws: WaiterError.failureState(waiter: "AllActive", state: "gone")) {
            _ = try await self.run([.success(StatusResponse(status: .init(state: "gone")))], waiter: waiter)
        }
    }

    @Test("a non-positive interval or a negative timeout is rejected before polling")
    func invalidOptions() async throws {
        await #expect(throws: WaiterError.self) {
            _ = try await self.run([.state("running")], options: { WaiterOptions(interval: .zero, clock: $0) })
        }
        await #expect(throws: WaiterError.self) {
            _ = try await self.run([.state("running")], options: { WaiterOptions(timeout: .seconds(-1), clock: $0) })
        }
    }

    @Test("cancelling the task ends the wait with CancellationError")
    func cancellation() async throws {
        let polls = ScriptedPolls([.state("initial")])
        let waiter = self.waiter
        let clock = ManualClock()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await waiter.wait("thing-1", options: WaiterOptions(clock: clock.clock)) {
                try await polls.poll($0)
            }
        }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(await polls.count == 0)
    }

    @Test("timeout errors describe the waiter and its last state")
    func errorDescriptions() {
        let error = WaiterError.timedOut(
            waiter: "ClusterRunning", lastState: "initial", attempts: 3, elapsed: .seconds(30))
        #expect(error.description.contains("ClusterRunning"))
        #expect(error.description.contains("'initial'"))
        #expect(
            WaiterError.failureState(waiter: "ClusterRunning", state: "failed").description
                == "WaiterError.failureState(ClusterRunning, state 'failed')")
    }
}

/// Collects progress reports from the waiter's callback.
final class ProgressLog: Sendable {
    private let storage = Mutex<[WaiterProgress]>([])

    var entries: [WaiterProgress] { self.storage.withLock { $0 } }

    func append(_ progress: WaiterProgress) {
        self.storage.withLock { $0.append(progress) }
    }
}
