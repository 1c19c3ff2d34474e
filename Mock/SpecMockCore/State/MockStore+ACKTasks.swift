import CloudRuntime
import CloudTestSupport
import Foundation

extension MockStore {
    /// Any other ACK operation whose documented answer carries a `task_id` (ModifyCluster,
    /// ScaleOutCluster, RemoveNodePoolNodes, …): the example with a new task in state `running`, owned
    /// by the cluster the request names, so `DescribeTaskInfo` and the `TaskFinished` waiter follow it.
    /// Nil when the example carries no task.
    func startACKTask(_ call: Call) -> MockResponse? {
        guard call.example[member: "task_id"]?.text != nil else { return nil }
        let cluster = call.pathValue("ClusterId") ?? call.pathValue("cluster_id")
        let task = self.contents.withLock { contents in
            Self.startTask(in: &contents, parent: cluster, attributes: [:], now: call.now)
        }
        var answer = call.exampleWithRequestID
        answer[member: "task_id"] = .string(task)
        return call.success(answer)
    }

    /// DescribeTaskInfo: counts a poll; `running` turns `success` after the polls or once the task's cluster runs.
    func describeTask(_ call: Call) -> MockResponse {
        let id = call.pathValue("task_id") ?? ""
        let found = self.contents.withLock { contents -> MockResource? in
            guard let index = contents.ackTasks.firstIndex(where: { $0.id == id }) else { return nil }
            contents.ackTasks[index].observe(self.settings, now: call.now)
            // A creation task is done once its cluster runs, however often the task itself was polled.
            let parent = contents.ackTasks[index].parent
            if contents.ackTasks[index].phase == .creating,
                contents.ackClusters.contains(where: { $0.id == parent && $0.phase == .ready })
            {
                contents.ackTasks[index].enter(.ready, at: call.now)
            }
            return contents.ackTasks[index]
        }
        guard let task = found else {
            return VendorErrorShape.alibaba.notFound(
                code: "ErrorTaskNotFound", message: "The specified task \(id) is not found.", requestID: call.requestID)
        }
        var answer = call.example
        answer[member: "task_id"] = .string(task.id)
        answer[member: "cluster_id"] = task.parent.map(JSONValue.string)
        answer[member: "state"] = .string(task.phase == .ready ? "success" : "running")
        answer[member: "task_type"] = task.attributes["task_type"]
        answer[member: "task_result"] = .array([])
        return call.success(answer)
    }

    /// A new task in state `running`, with the next deterministic ID.
    static func startTask(
        in contents: inout Contents, parent: String?, attributes: [String: JSONValue], now: Date
    ) -> String {
        let task = Self.identifier("T-", contents.nextNumber("ack-task"), digits: 24)
        contents.ackTasks.append(
            MockResource(id: task, parent: parent, attributes: attributes, phase: .creating, phaseStart: now))
        return task
    }
}
