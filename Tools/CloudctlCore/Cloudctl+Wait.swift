import CloudRuntime
import Foundation

extension Cloudctl {
    /// Runs a call with `--wait`: the operation then its waiter, or the waiter alone when it polls
    /// the operation. Prints the operation's response (when called) and the waiter's last one: as
    /// tables one after the other, or as one JSON document `{"response", "waiter", "final"}`, so that a
    /// script reads one value.
    func callAndWait(
        _ entry: OperationCatalogEntry, plan: WaitPlan, request: WaitRequest, parameters: ParameterSet,
        client: ServiceClient, invocation: Invocation
    ) async throws -> CommandOutput {
        let output = invocation.output
        let waiter = plan.waiter
        let options = WaiterOptions(interval: request.interval, timeout: request.timeout, clock: self.waiterClock)
        let started = options.clock.now()
        let progress = self.progress
        let report: WaiterProgressHandler = { update in progress?.show(WaitProgressText.progress(update)) }
        defer { progress?.finish() }

        let standardOutput: String
        switch plan {
        case .afterCall(_, let trigger):
            let (sent, response) = try await parameters.withStringRetry { data in
                (data, try await entry.send(client, data))
            }
            let waitParameters = try trigger.waiterParameters(request: sent, response: response)
            progress?.show(WaitProgressText.start(waiter, options: options))
            let final = try await waiter.wait(client, waitParameters, options, report)
            standardOutput = ResponseFormatter.format(
                response: response, waiter: waiter.name, final: final, as: output, query: invocation.query)
        case .polling:
            progress?.show(WaitProgressText.start(waiter, options: options))
            let final = try await parameters.withStringRetry { try await waiter.wait(client, $0, options, report) }
            standardOutput = ResponseFormatter.format(final, as: output, query: invocation.query)
        }
        return CommandOutput(
            standardOutput: standardOutput,
            standardError: "cloudctl: " + WaitProgressText.done(waiter, elapsed: options.clock.now() - started) + "\n")
    }
}
