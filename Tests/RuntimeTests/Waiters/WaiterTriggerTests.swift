@_spi(Generated) import CloudRuntime
import Foundation
import Testing

@Suite("Waiter trigger")
struct WaiterTriggerTests {
    let trigger = WaiterTrigger(
        operation: "CreateCluster",
        parameters: [
            .init(name: "ClusterId", source: .response("cluster_id")),
            .init(name: "RegionId", source: .request("region.id")),
        ])

    @Test("fills the waiter's parameters from the request and the response")
    func fills() throws {
        let data = try self.trigger.waiterParameters(
            request: Data(#"{"name": "demo", "region": {"id": "cn-beijing"}}"#.utf8),
            response: Data(#"{"cluster_id": "c1", "task_id": "T-1"}"#.utf8))
        #expect(String(decoding: data, as: UTF8.self) == #"{"ClusterId":"c1","RegionId":"cn-beijing"}"#)
    }

    @Test("a missing source names the waiter parameter and where it should come from")
    func missing() throws {
        let error = #expect(throws: OperationParameterError.self) {
            _ = try self.trigger.waiterParameters(
                request: Data(#"{"region": {"id": "cn-beijing"}}"#.utf8), response: Data(#"{"cluster_id": null}"#.utf8))
        }
        #expect(error?.parameter == "ClusterId")
        #expect(error?.reason.contains("$response.cluster_id") == true)
    }

    @Test("invalid JSON is a parameter error, not a crash")
    func invalidJSON() {
        #expect(throws: OperationParameterError.self) {
            _ = try self.trigger.waiterParameters(request: Data("{".utf8), response: Data("{}".utf8))
        }
    }
}
