import CloudRuntime

/// Where two JSON values differ, as drift-record paths (`[*]` for list elements).
enum JSONDifference {
    /// The paths at which `a` and `b` hold different values; a member present in one only counts.
    static func paths(_ a: JSONValue, _ b: JSONValue) -> Set<String> {
        var found: Set<String> = []
        self.compare(a, b, at: [], into: &found)
        return found
    }

    private static func compare(
        _ a: JSONValue, _ b: JSONValue, at path: [ResponseDrift.PathStep], into found: inout Set<String>
    ) {
        switch (a, b) {
        case (.object(let left), .object(let right)):
            for key in Set(left.keys).union(right.keys) {
                let step = path + [.member(key)]
                guard let leftValue = left[key], let rightValue = right[key] else {
                    found.insert(ResponseDrift.path(step))
                    continue
                }
                self.compare(leftValue, rightValue, at: step, into: &found)
            }
        case (.array(let left), .array(let right)) where left.count == right.count:
            for (leftValue, rightValue) in zip(left, right) {
                self.compare(leftValue, rightValue, at: path + [.element], into: &found)
            }
        default:
            if a != b { found.insert(ResponseDrift.path(path)) }
        }
    }
}
