import AlibabaACK
import CloudRuntime
import Testing

/// What `print` shows of generated values: Swift member names without wrapper storage, only members
/// with values, secrets redacted, undocumented members as JSON.
@Suite struct DescriptionTests {
    @Test func aResponseShowsItsMembersByName() {
        var instance = ACK.AddonInstance(
            name: "logtail", state: "active", logging: ACK.AddonInstanceLogging(enabled: true))
        instance.undocumentedFields = ["extra": [1, "x"], "again": nil]
        let response = ACK.GetClusterAddonInstanceResponse(body: instance, requestID: "r-1")
        let expected =
            #"BodyResponse<AddonInstance>(body: AddonInstance(name: "logtail", state: active, "#
            + #"logging: AddonInstanceLogging(enabled: true), undocumentedFields: {"again":null,"extra":[1,"x"]}), "#
            + #"requestID: "r-1")"#
        #expect(String(describing: response) == expected)
        #expect("\(response)" == expected)
        #expect(String(reflecting: response) == expected)
    }

    @Test func aRequestRedactsItsSecretsAndLeavesOutEmptyMembers() {
        let request = ACK.CreateClusterRequest(
            name: "web", regionID: "cn-hangzhou", clusterType: "ManagedKubernetes", loginPassword: "Hunter2!")
        let text = String(describing: request)
        #expect(
            text
                == #"CreateClusterRequest(name: "web", regionID: "cn-hangzhou", clusterType: ManagedKubernetes, loginPassword: <redacted>)"#
        )
        #expect(!text.contains("Hunter2") && !text.contains("_"))
        let empty = ACK.CreateClusterRequest(name: "web", regionID: "cn-hangzhou", clusterType: "Kubernetes")
        #expect(!String(describing: empty).contains("loginPassword"))
    }

    @Test func listsOfStructuresShowEachOneByItsMembers() {
        let pools = [ACK.Tag(key: "env", value: "prod"), ACK.Tag(key: "team")]
        #expect(String(describing: pools) == #"[Tag(key: "env", value: "prod"), Tag(key: "team")]"#)
    }
}

/// One Swift type per concept: a value read from one operation is passed to another as it is.
@Suite struct SharedTypesTests {
    @Test func aDescribedClustersTypeFiltersAListing() async throws {
        try await EndToEnd.withSpecServer { server in
            let client = ACKClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let detail = try await client.describeClusterDetail(.init(clusterID: "c1"))
            let type: ACK.ClusterType = try #require(detail.clusterType)
            let spec: ACK.ClusterSpec? = detail.clusterSpec
            let profile: ACK.ClusterProfile? = detail.profile
            _ = try await client.describeClustersV1(
                .init(clusterType: type, profile: profile, clusterSpec: spec))
            let listing = try #require(server.requests.last)
            #expect(listing.queryValue("cluster_type") == type.rawValue)
            #expect(listing.queryValue("cluster_spec") == spec?.rawValue)
            let state: ACK.ClusterState? = detail.state
            #expect(state == .running)
        }
    }
}
