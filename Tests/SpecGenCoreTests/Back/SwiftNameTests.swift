import Testing

@testable import SpecGenCore

@Suite struct SwiftNameTests {
    @Test(arguments: [
        ("cluster_id", "clusterID"),
        ("ClusterId", "clusterID"),
        ("InstanceSet", "instanceSet"),
        ("PublicApiServer", "publicAPIServer"),
        ("VpcId", "vpcID"),
        ("vpc_id", "vpcID"),
        ("HTTPSProxy", "httpsProxy"),
        ("proxy_https", "proxyHTTPS"),
        ("InstanceIds", "instanceIDs"),
        ("InstanceIDs", "instanceIDs"),
        ("SecurityGroupIds", "securityGroupIDs"),
        ("Ipv6Address", "ipv6Address"),
        ("enable_ipv6", "enableIPv6"),
        ("K8sVersion", "k8sVersion"),
        ("x-acs-request-id", "xAcsRequestID"),
        ("RequestId", "requestID"),
        ("request_id", "requestID"),
        ("ssh_flags", "sshFlags"),
        ("NodePara", "nodePara"),
        ("ManagedKubernetes", "managedKubernetes"),
        ("cn-beijing", "cnBeijing"),
        ("default", "`default`"),
        ("Protocol", "`protocol`"),
        ("self", "`self`"),
        ("init", "`init`"),
        ("type", "type"),
        ("1", "_1"),
        ("2xlarge", "_2xlarge"),
        ("ecs.g6.large", "ecsG6Large"),
        ("v1.12.3", "v1_12_3"),
        ("1.18.8-aliyun.1", "_1_18_8Aliyun1"),
        ("ipv4_2", "ipv4_2"),
        ("CPU", "cpu"),
        ("cpu_limit", "cpuLimit"),
        ("MaxCPUs", "maxCPUs"),
        ("a", "a"),
    ])
    func memberNames(wire: String, expected: String) {
        #expect(SwiftName.memberName(wire) == expected)
    }

    @Test(arguments: [
        ("Cluster", "Cluster"),
        ("cluster_detail", "ClusterDetail"),
        ("VpcConfig", "VPCConfig"),
        ("DescribeClusterDetail", "DescribeClusterDetail"),
        ("CreateVpcPeering", "CreateVPCPeering"),
        ("ipv6_cidr", "IPv6CIDR"),
        ("Type", "`Type`"),
        ("3Az", "_3Az"),
        ("node-pool", "NodePool"),
    ])
    func typeNames(wire: String, expected: String) {
        #expect(SwiftName.typeName(wire) == expected)
    }

    @Test(arguments: ["", "-", "集群", "**"])
    func namesWithoutLettersAreRejected(wire: String) {
        #expect(SwiftName.memberName(wire) == nil)
        #expect(SwiftName.typeNameIfPossible(wire) == nil)
    }

    @Test(arguments: [("clusterID", true), ("_x1", true), ("1x", false), ("a-b", false), ("", false), ("é", false)])
    func identifierValidation(name: String, valid: Bool) {
        #expect(SwiftName.isValidIdentifier(name) == valid)
    }

    @Test func escapingRoundTrips() {
        #expect(SwiftName.unescaped("`default`") == "default")
        #expect(SwiftName.unescaped("clusterID") == "clusterID")
        #expect(SwiftName.escaped("where") == "`where`")
    }
}
