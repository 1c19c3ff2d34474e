import CloudRuntime

/// Which waiter a `--wait` runs and how its parameters are found.
enum WaitPlan {
    /// Call the operation, then wait with parameters taken from its request and response
    /// (`CreateCluster` then `ClusterRunning`).
    case afterCall(WaiterCatalogEntry, WaiterTrigger)
    /// The operation is the one the waiter polls: poll it with the given parameters until the
    /// waiter's state is reached (`DescribeClusterDetail` until `ClusterRunning`).
    case polling(WaiterCatalogEntry)

    /// The waiter.
    var waiter: WaiterCatalogEntry {
        switch self {
        case .afterCall(let waiter, _), .polling(let waiter): waiter
        }
    }

    /// Chooses the waiter for a call.
    ///
    /// A named waiter must follow or poll the operation. Without a name, the waiter that follows the
    /// operation is chosen, else the only one that polls it.
    ///
    /// - Throws: ``UsageError`` naming the waiters that would fit.
    static func resolve(
        _ request: WaitRequest, operation: OperationCatalogEntry, service: ServiceCatalog
    ) throws(UsageError) -> WaitPlan {
        let waiters = service.waiters
        let names = waiters.map(\.name).joined(separator: ", ")
        if let name = request.waiter {
            guard let waiter = waiters.first(where: { OperationLookup.key($0.name) == OperationLookup.key(name) })
            else {
                var message = "\(service.name) has no waiter '\(name)'"
                let suggestions = EditDistance.suggestions(
                    for: name, among: waiters.map(\.name), key: OperationLookup.key)
                if let first = suggestions.first { message += "; did you mean '\(first)'?" }
                throw UsageError(message + " (waiters: \(names.isEmpty ? "none" : names))")
            }
            if waiter.operation == operation.name { return .polling(waiter) }
            if let trigger = waiter.triggers.first(where: { $0.operation == operation.name }) {
                return .afterCall(waiter, trigger)
            }
            let follows = waiter.triggers.map(\.operation)
            throw UsageError(
                "waiter \(waiter.name) polls \(waiter.operation)"
                    + (follows.isEmpty ? "" : " and follows \(follows.joined(separator: ", "))")
                    + "; it cannot wait after \(operation.name)")
        }
        if let (waiter, trigger) = waiters.following(operation.name) { return .afterCall(waiter, trigger) }
        let polling = waiters.filter { $0.operation == operation.name }
        switch polling.count {
        case 1:
            return .polling(polling[0])
        case 0:
            throw UsageError(
                "\(operation.name) has no waiter to follow it (waiters of \(service.name): \(names.isEmpty ? "none" : names))"
            )
        default:
            throw UsageError(
                "several waiters poll \(operation.name): " + polling.map(\.name).joined(separator: ", ")
                    + "; choose one with --waiter NAME")
        }
    }
}
