import AlibabaACK
import CloudRuntime
import CloudTestSupport
import Foundation
import Testing

/// Structures shared by requests and answers keep their members optional in Swift; the members a
/// request requires (`x-required` on CreateClusterNodePool) are checked before anything is sent.
@Suite("Required members end to end")
struct RequiredMembersEndToEndTests {
    @Test("ACK CreateClusterNodePool without auto_scaling.max_instances throws and sends nothing")
    func missingNestedMember() async throws {
        try await EndToEnd.withSpecServer { server in
            let client = ACKClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let request = ACK.CreateClusterNodePoolRequest(
                clusterID: "c61da77e8bfbc4c4c999af2b51b65",
                autoScaling: ACK.AutoScaling(enable: true, minInstances: 1))
            await #expect(
                throws: RequestEncodingError(
                    parameter: "auto_scaling", message: "Required member 'auto_scaling.max_instances' is missing.",
                    operation: "CreateClusterNodePool")
            ) {
                try await client.createClusterNodePool(request)
            }
            #expect(server.requests.isEmpty)
        }
    }

    @Test("ACK CreateClusterNodePool without management.upgrade_config.max_unavailable throws and sends nothing")
    func missingMemberTwoLevelsDown() async throws {
        try await EndToEnd.withSpecServer { server in
            let client = ACKClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let request = ACK.CreateClusterNodePoolRequest(
                clusterID: "c61da77e8bfbc4c4c999af2b51b65", management: ACK.Management(enable: true))
            await #expect(
                throws: RequestEncodingError(
                    parameter: "management", message: "Required member 'management.upgrade_config' is missing.",
                    operation: "CreateClusterNodePool")
            ) {
                try await client.createClusterNodePool(request)
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
                    autoScaling: ACK.AutoScaling(enable: true), management: ACK.Management(enable: true)))
            #expect(server.requests.count == 1)
        }
    }
}
