import CloudRuntime
import Foundation

/// One resource the stateful mock holds: a cluster, node pool or task.
struct MockResource: Sendable {
    /// Where the resource is in its life.
    enum Phase: Sendable, Hashable {
        /// Being created (`initial`, `building`, a `running` task).
        case creating
        /// Settled (`running`, `active`, a `success` task).
        case ready
        /// Being deleted; gone once it settles.
        case deleting
        /// Deleted: no longer described or listed.
        case gone
    }

    /// The resource's ID.
    var id: String
    /// The owning cluster's ID (node pools, tasks).
    var parent: String?
    /// Wire-named values the stateful answers overwrite in the examples (`name`, `cluster_type`).
    var attributes: [String: JSONValue]
    /// Where it is in its life.
    var phase: Phase
    /// Describe calls seen in the current phase.
    var polls = 0
    /// When the current phase began.
    var phaseStart: Date

    /// Counts one describe call and moves on when the phase has lasted long enough.
    mutating func observe(_ settings: StatefulSettings, now: Date) {
        guard self.phase == .creating || self.phase == .deleting else { return }
        self.polls += 1
        let elapsed = settings.secondsToSettle.map { now.timeIntervalSince(self.phaseStart) >= $0 } ?? false
        guard self.polls >= settings.pollsToSettle || elapsed else { return }
        self.enter(self.phase == .creating ? .ready : .gone, at: now)
    }

    /// Starts a new phase.
    mutating func enter(_ phase: Phase, at now: Date) {
        self.phase = phase
        self.polls = 0
        self.phaseStart = now
    }

    /// Whether it can still be described or listed.
    var exists: Bool { self.phase != .gone }
}
