import AlibabaACK
import CloudRuntime

// Credentials from ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET.
let ack = ACKClient(configuration: ClientConfiguration(region: "cn-hangzhou"))
do {
    let page = try await ack.describeClustersV1(.init(pageSize: 10))
    for cluster in page.clusters ?? [] { print(cluster.clusterID ?? "?", cluster.name ?? "", cluster.state ?? "") }
} catch let error as ServiceError where error.code == "ErrorClusterNotFound" {
    print("no such cluster (request \(error.requestID ?? "-"))")
} catch let error as any CloudError {
    print("\(error.operation ?? "the call") failed: \(error.localizedDescription)")
}
