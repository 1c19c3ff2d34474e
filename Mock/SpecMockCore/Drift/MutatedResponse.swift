import CloudRuntime

/// An answer changed by ``ResponseMutator``, with the drift a tolerant client reports for the change.
public struct MutatedResponse: Sendable, Hashable {
    /// The changed body.
    public var body: JSONValue
    /// One record per deviation the mutation made, in the order the mutator made them, with
    /// `service` and `operation` filled in and `requestID` nil. Deviations the answer had before
    /// (vendor examples that contradict their spec) are not listed.
    ///
    /// Empty when the mutations found nothing to change (no required member to remove), and when
    /// their only change was `null` for fields the spec allows null for.
    public var drift: [ResponseDrift]

    /// Creates a mutated answer.
    public init(body: JSONValue, drift: [ResponseDrift]) {
        self.body = body
        self.drift = drift
    }
}
