import AlibabaACK
import CloudRuntime
import CloudTestSupport
import Foundation
import Testing

/// Structures shared by requests and answers keep their members optional in Swift; the members a
/// request requires (`x-required` on CreateClusterNodePool, CreateNodePoolComponentInstances) are checked
/// before anything is sent.
@Suite("Required members end to end")
struct RequiredMembersEndToEndTests {
    @Test("ACK CreateClusterNodePool without nodepool_info.name throws and sends nothing")
    func missingNestedMember() async throws {
        try await EndToEnd.withSpecServer { server in
            let client = ACKClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let request = ACK.CreateClusterNodePoolRequest(
                clusterID: "c61da77e8bfbc4c4c999af2b51b65", nodepoolInfo: ACK.NodepoolInfo(type: .ess))
            await #expect(
                throws: RequestEncodingError(
                    parameter: "nodepool_info", message: "Required member 'nodepool_info.name' is missing.",
                    operation: "CreateClusterNodePool")
            ) {
                try await client.createClusterNodePool(request)
            }
            #expect(server.requests.isEmpty)
        }
    }

    @Test("ACK CreateNodePoolComponentInstances: each listed component needs a version; one without throws")
    func missingMemberOfAListElement() async throws {
        try await EndToEnd.withSpecServer { server in
            let client = ACKClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let request = ACK.CreateNodePoolComponentInstancesRequest(
                clusterID: "c61da77e8bfbc4c4c999af2b51b65", nodepoolID: "np-1",
                components: [
                    ACK.NodeComponent(name: "kubelet", version: "1.33.3-aliyun.1"),
                    ACK.NodeComponent(name: "containerd"),
                ])
            await #expect(
                throws: RequestEncodingError(
                    parameter: "components", message: "Required member 'components.1.version' is missing.",
                    operation: "CreateNodePoolComponentInstances")
            ) {
                try await client.createNodePoolComponentInstances(request)
            }
            #expect(server.requests.isEmpty)
        }
    }

    @Test("ACK ModifyClusterNodePool sends the same structures without those members")
    func otherOperationsDoNotRequireThem() async throws {
        try await EndToEnd.withSpecServer { server in
            let client = ACKClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            _ = try await client.modifyClusterNodePool(
                ACK.ModifyClusterNodePoolRequest(
                    clusterID: "c61da77e8bfbc4c4c999af2b51b65", nodepoolID: "np-1",
                    autoScaling: ACK.AutoScaling(enable: true), nodepoolInfo: ACK.NodepoolInfo(type: .ess)))
            #expect(server.requests.count == 1)
        }
    }
}
